package io.github.incidentnotice.limits;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A budget of the checking thread's own processor time for one notice, kept per thread (wall time where the
 * JVM cannot measure a thread's processor time), optionally within a whole run's {@link RunBudget}. Regular
 * expressions cannot be interrupted, so text handed to them is wrapped by {@link #guard(CharSequence)}: once the
 * budget is spent, reading the next characters throws {@link Exceeded}, which stops even a pattern that
 * backtracks without end (a team checklist may hold one).
 */
// Processor time, not wall time: under -T 4 on two cores, or on a loaded CI runner, a notice gets a fraction of
// the wall clock, and a wall-clock budget gave a timeout there where -T 1 gave the notice's real findings.
// What the budget stops, runaway matching, spends processor time; waiting for a core does not.
// The run's time is counted where the clock is read anyway (every few thousand characters a guard reads), plus one
// reading when a budget ends: a run adds no clock readings on the way.
public final class Deadline {

    /** How often (in characters read) the guarded text looks at the clock: rare enough to cost nothing. */
    private static final int CLOCK_EVERY = 1 << 12;

    private static final LongSupplier THREAD_CLOCK = Deadline::now;

    private static final ThreadLocal<Budget> BUDGET = new ThreadLocal<>();

    private Deadline() {
    }

    /**
     * Runs {@code work} with a budget; a budget already running on this thread (a nested call) is
     * kept, not extended.
     *
     * @throws Exceeded when the budget is spent before the work ends
     */
    public static <T> T within(Duration budget, Supplier<T> work) {
        return within(budget, null, work);
    }

    /**
     * The same as part of a run: the budget is at most what is left of {@code run} (null: no run), the time the
     * work takes is counted against the run, as it goes and when it ends, and the work stops when the run's
     * budget is spent on any thread. The budgets are read on the run's clock.
     *
     * @throws Exceeded when the budget, or the run's, is spent before the work ends
     */
    public static <T> T within(Duration budget, RunBudget run, Supplier<T> work) {
        if (BUDGET.get() != null) {
            return work.get();
        }
        LongSupplier clock = run == null ? THREAD_CLOCK : run.clock();
        long start = clock.getAsLong();
        long nanos = budget.toNanos();
        if (run != null) {
            nanos = Math.min(nanos, Math.max(0, run.leftNanos()));
        }
        Budget b = new Budget(start + nanos, run, clock, start);
        BUDGET.set(b);
        try {
            if (run != null && nanos == 0) {
                throw new Exceeded();
            }
            return work.get();
        } finally {
            BUDGET.remove();
            if (run != null) {
                // what ran since the last look: reading, rules, the model; no phrase was seen taking it
                run.charge(clock.getAsLong() - b.lastLook, null);
            }
        }
    }

    /** Throws {@link Exceeded} when the budget of this thread (or its run's) is spent; without a budget it does nothing. */
    public static void check() {
        Budget b = BUDGET.get();
        if (b != null) {
            b.look(null);
        }
    }

    /**
     * The clock budgets are measured on, in nanoseconds: the processor time this thread has used, or the wall
     * clock where the JVM cannot tell. Only differences between two readings on one thread mean anything.
     */
    public static long now() {
        ThreadMXBean threads = Clock.THREADS;
        return threads != null ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Loaded at the first budget, not when the class is: a run served wholly from the cache never starts JMX. */
    private static final class Clock {
        static final ThreadMXBean THREADS = cpuClock();

        private static ThreadMXBean cpuClock() {
            try {
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                if (!threads.isCurrentThreadCpuTimeSupported()) {
                    return null;
                }
                if (!threads.isThreadCpuTimeEnabled()) {
                    threads.setThreadCpuTimeEnabled(true);
                }
                // a JVM may say it supports the clock and still answer -1
                return threads.getCurrentThreadCpuTime() >= 0 ? threads : null;
            } catch (RuntimeException | LinkageError e) {
                return null;
            }
        }
    }

    /** The text itself when no budget runs on this thread, else a view that stops once the budget is spent. */
    public static CharSequence guard(CharSequence text) {
        Budget b = BUDGET.get();
        if (b == null) {
            return text;
        }
        b.look(null);
        return new Guarded(text, b);
    }

    /**
     * Tells a text {@link #guard guarded} here that {@code phrase} (its checklist text) is matching it now, so that
     * the time the guard sees it spend is counted against the phrase (see {@link RunBudget#costliest()}); any
     * other text is left alone.
     */
    public static void matching(CharSequence guarded, String phrase) {
        if (guarded instanceof Guarded g) {
            g.phrase = phrase;
        }
    }

    /** One thread's budget: where it ends on its clock, its run, and when the clock was last read for the run. */
    private static final class Budget {
        final long endsAt;
        final RunBudget run;
        final LongSupplier clock;
        long lastLook;

        Budget(long endsAt, RunBudget run, LongSupplier clock, long start) {
            this.endsAt = endsAt;
            this.run = run;
            this.clock = clock;
            this.lastLook = start;
        }

        /** Reads the clock, counts the time since the last reading against the run (and {@code phrase}), and stops when spent. */
        void look(String phrase) {
            long t = clock.getAsLong();
            if (run != null) {
                run.charge(t - lastLook, phrase);
                lastLook = t;
                if (run.spent()) {
                    throw new Exceeded();
                }
            }
            if (t - endsAt > 0) {
                throw new Exceeded();
            }
        }
    }

    /** The budget for one notice, or its run's, was spent. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String during;

        Exceeded() {
            this(null);
        }

        private Exceeded(String during) {
            super("time budget spent", null, false, false);
            this.during = during;
        }

        /** The same, saying what ran when the budget was spent (a phrase), unless an inner call said it already. */
        public Exceeded during(String what) {
            return during != null ? this : new Exceeded(what);
        }

        /** What ran when the budget was spent, or null when nobody said. */
        public String during() {
            return during;
        }
    }

    private static final class Guarded implements CharSequence {
        private final CharSequence text;
        private final Budget budget;
        private int reads;
        /** The phrase matching the text now, if one said (see {@link Deadline#matching}). */
        String phrase;
        /** The phrase that was matching at the last look. */
        private String lookedAt;

        Guarded(CharSequence text, Budget budget) {
            this.text = text;
            this.budget = budget;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & (CLOCK_EVERY - 1)) == 0) {
                look();
            }
            return text.charAt(index);
        }

        // the time since the last look goes to the phrase only when that phrase was matching then too: the first
        // look in a phrase's match also covers whatever ran before it (parsing, other phrases), which is not its
        private void look() {
            String now = phrase;
            String seen = lookedAt;
            lookedAt = now;
            budget.look(now != null && now.equals(seen) ? now : null);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            Guarded part = new Guarded(text.subSequence(start, end), budget);
            part.phrase = phrase;
            return part;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
