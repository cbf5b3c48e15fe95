package io.github.incidentnotice.plugin;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.engine.CheckRequest;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.report.ToolInfo;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * Adds an "Incident notices" page to {@code mvn site}: the same summary, notices, element marks and findings as
 * the HTML report, in the site's look. It never fails the build; the {@code check} goal does that.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class IncidentNoticeReportMojo extends AbstractMavenReport {

    /** The directory holding the notices. */
    @Parameter(property = "incident-notice.noticeDirectory", defaultValue = "${project.basedir}/incidents")
    private File noticeDirectory;

    /** Globs (relative to the notice directory) of the files to check. */
    @Parameter(property = "incident-notice.includes")
    private List<String> includes;

    /** Globs (relative to the notice directory) of files to leave out. */
    @Parameter(property = "incident-notice.excludes")
    private List<String> excludes;

    /** A team checklist; by default the nearest .incident-checklist.yml from the module up to the top of the build. */
    @Parameter(property = "incident-notice.checklist")
    private File checklist;

    /** The encoding notices are written in. */
    @Parameter(property = "incident-notice.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /** Rule ids to leave out of the page (comma-separated). */
    @Parameter(property = "incident-notice.skipRules")
    private List<String> skipRules;

    /** Leave the page out of the site. */
    @Parameter(property = "incident-notice.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public String getOutputName() {
        return "incident-notices";
    }

    @Override
    public String getName(Locale locale) {
        return "Incident notices";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The project's customer-facing incident notices checked against the incident-communication checklist.";
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        File baseDir = project.getBasedir();
        Checklist effective;
        CheckResult result;
        try {
            effective = ChecklistResolver.effective(checklist, baseDir, session);
            Set<String> skipped = new LinkedHashSet<>(CheckMojo.split(skipRules));
            Charset charset = CheckEngine.charset(encoding);
            CheckRequest request = new CheckRequest(baseDir.toPath(), noticeDirectory.toPath(), CheckMojo.split(includes),
                    CheckMojo.split(excludes), null, charset, skipped);
            result = new CheckEngine(effective, skipped).run(request);
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new MavenReportException("Cannot check the notices in " + noticeDirectory + ": " + e.getMessage(), e);
        }
        String missing = noticeDirectory.isDirectory() ? null
                : "The notice directory " + CheckEngine.displayName(baseDir.toPath(), noticeDirectory.toPath()) + " does not exist.";
        new SiteReportRenderer(getSink(), effective, ToolInfo.version(), missing).render(result);
    }
}
