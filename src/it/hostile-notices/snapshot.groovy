// Every file of the project (not target/ nor logs): path, SHA-256 and modification time, or a link's target.
import java.nio.file.Files
import java.nio.file.Path

return { Path base ->
    def snapshot = new StringBuilder()
    Files.walk(base).sorted().each { Path p ->
        def name = base.relativize(p).toString()
        if (!name || name.startsWith('target') || name.endsWith('.log')) {
            return
        }
        if (Files.isSymbolicLink(p)) {
            snapshot << name << ' -> ' << Files.readSymbolicLink(p) << '\n'
        } else if (Files.isRegularFile(p)) {
            def digest = java.security.MessageDigest.getInstance('SHA-256').digest(Files.readAllBytes(p)).encodeHex()
            snapshot << name << ' ' << digest << ' ' << Files.getLastModifiedTime(p).toMillis() << '\n'
        }
    }
    return snapshot.toString()
}
