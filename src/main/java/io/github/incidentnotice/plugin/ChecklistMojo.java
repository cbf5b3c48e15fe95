package io.github.incidentnotice.plugin;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.github.incidentnotice.checklist.ChecklistDescription;
import io.github.incidentnotice.checklist.ChecklistWriter;
import io.github.incidentnotice.model.Checklist;
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

    /** Also write the effective checklist to this file, as YAML that is itself a valid team checklist. */
    @Parameter(property = "incident-notice.output")
    private File output;

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
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        // no goal ever overwrites a notice
        if (lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".mdx")) {
            throw new MojoExecutionException("Refusing to write the checklist to " + file
                    + ": that is a notice's file name; choose a .yml file (incident-notice.output).");
        }
        if (Files.isDirectory(file)) {
            throw new MojoExecutionException("The output " + file + " is a directory; name a file such as "
                    + ChecklistResolver.TEAM_FILE + " (incident-notice.output).");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, ChecklistWriter.render(effective, true), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the checklist to " + file + ": " + e.getMessage(), e);
        }
        getLog().info("");
        getLog().info("Wrote the effective checklist to " + ChecklistResolver.displayName(project.getBasedir().toPath(), file)
                + " (extends: none; use it as " + ChecklistResolver.TEAM_FILE + " to start from it).");
    }
}
