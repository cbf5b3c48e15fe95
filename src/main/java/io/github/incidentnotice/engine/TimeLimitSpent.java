package io.github.incidentnotice.engine;

import java.time.Duration;
import java.util.Optional;

import io.github.incidentnotice.limits.RunBudget;

/**
 * A run stopped because its time limit ({@link CheckRequest#timeLimit()}) was spent: the notices not yet checked
 * were not, and no result of the run was kept in the findings cache. It is a broken configuration or checklist, not
 * a finding, so the run gives no result at all rather than a partial one.
 */
public final class TimeLimitSpent extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Longer phrases are cut, so that the message stays one readable line. */
    private static final int PHRASE_CHARS = 80;

    private final Duration limit;
    private final int done;
    private final int notices;
    private final Duration used;
    private final transient RunBudget.PhraseTime costliest;

    /**
     * @param done the notices that had a result when the run stopped (checked to their end, or served by the cache)
     * @param used what the run spent, summed over its threads (a little over the limit: notices in flight)
     * @param costliest the phrase seen spending the most of the time, or null when none was seen
     */
    public TimeLimitSpent(Duration limit, int done, int notices, Duration used, RunBudget.PhraseTime costliest) {
        super(null, null, false, false);
        this.limit = limit;
        this.done = done;
        this.notices = notices;
        this.used = used;
        this.costliest = costliest;
    }

    /** The time limit that was spent. */
    public Duration limit() {
        return limit;
    }

    /** The notices that had a result when the run stopped. */
    public int done() {
        return done;
    }

    /** All the notices of the run. */
    public int notices() {
        return notices;
    }

    /** What the run spent, summed over its threads. */
    public Duration used() {
        return used;
    }

    /** The phrase seen spending the most of the time, if one was seen. */
    public Optional<RunBudget.PhraseTime> costliest() {
        return Optional.ofNullable(costliest);
    }

    @Override
    public String getMessage() {
        return message("the time limit");
    }

    /** The one line that says what happened, telling the user to raise {@code setting} (how they set the limit). */
    public String message(String setting) {
        StringBuilder m = new StringBuilder("Checking stopped: the run's time limit of ").append(shown(limit))
                .append(" was spent after ").append(done).append(" of ").append(notices)
                .append(notices == 1 ? " notice; " : " notices; ");
        if (costliest == null) {
            // time spread over ordinary checking, or one long stretch outside any phrase (reading a notice)
            m.append("no phrase of the checklist was seen taking it. Raise ").append(setting).append('.');
            return m.toString();
        }
        String phrase = costliest.phrase();
        String cut = phrase.length() <= PHRASE_CHARS ? phrase : phrase.substring(0, PHRASE_CHARS - 3) + "...";
        // "most" only when it is: a phrase seen spending a little of a run of many ordinary notices is named as such
        boolean most = costliest.time().multipliedBy(2).compareTo(used) >= 0;
        m.append(most ? "most of it went to the phrase '" : "the phrase seen taking the most of it was '").append(cut).append("' (").append(shown(costliest.time()))
                .append("). Raise ").append(setting).append(", or check the team checklist for that phrase.");
        return m.toString();
    }

    /** A time as people read it: {@code 1 ms}, {@code 2.5 s}, {@code 90 s}, {@code 10 min}. */
    static String shown(Duration d) {
        long millis = d.toMillis();
        if (millis < 1) {
            return "under 1 ms";
        }
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 10_000) {
            long tenths = Math.round(millis / 100.0);
            return (tenths % 10 == 0 ? String.valueOf(tenths / 10) : tenths / 10 + "." + tenths % 10) + " s";
        }
        if (millis % 60_000 == 0) {
            return millis / 60_000 + " min";
        }
        return Math.round(millis / 1000.0) + " s";
    }
}
