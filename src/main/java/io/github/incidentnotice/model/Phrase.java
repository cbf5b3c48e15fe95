package io.github.incidentnotice.model;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.incidentnotice.limits.Deadline;

/**
 * A prose pattern from a checklist: one or more case-insensitive regular expressions that must all
 * match within one sentence. The first expression locates the finding; the others are conditions.
 */
public record Phrase(String source, List<Pattern> patterns) {

    public Phrase {
        patterns = List.copyOf(patterns);
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("a phrase needs at least one pattern");
        }
    }

    /** Finds this phrase in one sentence: the match of the first pattern when all patterns match, else null. */
    public Match find(CharSequence text) {
        // a guarded view: a pattern that backtracks without end stops when the notice's time budget is spent
        CharSequence sentence = Deadline.guard(text);
        Matcher first = patterns.get(0).matcher(sentence);
        if (!first.find()) {
            return null;
        }
        for (int i = 1; i < patterns.size(); i++) {
            if (!patterns.get(i).matcher(sentence).find()) {
                return null;
            }
        }
        return new Match(first.start(), first.end());
    }

    /** Where a phrase matched within a sentence (character offsets). */
    public record Match(int start, int end) {
    }
}
