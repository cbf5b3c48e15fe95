package io.github.incidentnotice.match;

import java.util.List;
import java.util.Objects;
import io.github.incidentnotice.limits.Deadline;

/**
 * A prose pattern from a checklist: one or more case-insensitive regular expressions that must all
 * match within one sentence. The first expression locates the finding; the others are conditions.
 * {@code parts} are the expressions as written in the checklist (before vocabulary names are
 * expanded), so the effective checklist can be written back as it was read. Each expression is a
 * {@link LinearPattern} (RE2/J: linear time) with a {@link LiteralPrefilter} that rules out most sentences
 * before it runs.
 */
public final class Phrase {

    private final String source;
    private final List<String> parts;
    private final List<LinearPattern> patterns;
    private final List<LiteralPrefilter> prefilters;
    /**
     * The index ids of every prefilter's literal sets, in one array: a sentence meets every phrase of every
     * list, and testing its bits here is far cheaper (interpreted, and for the JIT) than walking the
     * prefilter objects. {@code maxId} tells whether a scan may predate one of them.
     */
    private final int[] ids;
    private final int maxId;

    public Phrase(String source, List<String> parts, List<LinearPattern> patterns, List<LiteralPrefilter> prefilters) {
        this.source = source;
        this.parts = List.copyOf(parts);
        this.patterns = List.copyOf(patterns);
        this.prefilters = List.copyOf(prefilters);
        if (this.patterns.isEmpty()) {
            throw new IllegalArgumentException("a phrase needs at least one pattern");
        }
        if (this.parts.size() != this.patterns.size()) {
            throw new IllegalArgumentException("a phrase needs one written part per pattern");
        }
        if (this.prefilters.size() != this.patterns.size()) {
            throw new IllegalArgumentException("one prefilter per pattern");
        }
        int n = 0;
        for (LiteralPrefilter p : this.prefilters) {
            n += p.ids().length;
        }
        this.ids = new int[n];
        int max = -1;
        n = 0;
        for (LiteralPrefilter p : this.prefilters) {
            for (int id : p.ids()) {
                ids[n++] = id;
                max = Math.max(max, id);
            }
        }
        this.maxId = max;
    }

    /** A phrase whose prefilters are derived from its patterns. */
    public Phrase(String source, List<String> parts, List<LinearPattern> patterns) {
        this(source, parts, patterns, patterns.stream().map(LiteralPrefilter::of).toList());
    }

    /** A phrase of one expression, written as {@code source}. */
    public Phrase(String source, LinearPattern pattern) {
        this(source, List.of(source), List.of(pattern));
    }

    /** Finds this phrase in one sentence: the match of the first pattern when all patterns match, else null. */
    public Match find(CharSequence text) {
        return first(List.of(this), text, LiteralPrefilter.Folded.of(text));
    }

    /** The checklist text of the phrase (its parts joined with " + "). */
    public String source() {
        return source;
    }

    /** The expressions as written in the checklist, before vocabulary names are expanded. */
    public List<String> parts() {
        return parts;
    }

    /** The compiled expressions, the first of which locates the finding. */
    public List<LinearPattern> patterns() {
        return patterns;
    }

    /** One prefilter per expression. */
    public List<LiteralPrefilter> prefilters() {
        return prefilters;
    }

    /** Whether every pattern's prefilter lets the sentence through (else no pattern need run). */
    private boolean mayMatch(LiteralPrefilter.Folded folded) {
        LiteralIndex.Hits hits = folded.hits;
        if (maxId < hits.count()) {
            for (int id : ids) {
                if (!hits.has(id)) {
                    return false;
                }
            }
            return true;
        }
        // a prefilter made after the sentence was scanned
        for (int i = 0; i < prefilters.size(); i++) {
            if (!prefilters.get(i).mayMatch(folded)) {
                return false;
            }
        }
        return true;
    }

    /** Runs the patterns on a sentence that passed the prefilters. */
    private Match run(CharSequence sentence) {
        long first = patterns.get(0).find(sentence);
        if (first < 0) {
            return null;
        }
        for (int i = 1; i < patterns.size(); i++) {
            if (!patterns.get(i).matches(sentence)) {
                return null;
            }
        }
        return new Match((int) (first >>> 32), (int) first);
    }

    // a pattern has identity equality; two phrases are the same when they read and compile the same
    // (prefilters are derived from the patterns, and every pattern has the same flags).
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Phrase other) || !source.equals(other.source) || !parts.equals(other.parts)
                || patterns.size() != other.patterns.size()) {
            return false;
        }
        for (int i = 0; i < patterns.size(); i++) {
            if (!patterns.get(i).pattern().equals(other.patterns.get(i).pattern())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, parts, patterns.stream().map(LinearPattern::pattern).toList());
    }

    @Override
    public String toString() {
        return "Phrase[source=" + source + ", parts=" + parts + ", patterns=" + patterns + "]";
    }

    /** The match of the first phrase in the list that matches the text, or null. */
    public static Match first(List<Phrase> phrases, CharSequence text) {
        return phrases.isEmpty() ? null : first(phrases, text, LiteralPrefilter.Folded.of(text));
    }

    /**
     * The same, for a text whose folded form the caller keeps: a notice's sentences meet many phrase lists,
     * and folding and scanning a sentence costs more than ruling out all of a list's phrases.
     */
    public static Match first(List<Phrase> phrases, CharSequence text, LiteralPrefilter.Folded folded) {
        CharSequence guarded = null;
        for (int i = 0; i < phrases.size(); i++) {
            Phrase phrase = phrases.get(i);
            if (!phrase.mayMatch(folded)) {
                continue;
            }
            if (guarded == null) {
                // a guarded view: even a linear-time match over a huge sentence stops when the notice's budget is spent
                guarded = Deadline.guard(text);
            }
            Match m;
            // the guard counts the run's time it sees this phrase spend against it
            Deadline.matching(guarded, phrase.source());
            try {
                m = phrase.run(guarded);
            } catch (Deadline.Exceeded e) {
                // the notice's timeout names the phrase that was running when its budget ran out
                throw e.during(phrase.source());
            }
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

    /** Whether any phrase in the list matches a text whose folded form the caller keeps. */
    public static boolean any(List<Phrase> phrases, CharSequence text, LiteralPrefilter.Folded folded) {
        return first(phrases, text, folded) != null;
    }

    /** Where a phrase matched within a sentence (character offsets). */
    public record Match(int start, int end) {
    }
}
