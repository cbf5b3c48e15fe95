package io.github.incidentnotice.parse;

import java.util.List;

/**
 * A heading (Markdown, or a bold line or lead-in used as one) and the sentences under it, up to the
 * next heading of the same or a higher level; sentences of subsections count as its content.
 * {@code opaqueContent} is true when code or images stand under it (content without prose).
 */
public record Section(TextBlock heading, String normalizedHeading, List<Sentence> content, boolean opaqueContent) {

    public Section {
        content = List.copyOf(content);
    }

    public int line() {
        return heading.lineAt(0);
    }

    public int column() {
        return heading.columnAt(0);
    }
}
