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

    /** Slots of the per-thread cache of folded sentences (a notice has a few dozen sentences). */
    private static final int SLOTS = 256;

    /**
     * Sentences folded on this thread, direct-mapped by identity (original at 2i, folded form at
     * 2i+1): the rules try each of a notice's sentences against every phrase, so each is folded once.
     */
    private static final ThreadLocal<Object[]> FOLDED = ThreadLocal.withInitial(() -> new Object[2 * SLOTS]);

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
        LiteralPrefilter.Folded folded = folded(sentence);
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

    private static LiteralPrefilter.Folded folded(CharSequence sentence) {
        if (!(sentence instanceof String s)) {
            return LiteralPrefilter.Folded.of(sentence);
        }
        Object[] cache = FOLDED.get();
        int slot = 2 * (System.identityHashCode(s) & (SLOTS - 1));
        if (cache[slot] == s) {
            return (LiteralPrefilter.Folded) cache[slot + 1];
        }
        LiteralPrefilter.Folded folded = LiteralPrefilter.Folded.of(s);
        cache[slot] = s;
        cache[slot + 1] = folded;
        return folded;
    }

    /** Drops this thread's folded sentences, so no notice's text outlives its check. */
    public static void forgetFoldedSentences() {
        java.util.Arrays.fill(FOLDED.get(), null);
    }

    /** Where a phrase matched within a sentence (character offsets). */
    public record Match(int start, int end) {
    }
}
