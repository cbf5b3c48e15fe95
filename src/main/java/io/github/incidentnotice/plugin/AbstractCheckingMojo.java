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
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.engine.CheckRequest;
import io.github.incidentnotice.engine.ChecklistSource;
import io.github.incidentnotice.engine.TimeLimitSpent;
import io.github.incidentnotice.engine.TimelinessInputs;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.report.ConsoleFormatter;
import io.github.incidentnotice.report.ToolInfo;
import io.github.incidentnotice.timeliness.GitCommandHistory;
import io.github.incidentnotice.timeliness.NoticeTimesCache;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters and the run that {@code check} and {@code baseline} share: which notices, against which checklist,
 * read how, and the engine run over them, so that a baseline holds exactly the findings {@code check} would report.
 */
abstract class AbstractCheckingMojo extends AbstractMojo {

    /** The directory holding the notices, read with its subdirectories; a missing directory is a warning, not an error. */
    @Parameter(property = "incident-notice.noticeDirectory", defaultValue = "${project.basedir}/incidents")
    private File noticeDirectory;

    /**
     * Globs (relative to the notice directory) of the files to check; comma-separated on the command line. By
     * default {@code **}{@code /*.md}, {@code **}{@code /*.markdown} and {@code **}{@code /*.mdx}.
     */
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

    /** Skip the goal: no notice is read and no report or file is written. */
    @Parameter(property = "incident-notice.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * Rule ids to skip for this run (comma-separated), such as missing-thanks,vague-impact; each id is one
     * check (prevention-without-owner and empty-section are apart from missing-prevention and placeholder). An
     * unknown id is a warning that lists the known ones.
     */
    @Parameter(property = "incident-notice.skipRules")
    private List<String> skipRules;

    /**
     * Reuse the findings of notices whose bytes have not changed since the last run, from a
     * content-hash cache in {@code target/incident-notice/}; the reports are the same either way. Set it to
     * false to check every notice again.
     */
    @Parameter(property = "incident-notice.cache", defaultValue = "true")
    private boolean cache;

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

    /**
     * The baseline: the findings the team accepted, which {@code check} does not fail on while the file exists;
     * {@code incident-notice:baseline} writes it. Commit it beside the notices.
     */
    @Parameter(property = "incident-notice.baselineFile", defaultValue = "${project.basedir}/.incident-notice-baseline.json")
    protected File baselineFile;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** A run's outcome and what the goals read after it. */
    record Checked(CheckResult result, Supplier<Checklist> described, ChecklistSource source, Set<String> skipped,
                   Charset charset, Path single, File topDir, String checklistName) {
    }

    /** The user property of the one notice {@code check} is given. */
    static final String NOTICE_PROPERTY = "incident-notice.notice";

    /**
     * Checks the notices as {@code check} does: every notice under the notice directory, or {@code notice} alone
     * (null: all), of those only what {@code selection} accepts (null: all). Null when there is nothing to check
     * (a missing notice directory, which is warned of).
     *
     * @param selection made once the notice directory is known to exist, from where git should run
     */
    final Checked checkNotices(File notice, Selection selection) throws MojoExecutionException {
        File baseDir = project.getBasedir();
        Charset charset = MojoParameters.charset(encoding);
        Duration limit = MojoParameters.timeLimit(timeLimit);
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
                return null;
            }
            single = file.toPath();
        } else if (!noticeDirectory.exists()) {
            validate(source, skipped);
            getLog().warn("The notice directory " + CheckEngine.displayName(baseDir.toPath(), noticeDirectory.toPath())
                    + " does not exist; no notices checked. Set incident-notice.noticeDirectory if they are elsewhere.");
            return null;
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
                new TimelinessInputs(clock, new GitCommandHistory(scope), getLog()::debug, timesCache(single)), limit)
                .withSelection(selection == null ? null : selection.of(scope));
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
        return new Checked(result, described, source, skipped, charset, single, topDir,
                ChecklistResolver.summaryName(teamChecklist, baseDir, topDir));
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

    /** Which notices of a scope (the notice directory, or the one notice) are checked. */
    @FunctionalInterface
    interface Selection {
        Predicate<Path> of(Path scope) throws MojoExecutionException;
    }

    /** The baseline file as messages name it: relative to the project. */
    final String baselineName() {
        return ConsoleFormatter.safe(ChecklistResolver.displayName(project.getBasedir().toPath(), baselineFile.toPath()), 300);
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
