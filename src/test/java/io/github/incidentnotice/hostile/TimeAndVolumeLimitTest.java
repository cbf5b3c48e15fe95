package io.github.incidentnotice.hostile;

import static io.github.incidentnotice.hostile.Fixtures.only;
import static io.github.incidentnotice.hostile.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import io.github.incidentnotice.checklist.ChecklistException;
import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.limits.Deadline;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.parse.NoticeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The time budget per notice stops runaway matching, and a notice lists at most 100 findings. */
class TimeAndVolumeLimitTest {

    private static final String FM = "---\ntitle: Checkout errors\nstatus: resolved\n---\n";

    @TempDir
    Path dir;

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Issue 20 row 4: (.*a){40} took 60 s on 6 notices; on RE2/J it cannot backtrack. */
    @Test
    void aPatternThatWouldBacktrackRunsInLinearTime() throws ChecklistException {
        var checklist = ChecklistLoader.loadText("extends: default\ndefects:\n  non-apology:\n    phrases: [\"(.*a){40}!x\"]\n",
                ".incident-checklist.yml");
        CheckEngine engine = new CheckEngine(checklist, Set.of(), Duration.ofSeconds(10));
        long start = System.nanoTime();
        for (int i = 0; i < 6; i++) {
            // "!x" at the start passes the phrase's literal prefilter, so the regex really runs
            NoticeResult r = engine.check("redos-" + i + ".md", FM + "!x " + "a".repeat(60 + i) + "!\n");
            assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("read-error")), () -> r.findings().toString());
        }
        assertTrue(millisSince(start) < 3_000, "linear, not minutes of backtracking: " + millisSince(start));
    }

    @Test
    void theTimeoutNamesThePhraseThatSpentTheBudget() throws ChecklistException {
        // linear, but 20,000 states over a 200,000-character sentence is still far more than 300 ms
        var checklist = ChecklistLoader.loadText("extends: default\ndefects:\n  non-apology:\n    phrases: [\"x(?:.{0,1000}y){20}\"]\n",
                ".incident-checklist.yml");
        CheckEngine engine = new CheckEngine(checklist, Set.of(), Duration.ofMillis(300));
        long start = System.nanoTime();
        NoticeResult r = engine.check("slow.md", FM + "y" + "x".repeat(200_000) + "\n");
        assertTrue(millisSince(start) < 5_000, "stopped near the budget: " + millisSince(start));
        only(r, "read-error", "error", 1, 1, "checking this notice took longer than 300 ms (the limit per notice) and"
                + " was stopped while matching the phrase 'x(?:.{0,1000}y){20}'; shorten it, or check the team"
                + " checklist for a pattern that costs that much");
        assertEquals(1, r.findings().size());
        NoticeResult next = engine.check("next.md", Fixtures.GOOD);
        assertEquals(0, next.findings().size(), "the next notice gets a budget of its own");
    }

    @Test
    void anExplanationKeepsTheBudgetToo() throws Exception {
        var checklist = ChecklistLoader.loadText("elements:\n  thanks:\n    phrases: [\"x(?:.{0,1000}y){20}\"]\n",
                ".incident-checklist.yml");
        CheckEngine engine = new CheckEngine(checklist, Set.of(), Duration.ofMillis(300));
        Path file = Files.createTempFile("redos", ".md");
        try {
            Files.writeString(file, FM + "y" + "x".repeat(200_000) + "\n");
            long start = System.nanoTime();
            assertTrue(engine.explain(new NoticeReader(StandardCharsets.UTF_8), file, "redos.md").isEmpty());
            assertTrue(millisSince(start) < 5_000, "stopped near the budget: " + millisSince(start));
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void unclosedTemplateBracesAreStoppedByTheBudget() throws IOException {
        // "{{" with no "}}" makes template blanking quadratic: 100,000 characters would take minutes
        Path file = write(dir, "braces.md", FM + ("{{".repeat(5_000) + "\n").repeat(10));
        CheckEngine engine = new CheckEngine(ChecklistLoader.defaults(), Set.of(), Duration.ofMillis(500));
        long start = System.nanoTime();
        NoticeResult r = engine.check(new NoticeReader(StandardCharsets.UTF_8), file, "braces.md");
        assertTrue(millisSince(start) < 5_000, "stopped near the budget: " + millisSince(start));
        assertEquals("read-error", r.findings().get(0).rule());
        assertTrue(r.findings().get(0).message().startsWith("checking this notice took longer than 500 ms"));
    }

    @Test
    void largestAllowedNoticeOfPlainProseFitsTheDefaultBudget() throws IOException {
        String sentence = "We are sorry that the checkout API failed for customers in the EU region today. ";
        StringBuilder text = new StringBuilder(FM);
        while (text.length() + sentence.length() * 10 + 1 < NoticeReader.MAX_BYTES) {
            text.append(sentence.repeat(10)).append("\n\n");
        }
        Path file = write(dir, "largest.md", text.toString());
        long start = System.nanoTime();
        NoticeResult r = new CheckEngine(ChecklistLoader.defaults()).check(new NoticeReader(StandardCharsets.UTF_8), file,
                "largest.md");
        long millis = millisSince(start);
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("read-error")), () -> r.findings().toString());
        assertTrue(millis < CheckEngine.TIME_PER_NOTICE.toMillis(), "took " + millis + " ms");
    }

    @Test
    void aNoticeListsAtMostOneHundredFindings() {
        NoticeResult r = new CheckEngine(ChecklistLoader.defaults()).check("many.md",
                FM + "We apologize for any inconvenience.\n\n".repeat(300));
        assertEquals(100, r.findings().size());
        Finding last = r.findings().get(99);
        assertEquals("too-many-findings error 187:4 209 more findings from this line on are not listed (at most 100 per"
                + " notice); fix the ones above and check again",
                last.rule() + " " + last.level().id() + " " + last.line() + ":" + last.column() + " " + last.message());
    }

    @Test
    void budgetIsPerThreadAndNestedCallsKeepIt() {
        CharSequence text = "plain";
        assertSame(text, Deadline.guard(text), "no budget: the text itself, at no cost");
        assertThrows(Deadline.Exceeded.class, () -> Deadline.within(Duration.ofMillis(1), () -> {
            long end = System.nanoTime() + 50_000_000L;
            while (System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            return Deadline.within(Duration.ofHours(1), () -> {
                Deadline.check();
                return "the inner budget does not extend the outer one";
            });
        }));
        assertSame(text, Deadline.guard(text), "the budget ends with its work");
    }

    /**
     * Issue 20 row 2: the budget counts the thread's own processor time, so a notice that waits for a core (four
     * modules at -T 4 on two cores, a loaded CI runner) gets the verdict it gets alone. Sleeping stands in for
     * waiting: the wall clock runs, the thread's processor time does not.
     */
    @Test
    void theBudgetCountsProcessorTimeNotTimeSpentWaitingForACore() {
        assumeTrue(ManagementFactory.getThreadMXBean().isCurrentThreadCpuTimeSupported(), "the JVM measures thread CPU time");
        String done = Deadline.within(Duration.ofMillis(200), () -> {
            try {
                Thread.sleep(600);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Deadline.check();
            CharSequence guarded = Deadline.guard("x".repeat(20_000));
            for (int i = 0; i < guarded.length(); i++) {
                guarded.charAt(i);
            }
            return "within budget";
        });
        assertEquals("within budget", done);
    }
}
