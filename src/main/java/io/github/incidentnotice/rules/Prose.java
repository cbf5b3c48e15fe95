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
     * Masks, in place, the quotations that run over sentences of one block ({@code Update from upstream: "I
     * apologize for the trouble. One of our switches failed."}): from a quote mark left open at the end of a
     * sentence, the rest of it and the next sentences of the block up to the closing mark. {@code text} holds
     * the sentences as {@link #maskQuotations} left them, {@code blocks} the block of each; a quote opened after
     * "Update:" is the notice's own update, as there. Returns which sentences are quoted from end to end.
     */
    static boolean[] maskOpenQuotations(String[] text, Object[] blocks) {
        boolean[] whole = new boolean[text.length];
        char closing = 0;
        for (int i = 0; i < text.length; i++) {
            if (closing != 0 && (i == 0 || blocks[i] != blocks[i - 1])) {
                closing = 0;
            }
            String t = text[i];
            if (closing == 0 && t.indexOf('"') < 0 && t.indexOf('\u201C') < 0) {
                continue;
            }
            int from = 0;
            if (closing != 0) {
                int end = t.indexOf(closing);
                if (end < 0) {
                    text[i] = " ".repeat(t.length());
                    whole[i] = true;
                    continue;
                }
                t = " ".repeat(end) + t.substring(end);
                from = end + 1;
                closing = 0;
            }
            int open = openQuote(t, from);
            if (open >= 0 && t.substring(open + 1).strip().split("\\s+").length >= 2
                    && !UPDATE_LABEL.matcher(t.substring(0, open)).matches()) {
                closing = t.charAt(open) == '\u201C' ? '\u201D' : '"';
                t = t.substring(0, open + 1) + " ".repeat(t.length() - open - 1);
            }
            text[i] = t;
        }
        return whole;
    }

    /** Where a quotation that the sentence does not close opens, at or after {@code from}; -1 without one. */
    private static int openQuote(String t, int from) {
        int straight = 0;
        int lastStraight = -1;
        int curly = -1;
        for (int k = from; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == '"') {
                straight++;
                lastStraight = k;
            } else if (c == '\u201C') {
                curly = k;
            } else if (c == '\u201D') {
                curly = -1;
            }
        }
        int open = straight % 2 == 1 ? lastStraight : -1;
        return curly > open ? curly : open;
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
