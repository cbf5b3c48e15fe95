package io.github.incidentnotice.parse;

/**
 * White space as the regular expression {@code \s} means it (ASCII only, without UNICODE_CHARACTER_CLASS),
 * tested and collapsed without the regex engine: titles, excerpts and messages are tidied for every notice.
 */
public final class Spaces {

    private Spaces() {
    }

    /** Whether {@code \s} matches the character. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** What {@code text.replaceAll("\\s+", " ")} gives; the text itself when there is nothing to replace. */
    public static String collapse(String text) {
        StringBuilder sb = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < n && isSpace(text.charAt(end))) {
                end++;
            }
            if (sb == null) {
                if (c == ' ' && end == i + 1) {
                    continue;
                }
                sb = new StringBuilder(n).append(text, 0, i);
            }
            sb.append(' ');
            i = end - 1;
        }
        return sb == null ? text : sb.toString();
    }
}
