package io.github.incidentnotice.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.incidentnotice.limits.Deadline;

/**
 * A prose pattern from a checklist: one or more case-insensitive regular expressions that must all
 * match within one sentence. The first expression locates the finding; the others are conditions.
 * {@code parts} are the expressions as written in the checklist (before vocabulary names are
 * expanded), so the effective checklist can be written back as it was read. Each expression has a
 * {@link LiteralPrefilter} that rules out most sentences before it runs.
 */
public record Phrase(String source, List<String> parts, List<Pattern> patterns, List<LiteralPrefilter> prefilters) {

    /** Slots of the per-thread cache of folded sentences (a notice has a few dozen sentences). */
    private static final int SLOTS = 1024;

    /**
     * Sentences folded on this thread, direct-mapped by identity (original at 2i, folded form at
     * 2i+1): the rules try each of a notice's sentences against every phrase, so each is folded once.
     */
    private static final ThreadLocal<Object[]> FOLDED = ThreadLocal.withInitial(() -> new Object[2 * SLOTS]);

    public Phrase {
        parts = List.copyOf(parts);
        patterns = List.copyOf(patterns);
        prefilters = List.copyOf(prefilters);
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("a phrase needs at least one pattern");
        }
        if (parts.size() != patterns.size()) {
            throw new IllegalArgumentException("a phrase needs one written part per pattern");
        }
        if (prefilters.size() != patterns.size()) {
            throw new IllegalArgumentException("one prefilter per pattern");
        }
    }

    /** A phrase whose prefilters are derived from its patterns. */
    public Phrase(String source, List<String> parts, List<Pattern> patterns) {
        this(source, parts, patterns, patterns.stream().map(LiteralPrefilter::of).toList());
    }

    /** A phrase of one expression, written as {@code source}. */
    public Phrase(String source, Pattern pattern) {
        this(source, List.of(source), List.of(pattern));
    }

    /** Finds this phrase in one sentence: the match of the first pattern when all patterns match, else null. */
    public Match find(CharSequence text) {
        return find(text, folded(text));
    }

    private Match find(CharSequence text, LiteralPrefilter.Folded folded) {
        for (int i = 0; i < prefilters.size(); i++) {
            if (!prefilters.get(i).mayMatch(folded)) {
                return null;
            }
        }
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

    // Pattern has identity equality; two phrases are the same when they read and compile the same
    // (prefilters are derived from the patterns).
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Phrase other) || !source.equals(other.source) || !parts.equals(other.parts)
                || patterns.size() != other.patterns.size()) {
            return false;
        }
        for (int i = 0; i < patterns.size(); i++) {
            Pattern a = patterns.get(i);
            Pattern b = other.patterns.get(i);
            if (!a.pattern().equals(b.pattern()) || a.flags() != b.flags()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, parts, patterns.stream().map(Pattern::pattern).toList());
    }

    /** The match of the first phrase in the list that matches the text, or null. */
    public static Match first(List<Phrase> phrases, CharSequence text) {
        if (phrases.isEmpty()) {
            return null;
        }
        // the sentence's folded form is looked up once for the whole list, not once per phrase
        LiteralPrefilter.Folded folded = folded(text);
        for (int i = 0; i < phrases.size(); i++) {
            Match m = phrases.get(i).find(text, folded);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** Whether any phrase in the list matches the text. */
    public static boolean any(List<Phrase> phrases, CharSequence text) {
        return first(phrases, text) != null;
    }

    /** Where a phrase matched within a sentence (character offsets). */
    public record Match(int start, int end) {
    }
}
