import java.nio.file.Files
import java.nio.file.Path

Path link = basedir.toPath().resolve('.incident-checklist.yml')
if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
    Files.createSymbolicLink(link, Path.of('shared/checklist-that-was-moved.yml'))
}
return true
