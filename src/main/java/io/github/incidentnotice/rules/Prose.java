package io.github.incidentnotice.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.incidentnotice.parse.Spaces;
import io.github.incidentnotice.parse.TextBlock;

/** Text helpers for matching prose: quotations are masked so quoted words never count as the notice's own. */
final class Prose {

    private static final Pattern QUOTATION = Pattern.compile("\"[^\"]*\"|\u201C[^\u201D]*\u201D");
    private static final Pattern UPDATE_LABEL = Pattern.compile(
            "(?i)\\W*(?:(?:update|updated|actualizaci[o\u00F3]n|edit|note|status)\\b|\\d{1,2}[:.]\\d{2}\\s*(?:utc|gmt|ce[s]?t|am|pm)?)[^\\p{L}]*");

    private Prose() {
    }

    /**
     * The text with curly apostrophes read as straight ones, so that "we\u2019re" matches "we're" (same
     * length, offsets kept); the text itself when it has none.
     */
    static String straighten(String text) {
        return text == null ? null : text.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    /**
     * Replaces the inside of quotations of three words or more by spaces, keeping offsets. Short
     * quotes ("Vegas: Offline", a product name) stay, since they are usually names, not speech. The
     * sentence is already {@link #straighten straightened}; without a quotation it is returned as it is.
     */
    static String maskQuotations(String sentence) {
        if (sentence.indexOf('"') < 0 && sentence.indexOf('\u201C') < 0) {
            return sentence;
        }
        Matcher m = QUOTATION.matcher(sentence);
        StringBuilder sb = null;
        while (m.find()) {
            String inner = sentence.substring(m.start(), m.end());
            if (inner.strip().split("\\s+").length < 3 || UPDATE_LABEL.matcher(sentence.substring(0, m.start())).matches()) {
                // short quotes are names; a whole update quoted after "Update:" is the notice's own text
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(sentence);
            }
            for (int i = m.start() + 1; i < m.end() - 1; i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb == null ? sentence : sb.toString();
    }

    /**
     * Cuts text to at most {@code max} characters on one line, for excerpts and messages; a heading written
     * over two lines keeps its soft-break mark, which reads as a space here.
     */
    static String excerpt(String text, int max) {
        String t = Spaces.collapse(text.replace(TextBlock.SOFT_BREAK, ' ')).strip();
        return t.length() <= max ? t : t.substring(0, max - 1).stripTrailing() + "\u2026";
    }
}
