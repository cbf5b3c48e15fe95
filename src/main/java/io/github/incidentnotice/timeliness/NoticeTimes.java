package io.github.incidentnotice.timeliness;

import java.time.Instant;
import java.util.List;

/**
 * What a notice says about its own times: when the incident started, its dated updates, the next updates it
 * promised, and whether it says when the problem ended. It is read from the notice's bytes alone.
 *
 * @param start          when the incident started ({@code date}), or null when the notice gives none
 * @param startHasTime   false when the start is a day without a time of day (too coarse to time an admission)
 * @param startLine      line of the start's key (findings about the start stand there)
 * @param stageLine      line of the key that makes the notice ongoing or resolved ({@code status}, {@code resolved})
 * @param severity       the front matter's {@code severity}, lower case, or empty
 * @param updates        the dated update blocks, in file order
 * @param promises       the next updates promised, front matter first, then in the text in file order
 * @param statesEnd      the notice says when the problem ended (a {@code resolvedWhen} or end field, or a time in its text)
 * @param waived         the ids its front matter waives with a reason
 */
public record NoticeTimes(Instant start, boolean startHasTime, int startLine, int startColumn, int stageLine,
                          int stageColumn, String severity, List<Update> updates, List<Promise> promises,
                          boolean statesEnd, List<String> waived) {

    public NoticeTimes {
        updates = List.copyOf(updates);
        promises = List.copyOf(promises);
        waived = List.copyOf(waived);
    }

    /** A dated update block: a heading or bold line with a time, an MDX update component, a cState track. */
    public record Update(Instant time, int line, int column) {
    }

    /**
     * A promised next update: due at {@code due}, made in the update of {@code madeAt} (null when its update has
     * no time), standing at the line and column of the field or sentence.
     */
    public record Promise(Instant due, Instant madeAt, int line, int column, String excerpt, boolean frontMatter) {
    }

    /** The time of the latest dated update, or null when there is none. */
    public Instant lastUpdate() {
        Instant last = null;
        for (Update u : updates) {
            if (last == null || u.time().isAfter(last)) {
                last = u.time();
            }
        }
        return last;
    }
}
