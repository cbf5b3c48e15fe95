package io.github.incidentnotice.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a block's text into sentences. A sentence ends at '.', '!' or '?' followed by a space and a
 * new sentence (not after an abbreviation such as "e.g." or an initial), at a hard break, and at a
 * source line break when the line reads as complete on its own (status notices often put one
 * statement per line without a full stop).
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "vs", "approx", "mr", "mrs", "ms",
            "dr", "no", "inc", "ltd", "co", "a.m", "p.m", "u.s", "st", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "fig", "cf", "al", "min", "est", "ca");

    private SentenceSplitter() {
    }

    /** Start and end offsets (end exclusive) of each sentence in the text. */
    public static List<int[]> split(String text) {
        List<int[]> result = new ArrayList<>();
        int start = 0;
        int lineStart = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                emit(text, start, i, result);
                start = i + 1;
                lineStart = i + 1;
            } else if (c == TextBlock.SOFT_BREAK) {
                if (lineEnds(text, lineStart, i)) {
                    emit(text, start, i, result);
                    start = i + 1;
                }
                lineStart = i + 1;
            } else if ((c == '.' || c == '!' || c == '?' || c == '\u3002') && endsSentence(text, i)) {
                int end = i + 1;
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
                emit(text, start, end, result);
                start = end;
                i = end - 1;
            }
        }
        emit(text, start, n, result);
        return result;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '*' || c == '_'
                || c == '.' || c == '!' || c == '?';
    }

    private static boolean endsSentence(String text, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n && isCloser(text.charAt(j))) {
            j++;
        }
        if (j >= n) {
            return true;
        }
        char after = text.charAt(j);
        if (after != ' ' && after != '\t' && after != TextBlock.SOFT_BREAK && after != '\n') {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        // the word before the full stop: an abbreviation or an initial does not end a sentence
        int w = i;
        while (w > 0 && (Character.isLetterOrDigit(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, i).toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isLetter(word.charAt(0))
                && Character.isUpperCase(text.charAt(w)))) {
            return false;
        }
        while (j < n && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j >= n || !Character.isLowerCase(text.charAt(j));
    }

    /** Whether a source line reads as a complete statement, so the line break ends the sentence. */
    private static boolean lineEnds(String text, int lineStart, int breakAt) {
        String line = text.substring(lineStart, breakAt).strip();
        if (line.isEmpty()) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (".!?:;".indexOf(last) >= 0 || last == ']' || last == ')') {
            return true;
        }
        if (last == ',' || last == '(' || last == '-' || last == '&') {
            return false;
        }
        int j = breakAt + 1;
        while (j < text.length() && Character.isWhitespace(text.charAt(j)) && text.charAt(j) != TextBlock.SOFT_BREAK) {
            j++;
        }
        if (j >= text.length()) {
            return true;
        }
        char next = text.charAt(j);
        boolean nextStarts = Character.isUpperCase(next) || Character.isDigit(next) || next == '[' || next == '-'
                || next == '*' || next == '(' || next == '\u2022';
        return nextStarts && line.length() <= 60;
    }

    private static void emit(String text, int start, int end, List<int[]> result) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            result.add(new int[] {start, end});
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == TextBlock.SOFT_BREAK;
    }
}
