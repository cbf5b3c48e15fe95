package io.github.incidentnotice.parse;

import java.util.Arrays;

/**
 * The lines of a text ({@code \n}, {@code \r\n} and {@code \r} all end one; a final line break opens no
 * empty line), found only as far as they are asked for: reading the front matter needs the first few
 * lines of a notice, not an index of all of them.
 */
final class Lines {

    private final String text;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private int count;
    /** Where the scan for the next line starts; past the text once every line is known. */
    private int next;

    Lines(String text) {
        this.text = text;
    }

    /** The number of lines of {@code text}, without indexing them. */
    static int count(String text) {
        int n = text.length();
        if (n == 0) {
            return 0;
        }
        if (text.indexOf('\r') >= 0) {
            return new Lines(text).size();
        }
        // only \n ends lines: String.indexOf finds them much faster than a loop over the characters
        int lines = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        return text.charAt(n - 1) == '\n' ? lines : lines + 1;
    }

    /** Whether the text has a line {@code index} (0-based). */
    boolean has(int index) {
        while (count <= index && next < text.length()) {
            scanOne();
        }
        return index < count;
    }

    /** The number of lines. */
    int size() {
        has(Integer.MAX_VALUE - 1);
        return count;
    }

    /** The offset of the first character of line {@code index}, which must exist. */
    int start(int index) {
        check(index);
        return starts[index];
    }

    /** The text of line {@code index} without its line break. */
    String text(int index) {
        check(index);
        return text.substring(starts[index], ends[index]);
    }

    private void check(int index) {
        if (!has(index)) {
            throw new IndexOutOfBoundsException("line " + index + " of " + count);
        }
    }

    private void scanOne() {
        int n = text.length();
        int start = next;
        int i = start;
        while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        add(start, i);
        if (i < n && text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
            i++;
        }
        next = i + 1;
    }

    private void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }
}
