package io.github.incidentnotice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import io.github.incidentnotice.bench.NoticeGenerator;
import io.github.incidentnotice.cache.FileStamp;
import io.github.incidentnotice.checklist.ChecklistException;
import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.limits.RunBudget;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.NoticeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20 row 4: the whole run has a time budget. The runs here read it on a clock that ticks one millisecond per
 * reading, on one thread, so where a run stops depends on what the engine does, not on how busy the machine is.
 */
class RunTimeLimitTest {

    private static final String FM = "---\ntitle: Checkout errors\nstatus: resolved\n---\n";
    /** Linear on RE2/J, but it reads the whole of a long sentence that has a q and a z. */
    private static final String SLOW = "q(?:.{0,1000}z){20}";

    @TempDir
    Path project;

    private final AtomicLong readings = new AtomicLong();
    private final LongSupplier ticking = () -> readings.incrementAndGet() * 1_000_000L;

    private CheckEngine engine() throws ChecklistException {
        Checklist checklist = ChecklistLoader.loadText("extends: default\ndefects:\n  non-apology:\n    phrases: [\""
                + SLOW + "\"]\n", ".incident-checklist.yml");
        return new CheckEngine(checklist, Set.of()).withClock(ticking);
    }

    /** Five notices, each one sentence of 19,000 characters that the slow phrase reads through. */
    private Path slowNotices() throws IOException {
        Path incidents = Files.createDirectories(project.resolve("incidents"));
        for (int i = 0; i < 5; i++) {
            Files.writeString(incidents.resolve("slow-" + i + ".md"), FM + "z" + "q".repeat(19_000) + "\n");
        }
        return incidents;
    }

    @Test
    void aTinyRunBudgetStopsTheRunAndNamesThePhrase() throws Exception {
        CheckRequest request = CheckRequest.of(project, slowNotices()).withTimeLimit(Duration.ofMillis(40));
        TimeLimitSpent stop = assertThrows(TimeLimitSpent.class, () -> engine().run(request, NoticeCache.none(), 1));
        assertEquals("Checking stopped: the run's time limit of 40 ms was spent after 2 of 5 notices; most of it went"
                + " to the phrase '" + SLOW + "' (24 ms). Raise incident-notice.timeLimit, or check the team checklist"
                + " for that phrase.", stop.message("incident-notice.timeLimit"));
        assertEquals(2, stop.done());
        assertEquals(5, stop.notices());
    }

    @Test
    void whenNoPhraseWasSeenTheMessageSaysSo() throws Exception {
        Path incidents = project.resolve("incidents");
        new NoticeGenerator(7).write(incidents, 3);
        CheckRequest request = CheckRequest.of(project, incidents).withTimeLimit(Duration.ofMillis(1));
        TimeLimitSpent stop = assertThrows(TimeLimitSpent.class, () -> engine().run(request, NoticeCache.none(), 1));
        assertEquals("Checking stopped: the run's time limit of 1 ms was spent after 0 of 3 notices; no phrase of the"
                + " checklist was seen taking it. Raise the time limit.", stop.getMessage());
    }

    @Test
    void theLimitIsNotSpentOnNoticesServedFromTheCacheAndTheRunEndsNormallyWithinIt() throws Exception {
        Path incidents = slowNotices();
        CheckResult all = engine().run(CheckRequest.of(project, incidents), NoticeCache.none(), 1);
        assertEquals(5, all.notices().size());
        // the same run, with time to spare, gives the same results
        CheckResult within = engine().run(CheckRequest.of(project, incidents).withTimeLimit(Duration.ofHours(1)),
                NoticeCache.none(), 1);
        assertEquals(all.notices(), within.notices());
    }

    @Test
    void aStoppedRunPutsNothingInTheCache() throws Exception {
        Recording cache = new Recording();
        CheckRequest request = CheckRequest.of(project, slowNotices()).withTimeLimit(Duration.ofMillis(40));
        assertThrows(TimeLimitSpent.class, () -> engine().run(request, cache, 1));
        // two notices were checked to their end before the stop, and still nothing is kept
        assertEquals(List.of(), cache.puts);
        assertFalse(cache.saved);

        CheckResult whole = engine().run(CheckRequest.of(project, project.resolve("incidents")), cache, 1);
        assertEquals(5, cache.puts.size(), "a run that ends keeps its results");
        assertEquals(5, whole.notices().size());
    }

    @Test
    void aStoppedRunLeavesNoCacheFileAndTheNextRunGivesTheRealFindings() throws Exception {
        Path incidents = slowNotices();
        Path cacheFile = project.resolve("target/findings-cache.bin");
        CheckRequest stopped = CheckRequest.of(project, incidents).withTimeLimit(Duration.ofMillis(40));
        assertThrows(TimeLimitSpent.class, () -> engine().runWithCacheFile(stopped, cacheFile, () -> "key", m -> { }, 1,
                CheckEngine.CacheUse.READ_AND_SAVE));
        assertFalse(Files.exists(cacheFile));

        CheckEngine.CachedRun next = engine().runWithCacheFile(CheckRequest.of(project, incidents), cacheFile,
                () -> "key", m -> { }, 1, CheckEngine.CacheUse.READ_AND_SAVE);
        assertEquals(0, next.result().fromCache());
        assertEquals(engine().run(CheckRequest.of(project, incidents), NoticeCache.none(), 1).notices(),
                next.result().notices());
        assertTrue(next.result().notices().stream().allMatch(n -> n.findings().stream()
                .noneMatch(f -> f.rule().equals(CheckEngine.READ_ERROR))), "real findings, no timeout");
    }

    /** On the real clock and several threads: a millisecond for 64 generated notices is spent, whatever the machine. */
    @Test
    void onTheThreadsClockSeveralThreadsStopToo() throws Exception {
        Path incidents = project.resolve("incidents");
        new NoticeGenerator(5).write(incidents, 64);
        CheckRequest request = CheckRequest.of(project, incidents).withTimeLimit(Duration.ofMillis(1));
        TimeLimitSpent stop = assertThrows(TimeLimitSpent.class,
                () -> new CheckEngine(ChecklistLoader.defaults()).run(request, NoticeCache.none(), 2));
        assertEquals(64, stop.notices());
        assertTrue(stop.done() < 64, () -> stop.done() + " done");
        assertTrue(stop.used().compareTo(Duration.ofMillis(1)) >= 0, () -> stop.used() + " used");
    }

    @Test
    void timesAreShownAsPeopleReadThem() {
        assertEquals("under 1 ms", TimeLimitSpent.shown(Duration.ofNanos(999_999)));
        assertEquals("1 ms", TimeLimitSpent.shown(Duration.ofMillis(1)));
        assertEquals("2.5 s", TimeLimitSpent.shown(Duration.ofMillis(2_460)));
        assertEquals("3 s", TimeLimitSpent.shown(Duration.ofMillis(3_000)));
        assertEquals("90 s", TimeLimitSpent.shown(Duration.ofSeconds(90)));
        assertEquals("10 min", TimeLimitSpent.shown(Duration.ofMinutes(10)));
    }

    @Test
    void aPhraseSeenTakingLessThanHalfIsNotSaidToHaveTakenMost() {
        String phrase = "p".repeat(100);
        TimeLimitSpent stop = new TimeLimitSpent(Duration.ofSeconds(90), 412, 1000, Duration.ofSeconds(91),
                new RunBudget.PhraseTime(phrase, Duration.ofSeconds(37)));
        assertEquals("Checking stopped: the run's time limit of 90 s was spent after 412 of 1000 notices; the phrase"
                + " seen taking the most of it was '" + "p".repeat(77) + "...' (37 s). Raise X, or check the team"
                + " checklist for that phrase.", stop.message("X"));
    }

    /** A cache that records what the engine puts in it. */
    private static final class Recording implements NoticeCache {
        final List<String> puts = new ArrayList<>();
        boolean saved;

        @Override
        public int loadedSize() {
            return 0;
        }

        @Override
        public NoticeResult getUnchanged(String name, FileStamp stamp) {
            return null;
        }

        @Override
        public NoticeResult get(String name, byte[] hash, FileStamp stamp) {
            return null;
        }

        @Override
        public synchronized void put(String name, byte[] hash, FileStamp stamp, NoticeResult result) {
            puts.add(name);
        }

        @Override
        public Checklist checklistOutline() {
            return null;
        }

        @Override
        public void rememberChecklist(Checklist checklist) {
        }

        @Override
        public void save() {
            saved = true;
        }
    }
}
