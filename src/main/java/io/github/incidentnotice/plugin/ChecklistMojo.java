package io.github.incidentnotice.plugin;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

import io.github.incidentnotice.cache.FileReplacement;
import io.github.incidentnotice.checklist.ChecklistDescription;
import io.github.incidentnotice.checklist.ChecklistWriter;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.report.ConsoleFormatter;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Prints the effective checklist (the default merged with the team's file), so a team sees what it
 * enforces and where each setting comes from; with {@code output}, also writes it as a complete team
 * checklist ({@code extends: none}) to start one from.
 */
@Mojo(name = "checklist", requiresProject = true, threadSafe = true)
public class ChecklistMojo extends AbstractMojo {

    /** A team checklist; by default the nearest .incident-checklist.yml from the module up to the top of the build. */
    @Parameter(property = "incident-notice.checklist")
    private File checklist;

    /**
     * Also write the effective checklist to this new file, as YAML that is itself a valid team checklist. An
     * existing file is refused unless {@code force} is set; a symbolic link, and anything under the notice
     * directory, always.
     */
    @Parameter(property = "incident-notice.output")
    private File output;

    /** Replace an existing {@code output} file (never a symbolic link, nor a file under the notice directory). */
    @Parameter(property = "incident-notice.force", defaultValue = "false")
    private boolean force;

    /** The directory holding the notices: {@code output} is never written under it. */
    @Parameter(property = "incident-notice.noticeDirectory", defaultValue = "${project.basedir}/incidents")
    private File noticeDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException {
        File baseDir = project.getBasedir();
        Checklist effective = ChecklistResolver.effective(checklist, baseDir, session);
        for (String line : ChecklistDescription.lines(effective)) {
            getLog().info(line);
        }
        if (output != null) {
            write(effective, output.isAbsolute() ? output.toPath() : baseDir.toPath().resolve(output.getPath()));
        }
    }

    private void write(Checklist effective, Path file) throws MojoExecutionException {
        String shown = ConsoleFormatter.safe(ChecklistResolver.displayName(project.getBasedir().toPath(), file), 300);
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        // no goal ever overwrites a notice
        if (lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".mdx")) {
            throw new MojoExecutionException("Refusing to write the checklist to " + shown
                    + ": that is a notice's file name; choose a .yml file (incident-notice.output).");
        }
        if (Files.isSymbolicLink(file)) {
            // a link may lead anywhere, a notice or a file of another project; it is not written through, even forced
            throw new MojoExecutionException("Refusing to write the checklist to " + shown
                    + ": it is a symbolic link; name a new file (incident-notice.output).");
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new MojoExecutionException("The output " + shown + " is a directory; name a file such as "
                    + ChecklistResolver.TEAM_FILE + " (incident-notice.output).");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (underNoticeDirectory(parent)) {
            throw new MojoExecutionException("Refusing to write the checklist to " + shown
                    + ": it is under the notice directory; write it elsewhere (incident-notice.output).");
        }
        boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        if (exists && !force) {
            throw new MojoExecutionException("Refusing to overwrite " + shown + ": it exists; name a new file, or set"
                    + " incident-notice.force=true to replace it (incident-notice.output).");
        }
        if (exists && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new MojoExecutionException("Refusing to write the checklist to " + shown
                    + ": it is not a regular file (incident-notice.output).");
        }
        try {
            Files.createDirectories(parent);
            byte[] text = ChecklistWriter.render(effective, true).getBytes(StandardCharsets.UTF_8);
            if (exists) {
                FileReplacement.replace(file, text);
            } else {
                // CREATE_NEW opens no file that appeared meanwhile, nor follows a link put there since
                Files.write(file, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            }
        } catch (FileAlreadyExistsException e) {
            throw new MojoExecutionException("Refusing to overwrite " + shown + ": it was created meanwhile"
                    + " (incident-notice.output).");
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the checklist to " + shown + ": " + e.getMessage(), e);
        }
        getLog().info("");
        getLog().info("Wrote the effective checklist to " + shown
                + " (extends: none; use it as " + ChecklistResolver.TEAM_FILE + " to start from it).");
    }

    /**
     * Whether a directory is the notice directory or lies under it, links resolved: the part of the path that
     * exists is taken at its real place, so {@code out/} linked into {@code incidents/} is under it too.
     */
    private boolean underNoticeDirectory(Path directory) throws MojoExecutionException {
        if (noticeDirectory == null) {
            return false;
        }
        try {
            Path notices = realOrNormal(noticeDirectory.toPath().toAbsolutePath());
            return realOrNormal(directory).startsWith(notices);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot tell where " + directory + " is: " + e.getMessage(), e);
        }
    }

    /** The real path of the longest existing part of {@code path}, with the rest appended. */
    private static Path realOrNormal(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute));
    }
}
