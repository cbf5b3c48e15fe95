package io.github.incidentnotice.rules;

import java.util.Objects;

import io.github.incidentnotice.model.Citation;
import io.github.incidentnotice.parse.Section;
import io.github.incidentnotice.parse.Sentence;

/**
 * Why the engine decided an element is present: the line, column and text that showed it, and
 * whether it was a heading with content or a phrase in prose. The reports cite it and the corpus harness prints it.
 */
public final class Evidence {

    // Only the corpus harness reads where and what: a run asks only whether there is evidence, so the
    // position and excerpt are worked out when read. Made eagerly they were most of what the JIT compiled
    // into NoticeAnalysis.detect, some 0.15-0.25 s of C2 time on a cold run of 2,000 notices.
    private final Section section;
    private final Sentence sentence;
    private final int start;
    /** The model's probability for the sentence, or NaN when a heading or a phrase decided. */
    private final double score;

    private Evidence(Section section, Sentence sentence, int start, double score) {
        this.section = section;
        this.sentence = sentence;
        this.start = start;
        this.score = score;
    }

    /** A sentence the element's fitted model accepted, with its probability. */
    static Evidence scored(Sentence sentence, double score) {
        return new Evidence(null, sentence, 0, score);
    }

    /** The model's probability for the sentence, or NaN when a heading or a phrase decided. */
    public double score() {
        return score;
    }

    /** A heading with content under it. */
    static Evidence heading(Section section) {
        return new Evidence(section, null, 0, Double.NaN);
    }

    /** A phrase in prose, starting at {@code start} in the sentence. */
    static Evidence phrase(Sentence sentence, int start) {
        return new Evidence(null, sentence, start, Double.NaN);
    }

    public int line() {
        return section != null ? section.line() : sentence.lineAt(start);
    }

    public int column() {
        return section != null ? section.column() : sentence.columnAt(start);
    }

    /** The heading, or the whole sentence, cut for display. */
    public String text() {
        return section != null ? Prose.excerpt(section.heading().text(), 80) : Prose.excerpt(sentence.text(), 120);
    }

    /** Where the element is stated, with the notice's own words from there (what the reports show). */
    public Citation citation() {
        return section != null ? Citations.of(section) : Citations.of(sentence, start);
    }

    /** The sentence that showed the element, or null when a heading with content did. */
    public Sentence sentence() {
        return sentence;
    }

    /** Whether a heading with content, not a phrase, showed the element. */
    public boolean heading() {
        return section != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evidence e && line() == e.line() && column() == e.column() && heading() == e.heading()
                && text().equals(e.text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(line(), column(), text(), heading());
    }

    @Override
    public String toString() {
        return "Evidence[line=" + line() + ", column=" + column() + ", text=" + text() + ", heading=" + heading() + "]";
    }
}
