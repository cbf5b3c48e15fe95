package io.github.incidentnotice.report;

import io.github.incidentnotice.parse.HiddenCharacters;

/**
 * Makes text from notices and checklists safe inside HTML: markup characters are escaped, line breaks become
 * spaces, and control and bidirectional-override characters are shown as {@code \\uXXXX} so a notice cannot
 * inject markup or reorder what a reader sees.
 */
public final class HtmlText {

    private HtmlText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\n', '\r', '\t' -> sb.append(' ');
                default -> {
                    if (HiddenCharacters.isHidden(c)) {
                        sb.append(HiddenCharacters.escaped(c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
