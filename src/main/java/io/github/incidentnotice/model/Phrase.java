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
 * expanded), so the effective checklist can be written back as it was read.
 */
public record Phrase(String source, List<String> parts, List<Pattern> patterns) {

    public Phrase {
        patterns = List.copyOf(patterns);
        parts = List.copyOf(parts);
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("a phrase needs at least one pattern");
        }
        if (parts.size() != patterns.size()) {
            throw new IllegalArgumentException("a phrase needs one written part per pattern");
        }
    }

    /** A phrase of one expression, written as {@code source}. */
    public Phrase(String source, Pattern pattern) {
        this(source, List.of(source), List.of(pattern));
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

    // Pattern has identity equality; two phrases are the same when they read and compile the same.
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

    /** Where a phrase matched within a sentence (character offsets). */
    public record Match(int start, int end) {
    }
}
