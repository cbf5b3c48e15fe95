package io.github.incidentnotice.limits;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A wall-clock budget for checking one notice, kept per thread. Regular expressions cannot be
 * interrupted, so text handed to them is wrapped by {@link #guard(CharSequence)}: once the budget is
 * spent, reading the next characters throws {@link Exceeded}, which stops even a pattern that
 * backtracks without end (a team checklist may hold one).
 */
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
        ENDS_AT.set(new long[] {System.nanoTime() + budget.toNanos()});
        try {
            return work.get();
        } finally {
            ENDS_AT.remove();
        }
    }

    /** Throws {@link Exceeded} when the budget of this thread is spent; without a budget it does nothing. */
    public static void check() {
        long[] end = ENDS_AT.get();
        if (end != null && System.nanoTime() - end[0] > 0) {
            throw new Exceeded();
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
            if ((++reads & (CLOCK_EVERY - 1)) == 0 && System.nanoTime() - endsAt > 0) {
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
