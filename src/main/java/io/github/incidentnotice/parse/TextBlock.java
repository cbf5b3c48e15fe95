package io.github.incidentnotice.parse;

/**
 * A run of the notice's readable text (a heading, a paragraph, a list item, or text out of an HTML
 * block), with the file line and column of every character so that any match maps back to the file.
 * A {@code '\n'} in the text is a hard break; {@link #SOFT_BREAK} marks a source line break that may or
 * may not end a sentence.
 */
public final class TextBlock {

    /** Marks a line break inside a paragraph; {@link SentenceSplitter} decides whether a sentence ends there. */
    public static final char SOFT_BREAK = '\u2028';

    /** What kind of block this is: OPAQUE is content with no prose (code, an image), BREAK a thematic break. */
    public enum Type { HEADING, PARAGRAPH, BREAK, OPAQUE }

    private final Type type;
    private final int headingLevel;
    private final boolean quoted;
    private final boolean bold;
    private final String text;
    private final int[] lines;
    private final int[] columns;
    private final boolean listItem;

    public TextBlock(Type type, int headingLevel, boolean quoted, boolean bold, String text, int[] lines, int[] columns) {
        this(type, headingLevel, quoted, bold, text, lines, columns, false);
    }

    /** A block that may stand in a list item ({@code listItem}): follow-up actions are usually listed. */
    public TextBlock(Type type, int headingLevel, boolean quoted, boolean bold, String text, int[] lines, int[] columns,
                     boolean listItem) {
        this.listItem = listItem;
        this.type = type;
        this.headingLevel = headingLevel;
        this.quoted = quoted;
        this.bold = bold;
        this.text = text;
        this.lines = lines;
        this.columns = columns;
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

    public int lineAt(int offset) {
        if (lines.length == 0) {
            return 1;
        }
        return lines[Math.max(0, Math.min(offset, lines.length - 1))];
    }

    public int columnAt(int offset) {
        if (columns.length == 0) {
            return 1;
        }
        return columns[Math.max(0, Math.min(offset, columns.length - 1))];
    }

    /** True when the block is the text of a Markdown list item. */
    public boolean listItem() {
        return listItem;
    }

    /** This block, marked as standing in a list item or not. */
    public TextBlock inListItem(boolean inList) {
        return inList == listItem ? this : new TextBlock(type, headingLevel, quoted, bold, text, lines, columns, inList);
    }

    /** A part of this block as a block of its own (used to split a bold lead-in from its paragraph). */
    public TextBlock slice(Type newType, int newLevel, boolean newBold, int start, int end) {
        int[] l = java.util.Arrays.copyOfRange(lines, start, end);
        int[] c = java.util.Arrays.copyOfRange(columns, start, end);
        return new TextBlock(newType, newLevel, quoted, newBold, text.substring(start, end), l, c, listItem);
    }

    public boolean isHeading() {
        return type == Type.HEADING;
    }

    @Override
    public String toString() {
        return type + (headingLevel > 0 ? "(" + headingLevel + ")" : "") + ":" + text;
    }
}
