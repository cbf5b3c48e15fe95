package io.github.incidentnotice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.incidentnotice.cache.FindingsCache;
import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.timeliness.FirstPublication;
import io.github.incidentnotice.timeliness.GitHistory;
import io.github.incidentnotice.timeliness.NoticeTimesCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exact timeliness findings (rule, file, line, column, message) of the default checklist on notices in a directory, with a fixed clock and a faked git history. */
class TimelinessEngineTest {

    private static final Set<String> TIMELINESS = Set.of("stale-update", "late-admission", "left-open",
            "resolved-without-time");

    @TempDir
    Path project;

    private final List<String> debug = new ArrayList<>();

    private static final String STALE = """
            ---
            title: Checkout errors
            date: 2026-03-02T09:12:00Z
            status: investigating
            severity: major
            next-update: 2026-03-02T10:00:00Z
            ---
            We are sorry: we are investigating failed payments at checkout.
            """;

    private static final String PROMISED_IN_TEXT = """
            ---
            title: Checkout errors
            date: 2026-03-02T09:12:00Z
            status: identified
            ---
            **Update 09:12 UTC**

            We are investigating failed payments at checkout.

            **Update 09:40 UTC**

            We found a faulty deploy and are rolling it back. We will post an update in 30 minutes.
            """;

    private static final String RESOLVED_NO_TIME = """
            ---
            title: Checkout errors
            date: 2026-03-02T09:12:00Z
            status: resolved
            ---
            Payments failed at checkout. We rolled back the faulty deploy.
            """;

    private static final String CSTATE = """
            ---
            title: Publish outage
            date: 2026-03-02 09:00:00
            resolved: false
            severity: disrupted
            ---
            Builds are not published. Next update at 10:00 UTC. {{< track "2026-03-02 09:00:00" >}}

            We found the cause; next update at 11:00 UTC. {{< track "2026-03-02 10:05:00" >}}
            """;

    private Path write(String name, String text) throws IOException {
        Path file = project.resolve("incidents").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private CheckResult run(Checklist checklist, String now, GitHistory git, FindingsCache cache) throws IOException {
        CheckRequest request = CheckRequest.of(project, project.resolve("incidents"))
                .withTimeliness(new TimelinessInputs(Instant.parse(now), git, debug::add));
        return new CheckEngine(checklist).run(request, cache, 1);
    }

    private CheckResult run(String now, GitHistory git) throws IOException {
        return run(ChecklistLoader.defaults(), now, git, null);
    }

    private static List<String> timeliness(CheckResult result) {
        List<String> lines = new ArrayList<>();
        for (NoticeResult n : result.notices()) {
            for (Finding f : n.findings()) {
                if (TIMELINESS.contains(f.rule())) {
                    lines.add(f.level().id() + " " + f.file() + ":" + f.line() + ":" + f.column() + ": [" + f.rule() + "] "
                            + f.message());
                }
            }
        }
        return lines;
    }

    @Test
    void aPromiseInTheFrontMatterThatHasPassedIsAStaleUpdate() throws IOException {
        write("2026-03-02-checkout.md", STALE);
        assertEquals(List.of("warning incidents/2026-03-02-checkout.md:6:1: [stale-update] promised an update by"
                + " 10:00 UTC on 2 March; the last update is from 09:12. Post the update you promised (with the time of"
                + " the next one), or resolve the notice if it is over."), timeliness(run("2026-03-02T10:30:00Z", GitHistory.NONE))
                .stream().filter(l -> l.contains("stale-update")).toList());
    }

    @Test
    void beforeThePromisedTimeThereIsNoFinding() throws IOException {
        write("2026-03-02-checkout.md", STALE);
        write("2026-03-02-text.md", PROMISED_IN_TEXT);
        assertEquals(List.of(), timeliness(run("2026-03-02T09:59:00Z", GitHistory.NONE)));
    }

    @Test
    void aPromiseInTheTextCountsFromTheUpdateItEnds() throws IOException {
        write("2026-03-02-text.md", PROMISED_IN_TEXT);
        assertEquals(List.of(), timeliness(run("2026-03-02T10:09:00Z", GitHistory.NONE)));
        assertEquals(List.of("warning incidents/2026-03-02-text.md:12:59: [stale-update] promised an update by"
                + " 10:10 UTC on 2 March; the last update is from 09:40. Post the update you promised (with the time of"
                + " the next one), or resolve the notice if it is over."), timeliness(run("2026-03-02T10:11:00Z", GitHistory.NONE)));
    }

    @Test
    void aPromiseKeptByALaterUpdateIsNotStale() throws IOException {
        write("2026-03-02-status.md", CSTATE);
        // the first track's promise (10:00) was kept by the update at 10:05; the second is due at 11:00
        assertEquals(List.of(), timeliness(run("2026-03-02T10:30:00Z", GitHistory.NONE)));
        assertEquals(List.of("warning incidents/2026-03-02-status.md:9:21: [stale-update] promised an update by"
                + " 11:00 UTC on 2 March; the last update is from 10:05. Post the update you promised (with the time of"
                + " the next one), or resolve the notice if it is over."), timeliness(run("2026-03-02T11:30:00Z", GitHistory.NONE)));
    }

    @Test
    void aLateFirstNoticeOfAMajorIncident() throws IOException {
        Path file = write("2026-03-02-checkout.md", STALE.replace("next-update: 2026-03-02T10:00:00Z\n", ""));
        GitHistory git = f -> f.equals(file.toAbsolutePath()) ? FirstPublication.at(Instant.parse("2026-03-02T12:19:00Z"))
                : FirstPublication.unknown("not this file");
        assertEquals(List.of("warning incidents/2026-03-02-checkout.md:3:1: [late-admission] the first notice came"
                + " 3 h 7 min after the incident started (started 09:12 UTC on 2 March, first committed 12:19); for a"
                + " major incident the checklist expects one within 1 h. Say in the notice why it came late, or waive"
                + " late-admission with the reason."), timeliness(run("2026-03-02T12:30:00Z", git)));
    }

    @Test
    void withoutGitTheCheckCannotTellAndSaysSoInTheDebugLog() throws IOException {
        write("2026-03-02-checkout.md", STALE.replace("next-update: 2026-03-02T10:00:00Z\n", ""));
        GitHistory shallow = f -> FirstPublication.unknown("the repository is a shallow clone");
        assertEquals(List.of(), timeliness(run("2026-03-02T12:30:00Z", shallow)));
        assertEquals(List.of("incidents/2026-03-02-checkout.md: late-admission: cannot tell when the notice was first"
                + " published: the repository is a shallow clone"), debug);
    }

    @Test
    void aMinorIncidentIsNotTimedByDefault() throws IOException {
        write("2026-03-02-checkout.md", STALE.replace("severity: major", "severity: minor")
                .replace("next-update: 2026-03-02T10:00:00Z\n", ""));
        assertEquals(List.of(), timeliness(run("2026-03-02T12:30:00Z", f -> FirstPublication.at(Instant.parse("2026-03-03T00:00:00Z")))));
    }

    @Test
    void anOldOpenNoticeIsLeftOpen() throws IOException {
        write("2026-03-02-checkout.md", STALE.replace("next-update: 2026-03-02T10:00:00Z\n", ""));
        assertEquals(List.of("warning incidents/2026-03-02-checkout.md:4:1: [left-open] still ongoing 44 days after it"
                + " started (09:12 UTC on 2 March); the checklist expects a notice to be closed within 14 days. Resolve it"
                + " (with the time it ended), or post an update saying why it is still open and waive left-open with that"
                + " reason."), timeliness(run("2026-04-15T09:12:00Z", GitHistory.NONE)));
    }

    @Test
    void aResolvedNoticeMustSayWhenItEnded() throws IOException {
        write("a.md", RESOLVED_NO_TIME);
        write("b.md", RESOLVED_NO_TIME.replace("status: resolved", "status: resolved\nresolvedWhen: 2026-03-02T11:02:00Z"));
        write("c.md", RESOLVED_NO_TIME.replace("faulty deploy.", "faulty deploy; checkout was restored at 11:02 UTC."));
        assertEquals(List.of("warning incidents/a.md:4:1: [resolved-without-time] resolved, but the notice does not say"
                + " when the problem ended; add resolvedWhen (such as resolvedWhen: 2026-03-02T11:02:00Z) to the front"
                + " matter, or say in the text when service was restored (\"resolved at 11:02 UTC\")."),
                timeliness(run("2026-03-03T09:00:00Z", GitHistory.NONE)));
    }

    @Test
    void withoutTimelinessInputsTheEngineJudgesOnlyTheWords() throws IOException {
        write("2026-03-02-checkout.md", STALE);
        write("a.md", RESOLVED_NO_TIME);
        CheckResult r = new CheckEngine(ChecklistLoader.defaults()).run(CheckRequest.of(project, project.resolve("incidents")));
        assertEquals(List.of(), timeliness(r));
    }

    @Test
    void aWaiverWithAReasonTurnsACheckOffForTheNotice() throws IOException {
        write("2026-03-02-checkout.md", STALE.replace("next-update: 2026-03-02T10:00:00Z\n",
                "waive:\n  - element: left-open\n    reason: The migration runs for six weeks\n"));
        CheckResult r = run("2026-04-15T09:12:00Z", GitHistory.NONE);
        assertEquals(List.of(), timeliness(r));
        assertEquals(List.of(), r.notices().get(0).findings().stream().filter(f -> f.rule().equals("waiver")).toList());
    }

    @Test
    void aTeamSetsTheAgeAndTurnsChecksOff() throws Exception {
        write("2026-03-02-checkout.md", STALE);
        Checklist team = ChecklistLoader.loadText("timeliness:\n  left-open:\n    after: 2d\n  stale-update: off\n",
                ".incident-checklist.yml");
        List<String> found = timeliness(run(team, "2026-03-05T09:12:00Z", GitHistory.NONE, null));
        assertEquals(List.of("warning incidents/2026-03-02-checkout.md:4:1: [left-open] still ongoing 3 days after it"
                + " started (09:12 UTC on 2 March); the checklist expects a notice to be closed within 2 days. Resolve it"
                + " (with the time it ended), or post an update saying why it is still open and waive left-open with that"
                + " reason."), found);
    }

    @Test
    void skippedRulesAreNotRun() throws IOException {
        write("2026-03-02-checkout.md", STALE);
        CheckRequest request = CheckRequest.of(project, project.resolve("incidents"))
                .withTimeliness(TimelinessInputs.at(Instant.parse("2026-04-15T09:12:00Z")));
        CheckResult r = new CheckEngine(ChecklistLoader.defaults(), Set.of("left-open", "stale-update")).run(request);
        assertEquals(List.of(), timeliness(r));
    }

    @Test
    void theCacheNeverServesAVerdictOfTheClock() throws IOException {
        write("2026-03-02-checkout.md", STALE);
        Path cacheFile = project.resolve("target/cache.bin");
        FindingsCache first = FindingsCache.load(cacheFile, "key", m -> { });
        List<String> before = timeliness(run(ChecklistLoader.defaults(), "2026-03-02T09:30:00Z", GitHistory.NONE, first));
        first.save();
        FindingsCache second = FindingsCache.load(cacheFile, "key", m -> { });
        CheckResult later = run(ChecklistLoader.defaults(), "2026-03-02T10:30:00Z", GitHistory.NONE, second);
        assertEquals(List.of(), before);
        assertEquals(1, later.fromCache());
        assertEquals(List.of("stale-update"), later.notices().get(0).findings().stream().map(Finding::rule)
                .filter(TIMELINESS::contains).collect(Collectors.toList()));
        // and what the cache stored is the words' verdict only
        FindingsCache third = FindingsCache.load(cacheFile, "key", m -> { });
        CheckResult noClock = new CheckEngine(ChecklistLoader.defaults())
                .run(CheckRequest.of(project, project.resolve("incidents")), third, 1);
        assertEquals(1, noClock.fromCache());
        assertEquals(List.of(), timeliness(noClock));
    }

    @Test
    void aLaterStageFileIsNotTimedAsAFirstNotice() throws IOException {
        write("2026-03-02-checkout.md", STALE);
        Path later = write("2026-03-02-checkout-resolved.md", RESOLVED_NO_TIME.replace("status: resolved",
                "status: resolved\nseverity: major\nresolvedWhen: 2026-03-02T11:02:00Z"));
        assertTrue(TimelinessPass.laterStage(later));
        GitHistory git = f -> FirstPublication.at(Instant.parse("2026-03-02T11:30:00Z"));
        List<String> found = timeliness(run("2026-03-02T11:40:00Z", git));
        assertEquals(List.of(), found.stream().filter(l -> l.contains("checkout-resolved") && l.contains("late-admission")).toList());
        assertEquals(1, found.stream().filter(l -> l.contains("checkout.md") && l.contains("late-admission")).count());
    }

    @Test
    void theDatesOfAnUnchangedNoticeComeFromTheTimesCacheAndTheVerdictFromTheClock() throws IOException {
        Path file = write("2026-03-02-checkout.md", STALE);
        // an old stamp, as a committed file has: only settled stamps are kept
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.parse("2026-03-02T09:20:00Z")));
        Path timesFile = project.resolve("target/" + NoticeTimesCache.FILE_NAME);
        NoticeTimesCache first = NoticeTimesCache.load(timesFile, "k", debug::add);
        CheckRequest request = CheckRequest.of(project, project.resolve("incidents"));
        new CheckEngine(ChecklistLoader.defaults()).run(request.withTimeliness(
                new TimelinessInputs(Instant.parse("2026-03-02T09:30:00Z"), GitHistory.NONE, debug::add, first)), NoticeCache.none(), 1);
        first.save();
        // the stamp is unchanged, so the dates come from the file the first run saved
        NoticeTimesCache second = NoticeTimesCache.load(timesFile, "k", debug::add);
        var times = second.get("incidents/2026-03-02-checkout.md", io.github.incidentnotice.cache.FileStamp.of(
                Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class)));
        assertEquals(Instant.parse("2026-03-02T10:00:00Z"), times.promises().get(0).due());
        CheckResult later = new CheckEngine(ChecklistLoader.defaults()).run(request.withTimeliness(
                new TimelinessInputs(Instant.parse("2026-03-02T10:30:00Z"), GitHistory.NONE, debug::add, second)), NoticeCache.none(), 1);
        assertEquals(List.of("stale-update"), later.notices().get(0).findings().stream().map(Finding::rule)
                .filter(TIMELINESS::contains).toList());
        assertEquals(List.of(), debug.stream().filter(l -> l.startsWith("Ignoring")).toList());
    }
}
