package io.github.incidentnotice.plugin;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import io.github.incidentnotice.baseline.Baseline;
import io.github.incidentnotice.baseline.InvalidBaseline;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.git.ChangedSince;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.parse.NoticeReader;
import io.github.incidentnotice.report.ConsoleFormatter;
import io.github.incidentnotice.report.ExplanationFormatter;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks every incident notice against the checklist and fails the build when one falls short: a
 * notice that does not own the mistake, apologise, say what happened, what was fixed and what will
 * keep it from happening again is not released.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractCheckingMojo {

    /**
     * Check just this one notice: a path from the module, from where Maven was run or from any module of the
     * build, or absolute; the notice directory is not listed and the findings cache not read. In a multi-module
     * build only the module whose notice directory holds it checks it.
     */
    @Parameter(property = NOTICE_PROPERTY)
    private File notice;

    /** Fail the build when a notice has an error finding; with false the findings and reports are written and the build goes on. */
    @Parameter(property = "incident-notice.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** Fail the build when a notice has a warning finding, as on an error. */
    @Parameter(property = "incident-notice.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Where the reports chosen with {@code formats} are written; they are written before the build fails. */
    @Parameter(property = "incident-notice.outputDirectory", defaultValue = "${project.build.directory}/incident-notice")
    private File outputDirectory;

    /**
     * The report formats to write, comma-separated: any of json, sarif (for code scanning), junit (for CI test
     * views) and html (a page for people); the console is always written.
     */
    @Parameter(property = "incident-notice.formats", defaultValue = "json,sarif")
    private List<String> formats;

    /**
     * Print, for each element, how the check decided it: present, absent or waived, its level, the heading or
     * sentence that decided it with its line, column and the model's probability, and the threshold. With
     * {@code notice} it explains that notice; without, every notice checked.
     */
    @Parameter(property = "incident-notice.explain", defaultValue = "false")
    private boolean explain;

    /**
     * Check only the notices changed since this git ref (a branch, tag or commit such as origin/main): changed in
     * the commits since the ref's merge base with HEAD, changed but not committed, or new and not yet added.
     */
    @Parameter(property = "incident-notice.ratchetFrom")
    private String ratchetFrom;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the incident notice check (incident-notice.skip).");
            return;
        }
        Set<String> formatSet = formats();
        String ratchet = ratchetFrom == null || ratchetFrom.isBlank() ? null : ratchetFrom.strip();
        // read before the notices are checked: a broken baseline is found at once
        Baseline baseline = readBaseline();
        Checked checked = checkNotices(notice, ratchet == null ? null : scope -> changedSince(ratchet, scope));
        if (checked == null) {
            return;
        }
        CheckResult result = checked.result();
        Baseline.Applied applied = null;
        if (baseline != null) {
            applied = baseline.apply(result, checked.single() == null && ratchet == null);
            result = applied.result();
        }
        // the findings first: a report that cannot be written must not hide what the check found
        report(result, applied, ratchet, checked.checklistName());
        new ReportWriter(outputDirectory, checked.described(), project.getBasedir(), checked.topDir())
                .write(result, formatSet);
        if (explain) {
            explain(result, checked);
        }
        decide(result);
    }

    /** The notices changed since the ref, as git in the notices' directory tells them. */
    private static Predicate<Path> changedSince(String ref, Path scope) throws MojoExecutionException {
        try {
            return ChangedSince.read(ref, scope);
        } catch (ChangedSince.Unavailable e) {
            throw new MojoExecutionException(ConsoleFormatter.safe(e.getMessage(), 1000));
        }
    }

    /** The baseline, when its file exists; a file that is not one fails the goal in one line naming it. */
    private Baseline readBaseline() throws MojoExecutionException {
        if (baselineFile == null || !baselineFile.exists()) {
            return null;
        }
        if (!baselineFile.isFile()) {
            throw new MojoExecutionException("The baseline " + baselineName() + " is not a regular file; point"
                    + " incident-notice.baselineFile at the file incident-notice:baseline writes.");
        }
        try {
            return Baseline.read(baselineFile.toPath(), baselineName());
        } catch (InvalidBaseline e) {
            throw new MojoExecutionException(ConsoleFormatter.safe(e.getMessage(), 1000));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the baseline " + baselineName() + ": " + e.getMessage());
        }
    }

    private void report(CheckResult result, Baseline.Applied applied, String ratchet, String checklistName) {
        for (NoticeResult n : result.notices()) {
            for (Finding f : n.findings()) {
                if (f.level() == Level.ERROR) {
                    getLog().error(ConsoleFormatter.line(f));
                } else if (f.level() == Level.WARNING) {
                    getLog().warn(ConsoleFormatter.line(f));
                }
            }
        }
        if (applied != null) {
            long n = applied.acceptedCount();
            getLog().info("The baseline " + baselineName() + " accepted " + n + " finding" + (n == 1 ? "" : "s")
                    + " (not reported as errors or warnings).");
            long gone = applied.gone();
            if (gone > 0) {
                getLog().info(gone + " finding" + (gone == 1 ? "" : "s") + " in the baseline no longer occur"
                        + (gone == 1 ? "s" : "") + "; mvn incident-notice:baseline rewrites " + baselineName()
                        + " without " + (gone == 1 ? "it" : "them") + ".");
            }
        }
        getLog().info(ConsoleFormatter.summary(result, checklistName, ratchet));
    }

    /** Prints the explanation of each notice checked (of the one notice, when one was given), before the verdict. */
    private void explain(CheckResult result, Checked checked) {
        CheckEngine engine = new CheckEngine(checked.source(), checked.skipped());
        NoticeReader reader = new NoticeReader(checked.charset());
        Path base = project.getBasedir().toPath();
        for (NoticeResult n : result.notices()) {
            Path file = checked.single() != null ? checked.single() : base.resolve(n.file());
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
}
