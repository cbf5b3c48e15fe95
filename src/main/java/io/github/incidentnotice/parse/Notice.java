package io.github.incidentnotice.parse;

import java.util.List;

/**
 * A notice as read from its file: front matter, title, the readable text as sentences, and the
 * sections that headings (or bold lines) open. It holds no reference to the raw file text.
 *
 * @param file      the path as reported (relative to the project)
 * @param lastLine  the number of lines in the file, so positions can be checked
 * @param updates   how many updates the body has (thematic breaks separate them)
 */
public record Notice(String file, FrontMatter frontMatter, String title, List<Sentence> sentences,
                     List<Section> sections, int lastLine, int updates) {

    public Notice {
        sentences = List.copyOf(sentences);
        sections = List.copyOf(sections);
    }

    /** The line on which the body starts: missing elements are reported there. */
    public int bodyLine() {
        return Math.min(frontMatter.bodyLine(), Math.max(1, lastLine));
    }
}
