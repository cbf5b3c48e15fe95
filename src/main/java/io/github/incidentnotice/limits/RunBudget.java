package io.github.incidentnotice.limits;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * A whole run's budget of processor time spent checking notices, summed over every checking thread and measured
 * on the clock {@link Deadline} uses; it also keeps how much of it each phrase was seen spending. Handed to
 * {@link Deadline#within(Duration, RunBudget, java.util.function.Supplier)}, it caps each notice's own budget.
 */
// Summed processor time, not wall time: -T 1 and -T 4 spend the same processor time on the same notices, so a
// run stops at the same point (give or take the notices in flight) however many threads or cores it has.
public final class RunBudget {

    private final Duration limit;
    private final long limitNanos;
    private final LongSupplier clock;
    // several threads add to it at every look of their guards; they rarely read it whole
    private final LongAdder used = new LongAdder();
    private final Map<String, LongAdder> byPhrase = new ConcurrentHashMap<>();

    /** A budget of {@code limit} on the thread's own processor time (see {@link Deadline#now()}). */
    public RunBudget(Duration limit) {
        this(limit, Deadline::now);
    }

    /**
     * A budget read on another clock, in nanoseconds, read on the checking thread; only differences between two
     * readings on one thread count. Tests give one that ticks a fixed step per reading, so what a run spends
     * depends on what it does, not on how loaded the machine is.
     */
    public RunBudget(Duration limit, LongSupplier clock) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a run's time limit must be longer than zero: " + limit);
        }
        this.limit = limit;
        this.limitNanos = saturatedNanos(limit);
        this.clock = clock;
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The limit the run was given. */
    public Duration limit() {
        return limit;
    }

    /** A reading of this budget's clock on the calling thread. */
    public long now() {
        return clock.getAsLong();
    }

    /** The clock itself, for a per-notice budget measured on the same one. */
    LongSupplier clock() {
        return clock;
    }

    /** Whether the run has spent its whole budget. */
    public boolean spent() {
        return used.sum() >= limitNanos;
    }

    /** What is left, in nanoseconds; zero or less once spent. */
    public long leftNanos() {
        return limitNanos - used.sum();
    }

    /** What the run has spent so far, summed over its threads. */
    public Duration used() {
        return Duration.ofNanos(used.sum());
    }

    /**
     * Counts {@code nanos} against the run, and against {@code phrase} when one was seen running through that
     * time (null: none, or not known).
     */
    public void charge(long nanos, String phrase) {
        if (nanos <= 0) {
            return;
        }
        used.add(nanos);
        if (phrase != null) {
            byPhrase.computeIfAbsent(phrase, p -> new LongAdder()).add(nanos);
        }
    }

    /** The phrase seen spending the most of the run's time, with that time; empty when no phrase was seen. */
    public Optional<PhraseTime> costliest() {
        PhraseTime best = null;
        for (Map.Entry<String, LongAdder> e : byPhrase.entrySet()) {
            long nanos = e.getValue().sum();
            // ties go to the phrase first in text order, so the message is the same from run to run
            if (best == null || nanos > best.time().toNanos()
                    || nanos == best.time().toNanos() && e.getKey().compareTo(best.phrase()) < 0) {
                best = new PhraseTime(e.getKey(), Duration.ofNanos(nanos));
            }
        }
        return Optional.ofNullable(best);
    }

    /** A phrase (its checklist text) and the time it was seen spending. */
    public record PhraseTime(String phrase, Duration time) {
    }
}
