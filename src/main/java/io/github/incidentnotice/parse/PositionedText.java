package io.github.incidentnotice.parse;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A growable text that keeps the file line and column of every character and whether it is bold, in
 * plain arrays: the body parser fills one per notice and reuses it for every block, so a paragraph costs
 * a bulk copy rather than one boxed call per character.
 */
final class PositionedText {

    private final StringBuilder text = new StringBuilder(256);
    private int[] lines = new int[256];
    private int[] columns = new int[256];
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
        ensureCapacity(at + 1);
        text.append(c);
        lines[at] = line;
        columns[at] = column;
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
        int at = text.length() - from;
        ensureCapacity(at + to);
        text.append(s, from, to);
        Arrays.fill(lines, at + from, at + to, line);
        int exactEnd = Math.max(from, Math.min(to, lastStep + 1));
        for (int i = from; i < exactEnd; i++) {
            columns[at + i] = column + i;
        }
        Arrays.fill(columns, at + exactEnd, at + to, column + lastStep);
        if (isBold) {
            bold.set(at + from, at + to);
        }
    }

    /** The positions as a block of {@code content} (this text), copied out so that this buffer can be reused. */
    TextBlock toBlock(TextBlock.Type type, int level, boolean quoted, boolean isBold, String content) {
        int n = text.length();
        return new TextBlock(type, level, quoted, isBold, content, Arrays.copyOf(lines, n), Arrays.copyOf(columns, n));
    }

    String text() {
        return text.toString();
    }

    void clear() {
        text.setLength(0);
        bold.clear();
    }

    private void ensureCapacity(int needed) {
        if (needed > lines.length) {
            int size = Math.max(needed, lines.length * 2);
            lines = Arrays.copyOf(lines, size);
            columns = Arrays.copyOf(columns, size);
        }
    }
}
