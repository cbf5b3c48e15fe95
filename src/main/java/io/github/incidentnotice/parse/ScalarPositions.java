package io.github.incidentnotice.parse;

import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The file line and column of every character of a YAML scalar's value, found by walking the value and
 * its source text side by side from the node's start mark: YAML folds line breaks into spaces, drops
 * indentation and decodes quotes and escapes, so the value's characters are not a copy of the source's,
 * but each one can still be matched to the source character it came from. One instance reads the scalars
 * of one front matter, in document order.
 */
final class ScalarPositions {

    private final String source;
    private final int firstLine;
    /** SnakeYAML counts code points; with no surrogate pair in the source they are chars. Null until a scalar is asked for. */
    private Boolean onlyBmp;
    /** Where the last position was asked for, so scalars in document order cost one walk of the source. */
    private int cursor;
    private int cursorLine;
    private int cursorColumn = 1;

    /** Positions in {@code source}, the front matter text whose first line is line {@code firstLine} of the file. */
    ScalarPositions(String source, int firstLine) {
        this.source = source;
        this.firstLine = firstLine;
    }

    /** The file positions of each character of the scalar's value. */
    Positions of(ScalarNode node) {
        String value = node.getValue();
        int start = charOffset(node.getStartMark().getIndex());
        int end = Math.min(source.length(), Math.max(start, charOffset(node.getEndMark().getIndex())));
        ScalarStyle style = node.getScalarStyle();
        int j = start;
        if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
            // the header line ('|', '>-', '|2 # comment') holds no text
            while (j < end && source.charAt(j) != '\n' && source.charAt(j) != '\r') {
                j++;
            }
        } else if (style == ScalarStyle.SINGLE_QUOTED || style == ScalarStyle.DOUBLE_QUOTED) {
            j++;
        }
        boolean doubleQuoted = style == ScalarStyle.DOUBLE_QUOTED;
        boolean singleQuoted = style == ScalarStyle.SINGLE_QUOTED;
        Positions.Builder positions = new Positions.Builder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isBlank(c)) {
                // indentation and folded line breaks stand in the source before the character
                while (j < end && isBlank(source.charAt(j)) && !(doubleQuoted && source.charAt(j) == '\\')) {
                    j++;
                }
            }
            if (doubleQuoted && j < end && source.charAt(j) == '\\') {
                int escapeEnd = escapeEnd(j, end);
                if (escapeEnd < 0) {
                    // a backslash before a line break continues the line and stands for nothing
                    j = skipContinuation(j, end);
                    i--;
                    continue;
                }
                add(positions, i, Math.min(j, end - 1));
                j = escapeEnd;
                continue;
            }
            add(positions, i, Math.min(j, Math.max(start, end - 1)));
            if (singleQuoted && c == '\'' && j + 1 < end && source.charAt(j) == '\'' && source.charAt(j + 1) == '\'') {
                j += 2;
            } else if (j < end && (source.charAt(j) == c || !isBlank(c) || isBlank(source.charAt(j)))) {
                // the same character, a folded line break, or one the parser decoded differently: one for one
                j++;
            }
        }
        return positions.build(value.length());
    }

    private void add(Positions.Builder positions, int index, int sourceOffset) {
        moveTo(sourceOffset);
        positions.add(index, firstLine + cursorLine, cursorColumn, cursorColumn);
    }

    /** Moves the cursor to a source offset, counting lines ('\n', "\r\n", '\r') and columns (chars) as the body does. */
    private void moveTo(int offset) {
        if (offset < cursor) {
            cursor = 0;
            cursorLine = 0;
            cursorColumn = 1;
        }
        for (; cursor < offset; cursor++) {
            char c = source.charAt(cursor);
            if (c == '\n' || (c == '\r' && (cursor + 1 >= source.length() || source.charAt(cursor + 1) != '\n'))) {
                cursorLine++;
                cursorColumn = 1;
            } else if (c != '\r') {
                cursorColumn++;
            }
        }
    }

    /** The end of the escape sequence at {@code j}, or -1 when the backslash ends the line. */
    private int escapeEnd(int j, int end) {
        if (j + 1 >= end) {
            return end;
        }
        char e = source.charAt(j + 1);
        int length = switch (e) {
            case '\n', '\r' -> -1;
            case 'x' -> 4;
            case 'u' -> 6;
            case 'U' -> 10;
            default -> 2;
        };
        return length < 0 ? -1 : Math.min(end, j + length);
    }

    private int skipContinuation(int j, int end) {
        int k = j + 1;
        if (k < end && source.charAt(k) == '\r') {
            k++;
        }
        if (k < end && source.charAt(k) == '\n') {
            k++;
        }
        while (k < end && (source.charAt(k) == ' ' || source.charAt(k) == '\t')) {
            k++;
        }
        return k;
    }

    private int charOffset(int codePointIndex) {
        if (onlyBmp == null) {
            // most front matter holds no prose: its text is scanned only when a prose value is placed
            onlyBmp = source.codePoints().count() == source.length();
        }
        if (onlyBmp) {
            return Math.min(codePointIndex, source.length());
        }
        try {
            return source.offsetByCodePoints(0, codePointIndex);
        } catch (IndexOutOfBoundsException e) {
            return source.length();
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
