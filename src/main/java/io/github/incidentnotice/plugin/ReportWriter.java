package io.github.incidentnotice.plugin;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Supplier;

import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.report.HtmlReport;
import io.github.incidentnotice.report.JsonReport;
import io.github.incidentnotice.report.JunitReport;
import io.github.incidentnotice.report.RepositoryRoot;
import io.github.incidentnotice.report.SarifReport;
import io.github.incidentnotice.report.ToolInfo;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Writes the report files the {@code formats} parameter asks for into the output directory, before the build is
 * judged. The checklist is asked for only by the formats that list its rules or elements (SARIF, HTML).
 */
final class ReportWriter {

    private final File outputDirectory;
    private final Supplier<Checklist> checklist;
    private final File baseDir;
    private final File topDir;

    /** @param checklist gives the checklist, or its outline from the findings cache (reports read nothing else) */
    ReportWriter(File outputDirectory, Supplier<Checklist> checklist, File baseDir, File topDir) {
        this.outputDirectory = outputDirectory;
        this.checklist = checklist;
        this.baseDir = baseDir;
        this.topDir = topDir;
    }

    void write(CheckResult result, Set<String> formats) throws MojoExecutionException {
        Path out = outputDirectory.toPath();
        if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
            throw new MojoExecutionException("Cannot write the reports: the output directory "
                    + io.github.incidentnotice.report.ConsoleFormatter.safe(ChecklistResolver.displayName(baseDir.toPath(), out), 300)
                    + " is a file, not a directory (incident-notice.outputDirectory).");
        }
        String version = ToolInfo.version();
        try {
            if (formats.contains("json")) {
                JsonReport.write(result, version, out.resolve(JsonReport.FILE_NAME));
            }
            if (formats.contains("sarif")) {
                Path root = RepositoryRoot.find(baseDir.toPath(), topDir == null ? null : topDir.toPath());
                SarifReport.forProject(checklist.get(), version, baseDir.toPath(), root)
                        .write(result, out.resolve(SarifReport.FILE_NAME));
            }
            if (formats.contains("junit")) {
                new JunitReport(version).write(result, out.resolve(JunitReport.FILE_NAME));
            }
            if (formats.contains("html")) {
                new HtmlReport(checklist.get(), version).write(result, out.resolve(HtmlReport.FILE_NAME));
            }
        } catch (ChecklistResolver.InvalidChecklist e) {
            throw e.problem();
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the reports to " + outputDirectory + ": " + e.getMessage(), e);
        }
    }
}
