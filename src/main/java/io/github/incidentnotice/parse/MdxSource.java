package io.github.incidentnotice.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.incidentnotice.limits.Deadline;

/**
 * Turns an MDX body into the Markdown a reader of the page sees, offset for offset: {@code import}/{@code export}
 * statements, {@code {expressions}} and component tags ({@code <Update ...>}, {@code </Update>}, {@code <Banner />},
 * fragments) become {@link BodyParser#BLANK}s, so a component's children stay text at their own line and column.
 * A component's {@code date} attribute is kept aside as the title of the update it opens. Lower-case tags are HTML
 * and are left to the HTML reading; fenced and inline code are left as they are.
 */
final class MdxSource {

    /** The {@code date} attribute of a component: the title of its block, at its line (0-based in the body) and column. */
    record Title(int lineIndex, int column, String text) {
    }

    /** The body with the MDX syntax blanked, and the titles its components' dates give, in body order. */
    record Blanked(String markdown, List<Title> titles) {
    }

    /** A tag longer than this is not one (generated text); it also bounds the work per {@code <}. */
    private static final int MAX_TAG = 2000;

    private static final Pattern ESM = Pattern.compile(
            "^(?:import\\s*(?:[\\w*{].*\\bfrom\\s*['\"]|['\"])|export\\s+(?:const|let|var|function|default|async|class|\\{|\\*)).*");
    private static final Pattern DATE_ATTRIBUTE = Pattern.compile(
            "(?<![\\w-])date\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|\\{\\s*[\"'`]([^\"'`]*)[\"'`]\\s*})");

    private final String body;
    private final char[] out;
    private final List<Title> titles = new ArrayList<>();
    /** Characters of inline code spans, which MDX does not read either. */
    private final BitSet code = new BitSet();

    private final Lines lines;

    private MdxSource(String body) {
        this.body = body;
        this.out = body.toCharArray();
        this.lines = new Lines(body);
    }

    /** The body as Markdown with the same length and line breaks, and the titles of its dated components. */
    static Blanked blank(String body) {
        MdxSource mdx = new MdxSource(body);
        mdx.run();
        return new Blanked(new String(mdx.out), List.copyOf(mdx.titles));
    }

    private void run() {
        char fence = 0;
        int fenceLength = 0;
        boolean esm = false;
        boolean afterBlank = true;
        int chunkStart = -1;
        for (int i = 0; lines.has(i); i++) {
            int start = lines.start(i);
            String line = lines.text(i);
            boolean blankLine = line.isBlank();
            if (fence != 0) {
                if (closesFence(line, fence, fenceLength)) {
                    fence = 0;
                }
                continue;
            }
            int opened = fenceLength(line);
            if (opened > 0 || blankLine || (afterBlank && ESM.matcher(line).matches()) || esm) {
                if (chunkStart >= 0) {
                    chunk(chunkStart, start);
                    chunkStart = -1;
                }
                if (opened > 0) {
                    fence = line.stripLeading().charAt(0);
                    fenceLength = opened;
                    esm = false;
                } else if (blankLine) {
                    esm = false; // an import or export statement ends at a blank line, as MDX reads it
                } else {
                    esm = true;
                    blankToSpaces(start, start + line.length());
                }
                afterBlank = blankLine;
                continue;
            }
            if (chunkStart < 0) {
                chunkStart = start;
            }
            afterBlank = false;
        }
        if (chunkStart >= 0) {
            chunk(chunkStart, body.length());
        }
    }

    /** Blanks the tags and expressions of one run of non-blank lines (a paragraph, or an HTML or JSX block). */
    private void chunk(int from, int to) {
        markCodeSpans(from, to);
        Map<Integer, Integer> braceEnds = braceEnds(from, to);
        int i = from;
        while (i < to) {
            char c = body.charAt(i);
            if (code.get(i)) {
                i++;
            } else if (c == '<' && startsTag(i + 1, to)) {
                int end = tagEnd(i, to);
                if (end < 0) {
                    i++;
                    continue;
                }
                if (body.charAt(i + 1) != '/' && body.charAt(end - 2) != '/') {
                    dateTitle(i, end);
                }
                blank(i, end);
                i = end;
            } else if (c == '{') {
                int end = braceEnds.getOrDefault(i, -1);
                if (end < 0) {
                    i++;
                    continue;
                }
                blank(i, end);
                i = end;
            } else {
                i++;
            }
        }
        spaceOutEmptyLines(from, to);
    }

    /** A component ({@code <Update}, {@code </Update}) or a fragment ({@code <>}, {@code </>}) opens at {@code i}. */
    private boolean startsTag(int i, int to) {
        int k = i < to && body.charAt(i) == '/' ? i + 1 : i;
        if (k >= to) {
            return false;
        }
        char c = body.charAt(k);
        return (c >= 'A' && c <= 'Z') || c == '>';
    }

    /**
     * The offset after the {@code >} that closes the tag opened at {@code start}, skipping quoted attribute values
     * and {@code {expressions}}; -1 when there is none within {@link #MAX_TAG} characters, or an unquoted {@code <}
     * comes first (text, not a tag). Stopping at the next {@code <} keeps the work per tag apart from the next one's.
     */
    private int tagEnd(int start, int to) {
        Deadline.check();
        int limit = Math.min(to, start + MAX_TAG);
        char quote = 0;
        int depth = 0;
        for (int k = start + 1; k < limit; k++) {
            char c = body.charAt(k);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (depth > 0) {
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '>') {
                return k + 1;
            } else if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * For each {@code {} of the chunk outside code, the offset after its matching {@code }}, or none when it is not
     * closed within the chunk (then it is text). One pass with a stack: scanning forward from every unclosed brace
     * would be quadratic in a line of braces.
     */
    private Map<Integer, Integer> braceEnds(int from, int to) {
        Map<Integer, Integer> ends = new HashMap<>();
        int[] open = new int[16];
        int depth = 0;
        for (int k = from; k < to; k++) {
            char c = body.charAt(k);
            if (code.get(k)) {
                continue;
            }
            if (c == '{') {
                if (depth == open.length) {
                    open = Arrays.copyOf(open, depth * 2);
                }
                open[depth++] = k;
            } else if (c == '}' && depth > 0) {
                ends.put(open[--depth], k + 1);
            }
        }
        return ends;
    }

    private void dateTitle(int start, int end) {
        Matcher m = DATE_ATTRIBUTE.matcher(body).region(start, end);
        if (!m.find()) {
            return;
        }
        int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
        String value = m.group(group);
        if (value.isBlank() || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return;
        }
        int at = m.start(group);
        int lineIndex = lineOf(at);
        int lineStart = lines.start(lineIndex);
        titles.add(new Title(lineIndex, at - lineStart + 1, value));
    }

    /** The 0-based index of the line holding {@code offset} (every line is listed once {@link #run} is done). */
    private int lineOf(int offset) {
        int low = 0;
        int high = lines.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lines.start(mid) <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** Marks inline code spans (a run of backticks to the next run of the same length on the line). */
    private void markCodeSpans(int from, int to) {
        int i = from;
        int lineEnd = -1;
        // per line, the backtick run lengths known to have no closing run after the last failed search
        BitSet unclosed = new BitSet();
        while (i < to) {
            if (i > lineEnd) {
                lineEnd = i;
                while (lineEnd < to && body.charAt(lineEnd) != '\n' && body.charAt(lineEnd) != '\r') {
                    lineEnd++;
                }
                unclosed.clear();
            }
            if (body.charAt(i) != '`') {
                i++;
                continue;
            }
            int run = i;
            while (run < lineEnd && body.charAt(run) == '`') {
                run++;
            }
            int length = run - i;
            int close = unclosed.get(length) ? -1 : closingRun(run, lineEnd, length);
            if (close < 0) {
                unclosed.set(length);
                i = run;
                continue;
            }
            code.set(i, close + length);
            i = close + length;
        }
    }

    private int closingRun(int from, int lineEnd, int length) {
        int k = from;
        while (k < lineEnd) {
            if (body.charAt(k) != '`') {
                k++;
                continue;
            }
            int run = k;
            while (run < lineEnd && body.charAt(run) == '`') {
                run++;
            }
            if (run - k == length) {
                return k;
            }
            k = run;
        }
        return -1;
    }

    private void blank(int from, int to) {
        for (int k = from; k < to; k++) {
            char c = out[k];
            if (c != '\n' && c != '\r') {
                out[k] = BodyParser.BLANK;
            }
        }
    }

    private void blankToSpaces(int from, int to) {
        for (int k = from; k < to; k++) {
            out[k] = ' ';
        }
    }

    /**
     * A line left with blanks and spaces only becomes spaces: a blank line to the Markdown parser, so the tag
     * that stood alone on it ({@code <Update ...>}) separates the blocks around it as it does on the page.
     */
    private void spaceOutEmptyLines(int from, int to) {
        int lineStart = from;
        boolean empty = true;
        for (int k = from; k <= to; k++) {
            char c = k < to ? out[k] : '\n';
            if (c == '\n' || c == '\r') {
                if (empty && k > lineStart) {
                    blankToSpaces(lineStart, k);
                }
                lineStart = k + 1;
                empty = true;
            } else if (c != BodyParser.BLANK && !Spaces.isSpace(c)) {
                empty = false;
            }
        }
    }

    private static int fenceLength(String line) {
        String s = line.stripLeading();
        if (line.length() - s.length() > 3 || s.length() < 3) {
            return 0;
        }
        char c = s.charAt(0);
        if (c != '`' && c != '~') {
            return 0;
        }
        int n = 0;
        while (n < s.length() && s.charAt(n) == c) {
            n++;
        }
        return n >= 3 ? n : 0;
    }

    private static boolean closesFence(String line, char fence, int length) {
        String s = line.strip();
        if (s.length() < length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) != fence) {
                return false;
            }
        }
        return true;
    }
}
