// a link to a notice and a team's own four-line file, made here since a link is better made than committed
import java.nio.file.Files
import java.nio.file.Path

Path base = basedir.toPath()
if (!Files.exists(base.resolve('out.yml'), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
    Files.createSymbolicLink(base.resolve('out.yml'), Path.of('incidents/2026-03-02-checkout.md'))
    Files.writeString(base.resolve('team.yml'), '# our checklist\nextends: default\n# thanks is optional here\nelements: {thanks: off}\n')
}
return true
