package io.github.incidentnotice.plugin;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.parse.InputProblem;
import io.github.incidentnotice.parse.NoticeReader;
import io.github.incidentnotice.scaffold.NewNotice;
import io.github.incidentnotice.scaffold.NextStage;
import io.github.incidentnotice.scaffold.NoticeFiles;
import io.github.incidentnotice.scaffold.NoticeTemplate;
import io.github.incidentnotice.scaffold.Scaffold;
import io.github.incidentnotice.scaffold.ScaffoldException;
import io.github.incidentnotice.scaffold.Slugger;
import io.github.incidentnotice.scaffold.NoticeExistsException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Scaffolds a notice in the notice directory: front matter filled, and a heading with a one-line
 * {@code TODO:} guide for every element its kind and status require, so it fails the check until each
 * guide is replaced. With {@code from}, starts the next stage of an existing notice instead. It never
 * overwrites a file.
 */
@Mojo(name = "new", aggregator = true, threadSafe = true)
public class NewMojo extends AbstractMojo {

    /**
     * The notice's title, required unless {@code from} is given; the file name is
     * {@code <date>-<slug of the title>.md}, in a-z, 0-9 and dashes.
     */
    @Parameter(property = "incident-notice.title")
    private String title;

    /**
     * When the incident started or the maintenance window starts, such as 2026-03-02T09:14:00Z or 2026-03-02; by
     * default now, in UTC. With {@code from}, the time the incident was resolved.
     */
    @Parameter(property = "incident-notice.date")
    private String date;

    /** The kind of notice: incident or maintenance; by default incident, or the kind the status belongs to. */
    @Parameter(property = "incident-notice.kind")
    private String kind;

    /**
     * The stage the notice starts at: investigating, identified, monitoring, resolved or postmortem for an
     * incident, scheduled, in-progress or completed for maintenance; by default investigating or scheduled.
     */
    @Parameter(property = "incident-notice.status")
    private String status;

    /** The severity written to the front matter: critical, major, minor or a word of your own; by default major for incidents and minor for maintenance. */
    @Parameter(property = "incident-notice.severity")
    private String severity;

    /** Whether personal data is involved: the notice gets the breach-details section, which the check then requires. */
    @Parameter(property = "incident-notice.personalData", defaultValue = "false")
    private boolean personalData;

    /**
     * An existing notice whose next stage to start in a new file (ongoing to resolved, resolved to postmortem,
     * scheduled maintenance to completed), keeping its text; the existing file is never changed.
     */
    @Parameter(property = "incident-notice.from")
    private File from;

    /**
     * The directory the notice is written to; created when missing. An existing file there is never overwritten.
     * In a multi-module build it is by default the notice directory of the one module whose build runs the check.
     */
    @Parameter(property = "incident-notice.noticeDirectory", defaultValue = "${project.basedir}/incidents")
    private File noticeDirectory;

    /** A team checklist; by default the nearest .incident-checklist.yml, as for the check. */
    @Parameter(property = "incident-notice.checklist")
    private File checklist;

    /** The encoding the notice is written in (and {@code from} read in); UTF-8 when the project sets no source encoding. */
    @Parameter(property = "incident-notice.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException {
        File baseDir = project.getBasedir();
        Charset charset = MojoParameters.charset(encoding);
        // in a multi-module build the notice goes where the module that runs the check reads it
        CheckModules.Module target = explicit(CheckModules.DIRECTORY_PROPERTY) ? null : target(CheckModules.of(session));
        Path directory = target != null ? target.noticeDirectory() : noticeDirectory.toPath();
        // paths are shown from where Maven was run (the project's directory, in a single-module build)
        Path shownFrom = executionRoot(baseDir);
        boolean inModule = target != null && !target.base().equals(shownFrom.toAbsolutePath().normalize());
        Checklist effective = ChecklistResolver.effective(checklist(target), target != null
                ? target.project().getBasedir() : baseDir, session);
        String shownDir = CheckEngine.displayName(shownFrom, directory);

        Scaffold scaffold;
        try {
            scaffold = from == null ? scaffoldNew(effective) : nextStage(effective, baseDir, charset);
        } catch (ScaffoldException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        // a title of CJK or emoji alone gives the same fallback name as any other such title of that day: say so
        boolean nameless = from == null && Slugger.nothingKept(title);
        String nameNote = "the title has no letters or digits usable in a file name (a-z, 0-9, or letters with an"
                + " ASCII form), so the file is named " + scaffold.fileName();
        Path written;
        try {
            written = NoticeFiles.create(directory, shownDir, scaffold.fileName(), scaffold.text(), charset);
        } catch (NoticeExistsException e) {
            throw new MojoExecutionException(!nameless ? e.getMessage() : e.getMessage() + ". Note: " + nameNote
                    + ", as is any such title of that day; add a word in Latin letters to the title.");
        } catch (ScaffoldException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the notice " + shownDir + "/" + scaffold.fileName() + ": "
                    + e.getMessage(), e);
        }
        String shown = CheckEngine.displayName(shownFrom, written);
        if (nameless) {
            getLog().warn("The notice " + shown + ": " + nameNote + "; rename it to say what it is about.");
        }
        getLog().info("Wrote " + shown + " (" + scaffold.kindStage().kind().id() + ", " + scaffold.status().id() + ", "
                + scaffold.guideLines().size() + " guide" + (scaffold.guideLines().size() == 1 ? "" : "s")
                + " to replace)" + (inModule ? " in the notice directory of module " + target.project().getArtifactId()
                + ", which its check reads." : "."));
        warnUnflaggedGuides(effective, shown, scaffold);
        if (scaffold.guideLines().isEmpty()) {
            // the next stage of a notice that already states all its new stage needs
            getLog().info("The text already states what the " + scaffold.status().id() + " stage needs; review it, then"
                    + " run: mvn incident-notice:check -Dincident-notice.notice=" + shown);
            return;
        }
        getLog().info("Replace every TODO line with the real text, then run: mvn incident-notice:check "
                + "-Dincident-notice.notice=" + shown);
    }

    /**
     * The module to write into: none when no module of the reactor runs the check (today's directory then), the
     * one that does, or, of several, the one whose notice directory exists; else the user must choose.
     */
    private CheckModules.Module target(List<CheckModules.Module> modules) throws MojoExecutionException {
        if (modules.size() <= 1) {
            return modules.isEmpty() ? null : modules.get(0);
        }
        List<CheckModules.Module> existing = modules.stream().filter(m -> Files.isDirectory(m.noticeDirectory())).toList();
        if (existing.size() == 1) {
            return existing.get(0);
        }
        List<CheckModules.Module> choices = existing.isEmpty() ? modules : existing;
        Path from = executionRoot(project.getBasedir());
        List<String> listed = new ArrayList<>();
        for (CheckModules.Module m : choices) {
            listed.add(m.project().getArtifactId() + " (" + CheckEngine.displayName(from, m.noticeDirectory()) + ")");
        }
        // the example names a module below the root when there is one: "-pl ." reads as no choice at all
        CheckModules.Module first = choices.stream().filter(m -> !CheckEngine.displayName(from,
                m.project().getBasedir().toPath()).isEmpty()).findFirst().orElse(choices.get(0));
        String module = CheckEngine.displayName(from, first.project().getBasedir().toPath());
        throw new MojoExecutionException("Several modules run the incident notice check, so it is not clear where the"
                + " notice belongs: " + String.join(", ", listed) + "; choose one with -pl " + (module.isEmpty() ? "."
                : module) + " or -Dincident-notice.noticeDirectory=" + CheckEngine.displayName(from,
                first.noticeDirectory()) + ".");
    }

    /** The team checklist of the module written into: its own configured one unless the command line names one. */
    private File checklist(CheckModules.Module target) {
        if (target == null || explicit("incident-notice.checklist")) {
            return checklist;
        }
        String configured = CheckModules.configured(target.project(), "checklist");
        if (configured == null) {
            return checklist;
        }
        File file = new File(configured);
        return file.isAbsolute() ? file : new File(target.project().getBasedir(), configured);
    }

    /** A parameter given on the command line, which wins over what the modules' POMs say. */
    private boolean explicit(String property) {
        return session != null && session.getUserProperties() != null
                && session.getUserProperties().containsKey(property);
    }

    private Path executionRoot(File baseDir) {
        String root = session == null ? null : session.getExecutionRootDirectory();
        return root != null ? Path.of(root) : baseDir.toPath();
    }

    private Scaffold scaffoldNew(Checklist effective) throws ScaffoldException {
        NewNotice notice = NewNotice.of(title, date, kind, status, severity, personalData, Clock.systemUTC());
        return new NoticeTemplate(effective).render(notice);
    }

    private Scaffold nextStage(Checklist effective, File baseDir, Charset charset)
            throws ScaffoldException, MojoExecutionException {
        File source = from.isAbsolute() ? from : new File(baseDir, from.getPath());
        String name = CheckEngine.displayName(baseDir.toPath(), source.toPath());
        MojoParameters.requireNoticeFile(source, name, "incident-notice.from");
        warnIgnored("title", title);
        warnIgnored("kind", kind);
        warnIgnored("status", status);
        warnIgnored("severity", severity);
        if (personalData) {
            warnIgnored("personalData", "true");
        }
        String text;
        try {
            if (Files.size(source.toPath()) > NoticeReader.MAX_BYTES) {
                throw new MojoExecutionException("The notice " + name + " is over the " + (NoticeReader.MAX_BYTES / 1024)
                        + " kB limit for a notice (incident-notice.from).");
            }
            text = new NoticeReader(charset).decode(Files.readAllBytes(source.toPath()));
        } catch (InputProblem p) {
            throw new MojoExecutionException(name + ":" + p.line() + ":" + p.column() + ": " + p.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the notice " + name + ": " + e.getMessage(), e);
        }
        // the resolution time is now unless the user gives it
        return new NextStage(effective).from(name, text, NewNotice.parseDate(date, Clock.systemUTC()));
    }

    /** The next stage keeps the source's front matter: options that would change it do not apply. */
    private void warnIgnored(String name, String value) {
        if (value != null && !value.isBlank()) {
            getLog().warn("incident-notice." + name + " is ignored with incident-notice.from: the next stage keeps the"
                    + " front matter of " + from + " (edit the new file to change it).");
        }
    }

    /** A team checklist without a placeholder defect would let an unfilled scaffold pass: say so. */
    private void warnUnflaggedGuides(Checklist effective, String shown, Scaffold scaffold) {
        NoticeResult result = new CheckEngine(effective).check(shown, scaffold.text());
        for (int line : scaffold.guideLines()) {
            boolean flagged = false;
            for (Finding f : result.findings()) {
                flagged |= f.line() == line && f.rule().equals("placeholder");
            }
            if (!flagged) {
                getLog().warn(shown + ":" + line + ":1: this guide line is not reported as a placeholder by the checklist "
                        + effective.name() + "; the check will not stop it from being published unreplaced.");
            }
        }
    }
}
