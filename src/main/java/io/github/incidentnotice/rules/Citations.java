package io.github.incidentnotice.rules;

import io.github.incidentnotice.model.Citation;
import io.github.incidentnotice.parse.HiddenCharacters;
import io.github.incidentnotice.parse.Section;
import io.github.incidentnotice.parse.Sentence;
import io.github.incidentnotice.parse.TextBlock;

/** Makes the {@link Citation} of a place in a notice: where it stands and the notice's own words from there. */
final class Citations {

    private Citations() {
    }

    /** The sentence from character {@code start} on. */
    static Citation of(Sentence sentence, int start) {
        int line = sentence.lineAt(start);
        // a wrapped sentence is cut where its first line ends, so that the excerpt is found at its line
        int end = start;
        while (end < sentence.text().length() && sentence.lineAt(end) == line) {
            end++;
        }
        return new Citation(line, sentence.columnAt(start), excerpt(sentence.text().substring(0, end), start));
    }

    /** A section's heading. */
    static Citation of(Section section) {
        return new Citation(section.line(), section.column(), excerpt(section.heading().text(), 0));
    }

    /**
     * The text from {@code start} to the sentence's end, cut where its source line ends (so that the excerpt is
     * found at its line in the file) or at {@link Citation#MAX_EXCERPT} characters, with control characters
     * escaped: an excerpt goes to consoles and reports as it is.
     */
    static String excerpt(String text, int start) {
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, start); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == TextBlock.SOFT_BREAK || c == '\n') {
                break;
            }
            if (sb.length() >= Citation.MAX_EXCERPT - 1) {
                return sb.toString().stripTrailing() + "\u2026";
            }
            if (HiddenCharacters.isHidden(c)) {
                sb.append(HiddenCharacters.escaped(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString().strip();
    }
}
