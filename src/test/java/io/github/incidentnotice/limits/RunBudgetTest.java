package io.github.incidentnotice.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;

/** The run's budget, read on a clock that ticks one microsecond per reading: what is spent depends on the code alone. */
class RunBudgetTest {

    private static final long TICK = 1_000;

    private final AtomicLong readings = new AtomicLong();
    private final LongSupplier clock = () -> readings.incrementAndGet() * TICK;

    @Test
    void aNoticesBudgetIsCappedByWhatIsLeftOfTheRuns() {
        RunBudget run = new RunBudget(Duration.ofNanos(10 * TICK), clock);
        run.charge(7 * TICK, null);
        int[] looks = new int[1];
        // ten seconds of its own, but three ticks are left of the run: the third look is one too many
        assertThrows(Deadline.Exceeded.class, () -> Deadline.within(Duration.ofSeconds(10), run, () -> {
            while (true) {
                Deadline.check();
                looks[0]++;
            }
        }));
        assertEquals(2, looks[0]);
        // seven before, three looks, and the reading when the budget ended
        assertEquals(Duration.ofNanos(11 * TICK), run.used());
        assertTrue(run.spent());
    }

    @Test
    void aSpentRunGivesTheNextNoticeNoTimeAtAll() {
        RunBudget run = new RunBudget(Duration.ofNanos(TICK), clock);
        run.charge(TICK, null);
        boolean[] ran = new boolean[1];
        assertThrows(Deadline.Exceeded.class, () -> Deadline.within(Duration.ofSeconds(10), run, () -> ran[0] = true));
        assertFalse(ran[0]);
    }

    @Test
    void theGuardCountsAgainstAPhraseOnlyTheTimeItSawThatPhraseSpend() {
        RunBudget run = new RunBudget(Duration.ofSeconds(1), clock);
        String read = Deadline.within(Duration.ofSeconds(10), run, () -> {
            CharSequence text = Deadline.guard("x".repeat(3 * 4096));
            Deadline.matching(text, "x+y");
            for (int i = 0; i < text.length(); i++) {
                text.charAt(i);
            }
            return "read";
        });
        assertEquals("read", read);
        // looks at 4096 (what ran before the phrase: nobody's), 8192 and 12288 (the phrase's), and the end
        assertEquals(Optional.of(new RunBudget.PhraseTime("x+y", Duration.ofNanos(2 * TICK))), run.costliest());
        // start, the guard's own look, three looks, the end: five ticks apart
        assertEquals(Duration.ofNanos(5 * TICK), run.used());
    }

    @Test
    void theCostliestPhraseIsTheOneSeenSpendingMost() {
        RunBudget run = new RunBudget(Duration.ofSeconds(1), clock);
        assertEquals(Optional.empty(), run.costliest());
        run.charge(5, "a");
        run.charge(3, "b");
        run.charge(3, "b");
        run.charge(100, null);
        assertEquals(Optional.of(new RunBudget.PhraseTime("b", Duration.ofNanos(6))), run.costliest());
        assertEquals(Duration.ofNanos(111), run.used());
    }

    @Test
    void withoutARunNothingIsCounted() {
        CharSequence plain = "plain";
        assertEquals("done", Deadline.within(Duration.ofSeconds(10), null, () -> {
            Deadline.matching(plain, "ignored: not a guarded text");
            return "done";
        }));
        assertThrows(IllegalArgumentException.class, () -> new RunBudget(Duration.ZERO));
    }
}
