package io.github.incidentnotice.plugin;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.report.HtmlReport;
import io.github.incidentnotice.report.JsonReport;
import io.github.incidentnotice.report.JunitReport;
import io.github.incidentnotice.report.RepositoryRoot;
import io.github.incidentnotice.report.SarifReport;
import io.github.incidentnotice.report.ToolInfo;
import org.apache.maven.plugin.MojoExecutionException;

/** Writes the report files the {@code formats} parameter asks for into the output directory, before the build is judged. */
final class ReportWriter {

    private final File outputDirectory;
    private final Checklist checklist;
    private final File baseDir;
    private final File topDir;

    ReportWriter(File outputDirectory, Checklist checklist, File baseDir, File topDir) {
        this.outputDirectory = outputDirectory;
        this.checklist = checklist;
        this.baseDir = baseDir;
        this.topDir = topDir;
    }

    void write(CheckResult result, Set<String> formats) throws MojoExecutionException {
        Path out = outputDirectory.toPath();
        String version = ToolInfo.version();
        try {
            if (formats.contains("json")) {
                JsonReport.write(result, version, out.resolve(JsonReport.FILE_NAME));
            }
            if (formats.contains("sarif")) {
                Path root = RepositoryRoot.find(baseDir.toPath(), topDir == null ? null : topDir.toPath());
                SarifReport.forProject(checklist, version, baseDir.toPath(), root)
                        .write(result, out.resolve(SarifReport.FILE_NAME));
            }
            if (formats.contains("junit")) {
                new JunitReport(version).write(result, out.resolve(JunitReport.FILE_NAME));
            }
            if (formats.contains("html")) {
                new HtmlReport(checklist, version).write(result, out.resolve(HtmlReport.FILE_NAME));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the reports to " + outputDirectory + ": " + e.getMessage(), e);
        }
    }
}
