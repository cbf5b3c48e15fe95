package io.github.incidentnotice.plugin;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.engine.CheckRequest;
import io.github.incidentnotice.engine.TimeLimitSpent;
import io.github.incidentnotice.engine.TimelinessInputs;
import io.github.incidentnotice.timeliness.GitCommandHistory;
import io.github.incidentnotice.engine.ChecklistSource;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.report.ToolInfo;
import io.github.incidentnotice.report.HtmlReport;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * Adds an "Incident notices" page to {@code mvn site}: the same summary, notices, element marks and findings as
 * the HTML report, in the site's look. It never fails the build; the {@code check} goal does that.
 */
// MavenReport is implemented directly rather than through maven-reporting-impl's AbstractMavenReport: that
// library brings some 40 jars (Velocity, the site renderer, archivers) which Maven resolved and loaded on every
// run of every goal of this plugin, about 0.6 s of each `mvn verify`
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class IncidentNoticeReportMojo extends AbstractMojo implements MavenReport {

    /** The directory holding the notices, read with its subdirectories; when it is missing the page says so. */
    @Parameter(property = "incident-notice.noticeDirectory", defaultValue = "${project.basedir}/incidents")
    private File noticeDirectory;

    /** Globs (relative to the notice directory) of the files to check; by default the .md, .markdown and .mdx files. */
    @Parameter(property = "incident-notice.includes")
    private List<String> includes;

    /** Globs (relative to the notice directory) of files to leave out, such as {@code drafts/**}; comma-separated on the command line. */
    @Parameter(property = "incident-notice.excludes")
    private List<String> excludes;

    /** A team checklist; by default the nearest .incident-checklist.yml from the module up to the top of the build. */
    @Parameter(property = "incident-notice.checklist")
    private File checklist;

    /** The encoding the notices are written in; UTF-8 when the project sets no source encoding. */
    @Parameter(property = "incident-notice.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /** Rule ids to leave out of the page (comma-separated), as the check's {@code skipRules}. */
    @Parameter(property = "incident-notice.skipRules")
    private List<String> skipRules;

    /** Leave the page out of the site (or, run on its own, write no page). */
    @Parameter(property = "incident-notice.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Reuse the findings of unchanged notices from the cache the {@code check} goal keeps in
     * {@code target/incident-notice/}, so that {@code mvn verify site} checks each notice once. The report
     * only reads it: the check owns it, and a report configured otherwise must not replace it.
     */
    @Parameter(property = "incident-notice.cache", defaultValue = "true")
    private boolean cache;

    /** The time the timeliness checks take as now (ISO-8601, such as 2026-03-02T10:30:00Z); by default the build's clock. */
    @Parameter(property = "incident-notice.now")
    private String now;

    /**
     * The most processor time checking the notices may take in all, summed over the threads, such as 10m, 90s or
     * 500ms (or ISO-8601, PT1M30S); each notice has 10 s of its own within it. Once it is spent the notices not yet
     * checked are not, the goal fails with one line naming the phrase of the checklist that took the most of it,
     * and no page is written.
     */
    @Parameter(property = "incident-notice.timeLimit", defaultValue = "10m")
    private String timeLimit;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Where the page is written when the goal runs on its own (the site sets its own directory). */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File outputDirectory;

    // deprecated in maven-reporting-api 4 for getOutputPath, whose default reads it; still abstract, so implemented
    @SuppressWarnings("deprecation")
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
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        outputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return outputDirectory;
    }

    /** Every site plugin asks this of each report before rendering any: the one place an old one can be refused. */
    @Override
    public boolean canGenerateReport() {
        if (skip) {
            return false;
        }
        String tooOld = SiteTooling.problem(project);
        if (tooOld != null) {
            // the old site plugins' canGenerateReport declares no exception, yet their site goal passes a
            // MojoExecutionException on to Maven, which prints its message as the build's one error line
            throw SiteTooling.<RuntimeException>unchecked(new MojoExecutionException(tooOld));
        }
        return true;
    }

    /** {@code mvn site}: the page in the site's look, written to the site's sink. */
    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        Checked checked = check();
        new SiteReportRenderer(sink, checked.checklist(), ToolInfo.version(), checked.missing()).render(checked.result());
    }

    /** The goal on its own ({@code mvn incident-notice:report}): the standalone HTML report as the page. */
    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipping the incident notice report");
            return;
        }
        File page = new File(outputDirectory, getOutputName() + ".html");
        Checked checked;
        try {
            checked = check();
            new HtmlReport(checked.checklist(), ToolInfo.version()).write(checked.result(), page.toPath());
        } catch (MavenReportException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + page + ": " + e.getMessage(), e);
        }
        getLog().info("Wrote " + page + " (" + checked.result().notices().size() + " notices, "
                + checked.result().fromCache() + " from the check's cache)");
    }

    private Checked check() throws MavenReportException {
        File baseDir = project.getBasedir();
        try {
            Charset charset = MojoParameters.charset(encoding);
            Set<String> skipped = new LinkedHashSet<>(MojoParameters.split(skipRules));
            Path teamChecklist = ChecklistResolver.find(checklist, baseDir, ChecklistResolver.topDirectory(session, baseDir));
            ChecklistSource source = ChecklistResolver.source(teamChecklist, baseDir);
            CheckRequest request = new CheckRequest(baseDir.toPath(), noticeDirectory.toPath(),
                    MojoParameters.globs(includes, "incident-notice.includes"),
                    MojoParameters.globs(excludes, "incident-notice.excludes"), null, charset,
                    new TimelinessInputs(MojoParameters.now(now), new GitCommandHistory(noticeDirectory.toPath()), getLog()::debug),
                    MojoParameters.timeLimit(timeLimit));
            // the check owns the cache: a report configured otherwise must not replace it
            FindingsCacheFile.Run run = FindingsCacheFile.check(request, source, skipped, cache,
                    CheckEngine.CacheUse.READ_ONLY, project, teamChecklist, getLog());
            // the page needs the checklist's outline only: from the cache when no notice had to be checked
            Checklist described = run.described().get();
            CheckResult result = run.result();
            String missing = noticeDirectory.isDirectory() ? null
                    : "The notice directory " + CheckEngine.displayName(baseDir.toPath(), noticeDirectory.toPath())
                    + " does not exist.";
            return new Checked(described, result, missing);
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        } catch (ChecklistResolver.InvalidChecklist e) {
            throw new MavenReportException(e.problem().getMessage(), e.problem());
        } catch (TimeLimitSpent e) {
            // no page: one made from part of the notices would read as a verdict on all of them
            throw new MavenReportException(e.message("incident-notice.timeLimit"));
        } catch (IOException e) {
            throw new MavenReportException("Cannot check the notices in " + noticeDirectory + ": " + e.getMessage(), e);
        }
    }

    private record Checked(Checklist checklist, CheckResult result, String missing) {
    }
}
