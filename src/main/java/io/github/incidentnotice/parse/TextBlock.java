package io.github.incidentnotice.parse;

/**
 * A run of the notice's readable text (a heading, a paragraph, a list item, or text out of an HTML
 * block), with the file line and column of every character so that any match maps back to the file.
 * A {@code '\n'} in the text is a hard break; {@link #SOFT_BREAK} marks a source line break that may or
 * may not end a sentence.
 */
public final class TextBlock {

    /**
     * Marks a line break inside a paragraph; {@link SentenceSplitter} decides whether a sentence ends there.
     * The unit separator: like the line separator U+2028 it is white space to Java and not to {@code \s}, but
     * it is a Latin-1 character, so a paragraph's text stays a compact one-byte-per-character string (one
     * U+2028 made every multi-line paragraph a UTF-16 string, and every later copy and scan twice as costly).
     * The parser reads a U+2028 in a notice as this break, and a U+001F in a notice as a space.
     */
    public static final char SOFT_BREAK = '\u001F';

    /** What kind of block this is: OPAQUE is content with no prose (code, an image), BREAK a thematic break. */
    public enum Type { HEADING, PARAGRAPH, BREAK, OPAQUE }

    private final Type type;
    private final int headingLevel;
    private final boolean quoted;
    private final boolean bold;
    private final String text;
    private final Positions positions;
    private final boolean listItem;

    /**
     * A block with the line and column of each character of {@code text}; it may stand in a list item
     * ({@code listItem}): follow-up actions are usually listed.
     */
    TextBlock(Type type, int headingLevel, boolean quoted, boolean bold, String text, Positions positions,
              boolean listItem) {
        this.listItem = listItem;
        this.type = type;
        this.headingLevel = headingLevel;
        this.quoted = quoted;
        this.bold = bold;
        this.text = text;
        this.positions = positions;
    }

    public Type type() {
        return type;
    }

    /** 1 to 6 for Markdown headings, 7 for a bold line used as a heading, 0 otherwise. */
    public int headingLevel() {
        return headingLevel;
    }

    /** True when the block stands in a blockquote: quoted words, not the notice's own. */
    public boolean quoted() {
        return quoted;
    }

    /** True when every visible character is bold (a bold line used as a section title). */
    public boolean bold() {
        return bold;
    }

    public String text() {
        return text;
    }

    /** The file line of the character at {@code offset} (clamped to the text), 1 for an empty block. */
    public int lineAt(int offset) {
        return positions.line(offset);
    }

    /** The file column of the character at {@code offset} (clamped to the text), 1 for an empty block. */
    public int columnAt(int offset) {
        return positions.column(offset);
    }

    /** True when the block is the text of a Markdown list item. */
    public boolean listItem() {
        return listItem;
    }

    /** A part of this block as a block of its own (used to split a bold lead-in from its paragraph). */
    public TextBlock slice(Type newType, int newLevel, boolean newBold, int start, int end) {
        return new TextBlock(newType, newLevel, quoted, newBold, text.substring(start, end), positions.slice(start, end),
                listItem);
    }

    public boolean isHeading() {
        return type == Type.HEADING;
    }

    @Override
    public String toString() {
        return type + (headingLevel > 0 ? "(" + headingLevel + ")" : "") + ":" + text;
    }
}
