package io.github.incidentnotice.parse;

import java.util.Locale;

/**
 * Characters that a notice or checklist must not be able to print as they are: controls, line and
 * paragraph separators, and the invisible marks, embeddings, overrides and isolates that reorder the
 * text a reader sees. The console and HTML reports show them escaped; the {@code new} goal keeps them
 * out of titles.
 */
public final class HiddenCharacters {

    private HiddenCharacters() {
    }

    public static boolean isHidden(char c) {
        return Character.isISOControl(c) || c == '\u200E' || c == '\u200F' || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFFFE'
                || c == '\uFFFF';
    }

    /** How the console and HTML reports show a hidden character (or half of no surrogate pair): {@code \\u} and four hex digits. */
    public static String escaped(char c) {
        return String.format(Locale.ROOT, "\\u%04x", (int) c);
    }
}
