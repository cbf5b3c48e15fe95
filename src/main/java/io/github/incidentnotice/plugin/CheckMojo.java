package io.github.incidentnotice.plugin;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.engine.CheckRequest;
import io.github.incidentnotice.engine.ChecklistSource;
import io.github.incidentnotice.engine.TimeLimitSpent;
import io.github.incidentnotice.engine.TimelinessInputs;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.parse.NoticeReader;
import io.github.incidentnotice.report.ConsoleFormatter;
import io.github.incidentnotice.report.ExplanationFormatter;
import io.github.incidentnotice.timeliness.GitCommandHistory;
import io.github.incidentnotice.timeliness.NoticeTimesCache;
import io.github.incidentnotice.report.ToolInfo;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Checks every incident notice against the checklist and fails the build when one falls short: a
 * notice that does not own the mistake, apologise, say what happened, what was fixed and what will
 * keep it from happening again is not released.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /** The directory holding the notices. */
    @Parameter(property = "incident-notice.noticeDirectory", defaultValue = "${project.basedir}/incidents")
    private File noticeDirectory;

    /**
     * Globs (relative to the notice directory) of the files to check; comma-separated on the command line. By
     * default {@code **}{@code /*.md}, {@code **}{@code /*.markdown} and {@code **}{@code /*.mdx}.
     */
    @Parameter(property = "incident-notice.includes")
    private List<String> includes;

    /** Globs (relative to the notice directory) of files to leave out. */
    @Parameter(property = "incident-notice.excludes")
    private List<String> excludes;

    /**
     * Check just this one notice: a path from the module, from where Maven was run or from any module of the
     * build, or absolute. In a multi-module build only the module whose notice directory holds it checks it.
     */
    @Parameter(property = NOTICE_PROPERTY)
    private File notice;

    private static final String NOTICE_PROPERTY = "incident-notice.notice";

    /** A team checklist; by default the nearest .incident-checklist.yml from the module up to the top of the build. */
    @Parameter(property = "incident-notice.checklist")
    private File checklist;

    /** The encoding notices are written in. */
    @Parameter(property = "incident-notice.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /** Skip the check. */
    @Parameter(property = "incident-notice.skip", defaultValue = "false")
    private boolean skip;

    /** Fail the build when a notice has an error finding. */
    @Parameter(property = "incident-notice.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** Fail the build on warnings too. */
    @Parameter(property = "incident-notice.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Where the reports are written. */
    @Parameter(property = "incident-notice.outputDirectory", defaultValue = "${project.build.directory}/incident-notice")
    private File outputDirectory;

    /** Report formats to write, any of json, sarif, junit, html (the console is always written). */
    @Parameter(property = "incident-notice.formats", defaultValue = "json,sarif")
    private List<String> formats;

    /**
     * Rule ids to skip for this run (comma-separated), such as missing-thanks,vague-impact; each id is one
     * check (prevention-without-owner and empty-section are apart from missing-prevention and placeholder).
     */
    @Parameter(property = "incident-notice.skipRules")
    private List<String> skipRules;

    /**
     * Reuse the findings of notices whose bytes have not changed since the last run, from a
     * content-hash cache in {@code target/incident-notice/}; the reports are the same either way.
     */
    @Parameter(property = "incident-notice.cache", defaultValue = "true")
    private boolean cache;

    /**
     * Print, for each element, how the check decided it: present, absent or waived, its level, the heading or
     * sentence that decided it with its line, column and the model's probability, and the threshold. With
     * {@code notice} it explains that notice; without, every notice checked.
     */
    @Parameter(property = "incident-notice.explain", defaultValue = "false")
    private boolean explain;

    /**
     * The time the timeliness checks (stale-update, left-open, ...) take as now, as an ISO-8601 instant such as
     * 2026-03-02T10:30:00Z; by default the build's clock. Fix it for a reproducible build or a test.
     */
    @Parameter(property = "incident-notice.now")
    private String now;

    /**
     * The most processor time checking the notices may take in all, summed over the threads, such as 10m, 90s or
     * 500ms (or ISO-8601, PT1M30S); each notice has 10 s of its own within it. Once it is spent the notices not yet
     * checked are not, the goal fails with one line naming the phrase of the checklist that took the most of it,
     * no report is written and nothing is cached.
     */
    @Parameter(property = "incident-notice.timeLimit", defaultValue = "10m")
    private String timeLimit;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the incident notice check (incident-notice.skip).");
            return;
        }
        File baseDir = project.getBasedir();
        Charset charset = MojoParameters.charset(encoding);
        Duration limit = MojoParameters.timeLimit(timeLimit);
        Set<String> formatSet = formats();
        File topDir = ChecklistResolver.topDirectory(session, baseDir);
        Path teamChecklist = ChecklistResolver.find(checklist, baseDir, topDir);
        // parsed only when needed: a run whose notices all come from the cache never parses it
        ChecklistSource source = ChecklistResolver.source(teamChecklist, baseDir);
        Set<String> skipped = new LinkedHashSet<>(MojoParameters.split(skipRules));

        Path single = null;
        if (notice != null) {
            // Maven hands a File parameter over already made absolute from the module: the path as typed is the
            // user property's, and only it may be looked for elsewhere in the build
            String typed = session.getUserProperties().getProperty(NOTICE_PROPERTY);
            boolean onCommandLine = typed != null && !typed.isBlank() && (new File(typed).isAbsolute() ? new File(typed)
                    : new File(baseDir, typed)).toPath().normalize().equals(notice.toPath().normalize());
            String given = onCommandLine ? typed : notice.getPath();
            File file = onCommandLine ? locate(new File(typed), baseDir) : notice;
            if (!file.isFile()) {
                validate(source, skipped);
                MojoParameters.requireNoticeFile(file, given, NOTICE_PROPERTY);
            }
            String owner = otherOwner(file.toPath());
            if (owner != null) {
                validate(source, skipped);
                getLog().info("Notice " + ConsoleFormatter.safe(given, 300) + " is not in this module's notice"
                        + " directory; nothing to check here (module " + owner + " checks it).");
                return;
            }
            single = file.toPath();
        } else if (!noticeDirectory.exists()) {
            validate(source, skipped);
            getLog().warn("The notice directory " + CheckEngine.displayName(baseDir.toPath(), noticeDirectory.toPath())
                    + " does not exist; no notices checked. Set incident-notice.noticeDirectory if they are elsewhere.");
            return;
        } else if (!noticeDirectory.isDirectory()) {
            validate(source, skipped);
            throw new MojoExecutionException("The notice directory " + ConsoleFormatter.safe(CheckEngine.displayName(
                    baseDir.toPath(), noticeDirectory.toPath()), 300) + " is a file, not a directory; set"
                    + " incident-notice.noticeDirectory to the directory that holds the notices.");
        }

        Instant clock = MojoParameters.now(now);
        Path scope = single != null ? single : noticeDirectory.toPath();
        CheckRequest request = new CheckRequest(baseDir.toPath(), noticeDirectory.toPath(),
                MojoParameters.globs(includes, "incident-notice.includes"),
                MojoParameters.globs(excludes, "incident-notice.excludes"), single, charset,
                new TimelinessInputs(clock, new GitCommandHistory(scope), getLog()::debug, timesCache(single)), limit);
        CheckResult result;
        Supplier<Checklist> described;
        try {
            // one notice (-Dincident-notice.notice) is checked without the cache: the engine does not load it
            FindingsCacheFile.Run run = FindingsCacheFile.check(request, source, skipped, cache,
                    CheckEngine.CacheUse.READ_AND_SAVE, project, teamChecklist, getLog());
            result = run.result();
            described = run.described();
            warnUnknownRules(skipped, described);
            if (result.notices().isEmpty() && !source.isLoaded()) {
                // nothing was checked, but a broken checklist still fails the build
                source.get();
            }
        } catch (ChecklistResolver.InvalidChecklist e) {
            throw e.problem();
        } catch (TimeLimitSpent e) {
            // no report: one written from part of the notices would read as a verdict on all of them
            throw new MojoExecutionException(e.message("incident-notice.timeLimit"));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot list the notices in " + noticeDirectory + ": " + e.getMessage(), e);
        }
        saveTimesCache(request.timeliness().timesCache());
        // the findings first: a report that cannot be written must not hide what the check found
        report(result, ChecklistResolver.summaryName(teamChecklist, baseDir, topDir));
        new ReportWriter(outputDirectory, described, baseDir, topDir).write(result, formatSet);
        if (explain) {
            explain(result, source, skipped, charset, single);
        }
        decide(result);
    }

    /**
     * The one notice given: as a path from the module, else from where Maven was run, the top-level project or any
     * module of the build, so that one command from the root names a notice of any module; the path from the module
     * when it is found nowhere (its error names the path as given).
     */
    private File locate(File given, File baseDir) {
        if (given.isAbsolute()) {
            return given;
        }
        File fromModule = new File(baseDir, given.getPath());
        List<File> bases = new ArrayList<>();
        bases.add(baseDir);
        if (session.getExecutionRootDirectory() != null) {
            bases.add(new File(session.getExecutionRootDirectory()));
        }
        if (session.getTopLevelProject() != null) {
            bases.add(session.getTopLevelProject().getBasedir());
        }
        if (session.getProjects() != null) {
            session.getProjects().forEach(p -> bases.add(p.getBasedir()));
        }
        for (File base : bases) {
            File candidate = base == null ? null : new File(base, given.getPath());
            if (candidate != null && candidate.isFile()) {
                return candidate;
            }
        }
        return fromModule;
    }

    /**
     * The module that checks the one notice instead of this one, or null when this one does: a notice belongs to
     * the module whose notice directory holds it ({@link CheckModules#owners}). When this module is not one the
     * build is known to check with, or the notice is in its own directory, it is checked here, as in a single-module
     * build: a notice left to no module would pass unchecked.
     */
    private String otherOwner(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (abs.startsWith(noticeDirectory.toPath().toAbsolutePath().normalize())) {
            return null;
        }
        List<CheckModules.Module> modules = CheckModules.of(session);
        CheckModules.Module self = CheckModules.find(modules, project);
        if (self == null) {
            return null;
        }
        List<CheckModules.Module> owners = CheckModules.owners(abs, modules);
        return owners.isEmpty() || owners.contains(self) ? null : owners.get(0).project().getArtifactId();
    }

    /**
     * The dates of the notices as the last run read them, beside the findings cache (none for one notice, or
     * without the cache): what a notice states does not change with the clock, so it is kept; the verdict is not.
     */
    private NoticeTimesCache timesCache(Path single) {
        if (!cache || single != null) {
            return null;
        }
        Path file = Path.of(project.getBuild().getDirectory(), "incident-notice", NoticeTimesCache.FILE_NAME);
        return NoticeTimesCache.load(file, ToolInfo.version() + " " + MojoParameters.charsetName(encoding), getLog()::debug);
    }

    private void saveTimesCache(NoticeTimesCache times) {
        if (times == null) {
            return;
        }
        try {
            times.save();
        } catch (IOException e) {
            // it only saves time
            getLog().debug("Cannot write the notices' dates cache: " + e);
        }
    }

    /** Loads the checklist to report a broken one, and warns of unknown skipped rules, when no notice will be checked. */
    private void validate(ChecklistSource source, Set<String> skipped) throws MojoExecutionException {
        Checklist loaded = ChecklistResolver.loaded(source);
        warnUnknownRules(skipped, () -> loaded);
    }

    private void report(CheckResult result, String checklistName) {
        for (NoticeResult n : result.notices()) {
            for (Finding f : n.findings()) {
                if (f.level() == Level.ERROR) {
                    getLog().error(ConsoleFormatter.line(f));
                } else if (f.level() == Level.WARNING) {
                    getLog().warn(ConsoleFormatter.line(f));
                }
            }
        }
        getLog().info(ConsoleFormatter.summary(result, checklistName));
    }

    /** Prints the explanation of each notice checked (of the one notice, when one was given), before the verdict. */
    private void explain(CheckResult result, ChecklistSource source, Set<String> skipped, Charset charset, Path single) {
        CheckEngine engine = new CheckEngine(source, skipped);
        NoticeReader reader = new NoticeReader(charset);
        Path base = project.getBasedir().toPath();
        for (NoticeResult n : result.notices()) {
            Path file = single != null ? single : base.resolve(n.file());
            var explanation = engine.explain(reader, file, n.file());
            if (explanation.isEmpty()) {
                getLog().info("Explain " + ConsoleFormatter.safe(n.file(), 300) + ": not read (see its read-error)");
                continue;
            }
            ExplanationFormatter.lines(explanation.get()).forEach(getLog()::info);
        }
    }

    private void decide(CheckResult result) throws MojoFailureException {
        long errors = result.errors();
        long warnings = result.warnings();
        if (failOnViolation && errors > 0) {
            throw new MojoFailureException(errors + " error" + (errors == 1 ? "" : "s") + " in "
                    + result.failedNotices() + " incident notice" + (result.failedNotices() == 1 ? "" : "s")
                    + "; fix them or see the report in " + outputDirectory);
        }
        if (failOnWarning && warnings > 0) {
            throw new MojoFailureException(warnings + " warning" + (warnings == 1 ? "" : "s")
                    + " in incident notices and failOnWarning is set");
        }
    }

    private Set<String> formats() throws MojoExecutionException {
        Set<String> known = Set.of("json", "sarif", "junit", "html");
        Set<String> result = new LinkedHashSet<>();
        for (String f : MojoParameters.split(formats)) {
            String format = f.toLowerCase(Locale.ROOT);
            if (!known.contains(format)) {
                throw new MojoExecutionException("Unknown report format '" + f + "' (incident-notice.formats); "
                        + "allowed: json, sarif, junit, html.");
            }
            result.add(format);
        }
        return result;
    }

    /** Warns of skipped rule ids the checklist does not have; the checklist is asked for only when some are given. */
    private void warnUnknownRules(Set<String> skipped, Supplier<Checklist> checklist) {
        if (skipped.isEmpty()) {
            return;
        }
        Set<String> known = checklist.get().ruleIds().keySet();
        for (String id : skipped) {
            if (!known.contains(id)) {
                getLog().warn("Unknown rule '" + id + "' in incident-notice.skipRules; known: " + String.join(", ", known));
            }
        }
    }
}
