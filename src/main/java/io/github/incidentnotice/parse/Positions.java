package io.github.incidentnotice.parse;

import java.util.Arrays;

/**
 * The file line and column of every character of a block's text, kept as runs: within a run the line is
 * the same and the column grows by one per character up to a last column it never passes (a literal
 * longer than its source, such as a decoded entity, stays on the source's last column). A paragraph of
 * a few hundred characters is a handful of runs rather than two ints per character.
 */
final class Positions {

    static final Positions NONE = new Positions(0, new int[0], new int[0], new int[0], new int[0]);

    private final int length;
    /** The text offset where each run starts, ascending, the first 0. */
    private final int[] starts;
    private final int[] lines;
    private final int[] firstColumns;
    private final int[] lastColumns;

    Positions(int length, int[] starts, int[] lines, int[] firstColumns, int[] lastColumns) {
        this.length = length;
        this.starts = starts;
        this.lines = lines;
        this.firstColumns = firstColumns;
        this.lastColumns = lastColumns;
    }

    /** Every one of {@code length} characters at the same line and column (a front-matter value). */
    static Positions uniform(int length, int line, int column) {
        if (length == 0) {
            return NONE;
        }
        return new Positions(length, new int[] {0}, new int[] {line}, new int[] {column}, new int[] {column});
    }

    /** Positions given character by character. */
    static Positions of(int[] lines, int[] columns) {
        Builder b = new Builder();
        for (int i = 0; i < lines.length; i++) {
            b.add(i, lines[i], columns[i], columns[i]);
        }
        return b.build(lines.length);
    }

    int length() {
        return length;
    }

    /** The line of the character at {@code offset} (clamped to the text); 1 for an empty text. */
    int line(int offset) {
        if (length == 0) {
            return 1;
        }
        return lines[run(clamp(offset))];
    }

    /** The column of the character at {@code offset} (clamped to the text); 1 for an empty text. */
    int column(int offset) {
        if (length == 0) {
            return 1;
        }
        int o = clamp(offset);
        int r = run(o);
        return Math.min(firstColumns[r] + (o - starts[r]), lastColumns[r]);
    }

    /** The positions of the characters {@code [start, end)}. */
    Positions slice(int start, int end) {
        Builder b = new Builder();
        for (int k = start; k < end; ) {
            int r = run(k);
            int runEnd = r + 1 < starts.length ? Math.min(starts[r + 1], end) : end;
            b.add(k - start, lines[r], firstColumns[r] + (k - starts[r]), lastColumns[r]);
            k = runEnd;
        }
        return b.build(end - start);
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, length - 1));
    }

    /** The run the character at {@code offset} stands in. */
    private int run(int offset) {
        int r = Arrays.binarySearch(starts, offset);
        return r >= 0 ? r : -r - 2;
    }

    /** Collects runs as characters are appended; a run that continues the last one is merged into it. */
    static final class Builder {
        private int[] starts = new int[16];
        private int[] lines = new int[16];
        private int[] firstColumns = new int[16];
        private int[] lastColumns = new int[16];
        private int count;

        /**
         * Adds a run starting at text offset {@code start} (the end of the text so far): its first character at
         * {@code firstColumn}, each next one column further, none past {@code lastColumn}.
         */
        void add(int start, int line, int firstColumn, int lastColumn) {
            if (count > 0) {
                int p = count - 1;
                int lastReached = firstColumns[p] + (start - 1 - starts[p]);
                if (lines[p] == line) {
                    // the previous run ended exactly on its last column: the new one may go on from there
                    if (lastReached == lastColumns[p] && firstColumn == lastReached + 1 && lastColumn >= firstColumn) {
                        lastColumns[p] = lastColumn;
                        return;
                    }
                    // the previous run reached its last column and the new one stays on it
                    if (lastReached >= lastColumns[p] && lastColumn == lastColumns[p] && firstColumn >= lastColumn) {
                        return;
                    }
                }
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                lines = Arrays.copyOf(lines, count * 2);
                firstColumns = Arrays.copyOf(firstColumns, count * 2);
                lastColumns = Arrays.copyOf(lastColumns, count * 2);
            }
            starts[count] = start;
            lines[count] = line;
            firstColumns[count] = firstColumn;
            lastColumns[count] = lastColumn;
            count++;
        }

        void clear() {
            count = 0;
        }

        /** The positions of a text of {@code length} characters, copied out so that the builder can be reused. */
        Positions build(int length) {
            if (length == 0) {
                return NONE;
            }
            return new Positions(length, Arrays.copyOf(starts, count), Arrays.copyOf(lines, count),
                    Arrays.copyOf(firstColumns, count), Arrays.copyOf(lastColumns, count));
        }
    }
}
