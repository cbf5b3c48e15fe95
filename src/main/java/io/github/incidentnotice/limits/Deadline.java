package io.github.incidentnotice.limits;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A budget of the checking thread's own processor time for one notice, kept per thread (wall time where the
 * JVM cannot measure a thread's processor time). Regular expressions cannot be interrupted, so text handed to
 * them is wrapped by {@link #guard(CharSequence)}: once the budget is spent, reading the next characters
 * throws {@link Exceeded}, which stops even a pattern that backtracks without end (a team checklist may hold one).
 */
// Processor time, not wall time: under -T 4 on two cores, or on a loaded CI runner, a notice gets a fraction of
// the wall clock, and a wall-clock budget gave a timeout there where -T 1 gave the notice's real findings.
// What the budget stops, runaway matching, spends processor time; waiting for a core does not.
public final class Deadline {

    /** How often (in characters read) the guarded text looks at the clock: rare enough to cost nothing. */
    private static final int CLOCK_EVERY = 1 << 12;

    private static final ThreadLocal<long[]> ENDS_AT = new ThreadLocal<>();

    private Deadline() {
    }

    /**
     * Runs {@code work} with a budget; a budget already running on this thread (a nested call) is
     * kept, not extended.
     *
     * @throws Exceeded when the budget is spent before the work ends
     */
    public static <T> T within(Duration budget, Supplier<T> work) {
        if (ENDS_AT.get() != null) {
            return work.get();
        }
        ENDS_AT.set(new long[] {now() + budget.toNanos()});
        try {
            return work.get();
        } finally {
            ENDS_AT.remove();
        }
    }

    /** Throws {@link Exceeded} when the budget of this thread is spent; without a budget it does nothing. */
    public static void check() {
        long[] end = ENDS_AT.get();
        if (end != null && now() - end[0] > 0) {
            throw new Exceeded();
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
        long[] end = ENDS_AT.get();
        if (end == null) {
            return text;
        }
        check();
        return new Guarded(text, end[0]);
    }

    /** The budget for one notice was spent. */
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
        private final long endsAt;
        private int reads;

        Guarded(CharSequence text, long endsAt) {
            this.text = text;
            this.endsAt = endsAt;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & (CLOCK_EVERY - 1)) == 0 && now() - endsAt > 0) {
                throw new Exceeded();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Guarded(text.subSequence(start, end), endsAt);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
