package io.github.incidentnotice.parse;

import java.util.BitSet;

/**
 * A growable text that keeps the file line and column of every character (as {@link Positions} runs) and
 * whether it is bold: the body parser fills one per notice and reuses it for every block, so a paragraph
 * costs a bulk copy of its text and a few runs rather than one boxed call per character.
 */
final class PositionedText {

    private final StringBuilder text = new StringBuilder(256);
    private final Positions.Builder positions = new Positions.Builder();
    private final BitSet bold = new BitSet();

    int length() {
        return text.length();
    }

    char charAt(int index) {
        return text.charAt(index);
    }

    boolean bold(int index) {
        return bold.get(index);
    }

    /** Appends one character at a position. */
    void append(char c, int line, int column, boolean isBold) {
        int at = text.length();
        text.append(c);
        positions.add(at, line, column, column);
        if (isBold) {
            bold.set(at);
        }
    }

    /**
     * Appends {@code s[from, to)}, every character on {@code line}; character {@code i} of {@code s} stands at
     * {@code column + min(i, lastStep)} (a literal longer than its source stays on the source's last column).
     */
    void appendRun(String s, int from, int to, int line, int column, int lastStep, boolean isBold) {
        if (to <= from) {
            return;
        }
        int at = text.length();
        text.append(s, from, to);
        positions.add(at, line, column + from, column + lastStep);
        if (isBold) {
            bold.set(at, at + (to - from));
        }
    }

    /** A block of {@code content} (this text) with its positions, copied out so that this buffer can be reused. */
    TextBlock toBlock(TextBlock.Type type, int level, boolean quoted, boolean isBold, String content, boolean listItem) {
        return new TextBlock(type, level, quoted, isBold, content, positions.build(text.length()), listItem);
    }

    String text() {
        return text.toString();
    }

    void clear() {
        text.setLength(0);
        positions.clear();
        bold.clear();
    }
}
