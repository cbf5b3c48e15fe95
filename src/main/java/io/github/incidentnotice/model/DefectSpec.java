package io.github.incidentnotice.model;

import java.util.List;

import io.github.incidentnotice.match.Phrase;

/**
 * A defect: wording a careful reader objects to, such as a hedged apology. Each match is a finding
 * at the line where it stands; {@code onlyWhenAbsent} names elements whose presence excuses it
 * (a vendor named as the cause is not blame-shifting when the notice owns the problem), and with
 * {@code excusedOnlyByNumbers} only when some sentence stating it gives a number (an impact "some users could not
 * sign in" is still vague; "3,000 users, 14:05 to 14:50" is not);
 * {@code alwaysPhrases} are a defect wherever they stand, whatever {@code onlyWhenAbsent} says; its
 * {@code examples} are sentences that raise it and that do not (run as tests).
 */
public record DefectSpec(String id, String description, Level level, String message, List<Phrase> phrases,
                         List<Phrase> alwaysPhrases, List<Phrase> unless, List<String> onlyWhenAbsent,
                         boolean excusedOnlyByNumbers, Origins origins, List<Example> examples) {

    public DefectSpec {
        phrases = List.copyOf(phrases);
        alwaysPhrases = List.copyOf(alwaysPhrases);
        unless = List.copyOf(unless);
        onlyWhenAbsent = List.copyOf(onlyWhenAbsent);
        examples = List.copyOf(examples);
    }

    /** The same defect without origins or examples (for comparing what two checklists enforce). */
    public DefectSpec withoutOrigins() {
        return new DefectSpec(id, description, level, message, phrases, alwaysPhrases, unless, onlyWhenAbsent,
                excusedOnlyByNumbers, Origins.NONE, List.of());
    }
}
