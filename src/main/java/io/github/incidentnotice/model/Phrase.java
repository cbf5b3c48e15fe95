package io.github.incidentnotice.model;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prose pattern from a checklist: one or more case-insensitive regular expressions that must all
 * match within one sentence. The first expression locates the finding; the others are conditions.
 * Each expression has a {@link LiteralPrefilter} that rules out most sentences before it runs.
 */
public record Phrase(String source, List<Pattern> patterns, List<LiteralPrefilter> prefilters) {

    /** The last sentence folded on this thread: rules try every phrase on one sentence in a row. */
    private static final ThreadLocal<String[]> LAST_FOLDED = ThreadLocal.withInitial(() -> new String[2]);

    public Phrase {
        patterns = List.copyOf(patterns);
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("a phrase needs at least one pattern");
        }
        prefilters = List.copyOf(prefilters);
        if (prefilters.size() != patterns.size()) {
            throw new IllegalArgumentException("one prefilter per pattern");
        }
    }

    public Phrase(String source, List<Pattern> patterns) {
        this(source, patterns, patterns.stream().map(LiteralPrefilter::of).toList());
    }

    /** Finds this phrase in one sentence: the match of the first pattern when all patterns match, else null. */
    public Match find(CharSequence sentence) {
        String folded = folded(sentence);
        for (LiteralPrefilter prefilter : prefilters) {
            if (!prefilter.mayMatch(folded)) {
                return null;
            }
        }
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

    private static String folded(CharSequence sentence) {
        if (!(sentence instanceof String s)) {
            return LiteralPrefilter.fold(sentence);
        }
        String[] last = LAST_FOLDED.get();
        if (last[0] != s) {
            last[1] = LiteralPrefilter.fold(s);
            last[0] = s;
        }
        return last[1];
    }

    /** Where a phrase matched within a sentence (character offsets). */
    public record Match(int start, int end) {
    }
}
