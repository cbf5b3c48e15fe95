package io.github.incidentnotice.model;

/**
 * A sentence or short notice written to show what a checklist element or defect is: one that counts, or one
 * that looks like it and does not. The checklist keeps its examples beside each definition and the build
 * runs them as tests, so a support lead reads the same cases the detector is held to.
 *
 * @param text      one sentence, or a short notice (several lines; with its own front matter when it starts
 *                  with {@code ---})
 * @param counts    whether the text shows the element (raises the defect)
 * @param kind      the kind of notice the text is read in, when it is not given its own front matter
 * @param stage     the stage the text is read in, likewise
 * @param knownMiss the detector is known to judge this example wrongly today; the test then checks that it
 *                  still does, so the flag is dropped the day the detector learns it
 * @param origin    where the example is written
 * @param now       for a timeliness example, the clock it is checked at; null for the others
 * @param published for a {@code late-admission} example, when the notice was first committed; null when unknown
 */
public record Example(String text, boolean counts, Kind kind, Stage stage, boolean knownMiss, Origin origin,
                      java.time.Instant now, java.time.Instant published) {

    /** An example that does not depend on the clock. */
    public Example(String text, boolean counts, Kind kind, Stage stage, boolean knownMiss, Origin origin) {
        this(text, counts, kind, stage, knownMiss, origin, null, null);
    }

    /** Whether the example is a notice of its own (front matter and body) rather than text to wrap in one. */
    public boolean isNotice() {
        return text.startsWith("---");
    }
}
