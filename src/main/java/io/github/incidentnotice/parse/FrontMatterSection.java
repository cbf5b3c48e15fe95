package io.github.incidentnotice.parse;

/**
 * Prose kept in the front matter, read as a section of the notice: a field such as {@code impact:}
 * (headed by its key) or one entry of an {@code updates:} list (headed by its date), with its text at the
 * place in the file where it stands.
 *
 * @param key     the front-matter key the text stands under ({@code updates} for an update)
 * @param heading the section title, at the key (or the update's date)
 * @param text    the value as a paragraph, every character at its own line and column
 * @param update  the index of the update among the list's non-empty ones; 0 for a field
 */
public record FrontMatterSection(String key, TextBlock heading, TextBlock text, int update) {

    /** Level given to the headings: a section of its own, like a Markdown {@code ##} heading. */
    static final int HEADING_LEVEL = 2;

    /**
     * A section titled {@code title} standing at {@code line}:{@code column} over {@code width} characters,
     * with {@code value} as its text at {@code positions} (one per character of the value).
     */
    static FrontMatterSection of(String key, String title, int line, int column, int width, String value,
            Positions positions, int update) {
        Positions titlePositions = title.isEmpty() ? Positions.NONE : new Positions(title.length(), new int[] {0},
                new int[] {line}, new int[] {column}, new int[] {column + Math.max(0, width - 1)});
        TextBlock heading = new TextBlock(TextBlock.Type.HEADING, HEADING_LEVEL, false, false, title, titlePositions,
                false);
        return new FrontMatterSection(key, heading, paragraph(value, positions), update);
    }

    /**
     * The value as the body's text reads: a line break may end a sentence, a blank line ends one, a no-break
     * space is a space, and invisible characters (BOM, zero-width space) are dropped, as in the body.
     */
    private static TextBlock paragraph(String value, Positions positions) {
        PositionedText text = new PositionedText();
        int n = value.length();
        while (n > 0 && Spaces.isSpace(value.charAt(n - 1))) {
            n--;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            int line = positions.line(i);
            int column = positions.column(i);
            switch (c) {
                case '\uFEFF', '\u200B' -> {
                }
                case '\u00A0', TextBlock.SOFT_BREAK, '\t' -> text.append(' ', line, column, false);
                case '\u2028' -> text.append(TextBlock.SOFT_BREAK, line, column, false);
                case '\r' -> {
                }
                case '\n' -> {
                    int k = i + 1;
                    while (k < n && (value.charAt(k) == '\n' || value.charAt(k) == '\r')) {
                        k++;
                    }
                    text.append(k > i + 1 ? '\n' : TextBlock.SOFT_BREAK, line, column, false);
                    i = k - 1;
                }
                default -> text.append(c, line, column, false);
            }
        }
        String s = text.text();
        return text.toBlock(TextBlock.Type.PARAGRAPH, 0, false, false, s, false);
    }
}
