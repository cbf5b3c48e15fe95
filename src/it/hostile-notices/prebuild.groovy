// Hostile files that are better made than committed (huge, binary, links, line ends), then a snapshot of every
// file: verify.groovy compares it after each goal.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.charset.StandardCharsets

Path base = basedir.toPath()
if (Files.exists(base.resolve('target-snapshot.before'))) {
    return true // runs before each invocation (invoker.properties): the files and the snapshot are made once
}
Path incidents = base.resolve('incidents')
def fm = "---\ntitle: Checkout errors\nstatus: resolved\n---\n"

new RandomAccessFile(incidents.resolve('huge.md').toFile(), 'rw').withCloseable { it.setLength(20L * 1024 * 1024) }
Files.writeString(incidents.resolve('one-line.md'), fm + 'x' * 1_000_000)
Files.writeString(incidents.resolve('long-line.md'), fm + 'word ' * 20_000 + "\n")
Files.write(incidents.resolve('binary.md'), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] as byte[])
Files.write(incidents.resolve('latin1.md'), (fm + "The caf\u00e9 API failed.\n").getBytes(StandardCharsets.ISO_8859_1))
def bad = Files.readString(incidents.resolve('b-bad.md'))
Files.writeString(incidents.resolve('crlf.md'), bad.replace("\n", "\r\n"))
Files.writeString(incidents.resolve('cr-only.md'), bad.replace("\n", "\r"))
Files.write(incidents.resolve('bom.md'), ("\uFEFF" + bad).getBytes(StandardCharsets.UTF_8))
Files.writeString(base.resolve('secret.txt'), "API_KEY=do-not-print\n")
Files.createSymbolicLink(incidents.resolve('loop.md'), Path.of('loop.md'))
Files.createSymbolicLink(incidents.resolve('outside.md'), Path.of('../secret.txt'))

def snapshot = evaluate(new File(basedir, 'snapshot.groovy'))
Files.writeString(base.resolve('target-snapshot.before'), snapshot(base))
return true
