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

    /** The longest abbreviation: a longer word before a full stop is none (lower case is never shorter). */
    private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

    /** The abbreviations by length, for words compared in place. */
    private static final String[][] ABBREVIATIONS_BY_LENGTH = new String[LONGEST_ABBREVIATION + 1][];

    static {
        for (int n = 0; n <= LONGEST_ABBREVIATION; n++) {
            int length = n;
            ABBREVIATIONS_BY_LENGTH[n] = ABBREVIATIONS.stream().filter(a -> a.length() == length).sorted()
                    .toArray(String[]::new);
        }
    }

    private SentenceSplitter() {
    }

    /*
     * Works on a char array, in small methods: split runs over every character of every notice, and as one
     * large method over String.charAt (with toLowerCase, strip and a set lookup inlined) the JIT compiled it
     * three times, at 150-230 ms each, in a cold run.
     */

    /** Start and end offsets (end exclusive) of each sentence in the text. */
    public static List<int[]> split(String text) {
        char[] t = text.toCharArray();
        List<int[]> result = new ArrayList<>();
        int start = 0;
        int lineStart = 0;
        int n = t.length;
        for (int i = 0; i < n; i++) {
            char c = t[i];
            int end;
            int next;
            if (c == '\n') {
                end = i;
                next = i + 1;
                lineStart = i + 1;
            } else if (c == TextBlock.SOFT_BREAK) {
                boolean ends = lineEnds(t, lineStart, i);
                lineStart = i + 1;
                if (!ends) {
                    continue;
                }
                end = i;
                next = i + 1;
            } else if (isStop(c) && endsSentence(t, i)) {
                end = skipClosers(t, i + 1);
                next = end;
                i = end - 1;
            } else {
                continue;
            }
            emit(t, start, end, result);
            start = next;
        }
        emit(t, start, n, result);
        return result;
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u3002';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '*' || c == '_'
                || c == '.' || c == '!' || c == '?';
    }

    /** {@link Character#isWhitespace(char)}, answered without a table lookup for ASCII. */
    private static boolean isWhitespace(char c) {
        if (c < 0x80) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        }
        return otherWhitespace(c);
    }

    private static boolean otherWhitespace(char c) {
        return Character.isWhitespace(c);
    }

    /** The offset of the first character from {@code from} on that does not close a sentence. */
    private static int skipClosers(char[] t, int from) {
        int j = from;
        while (j < t.length && isCloser(t[j])) {
            j++;
        }
        return j;
    }

    private static boolean endsSentence(char[] t, int i) {
        int j = skipClosers(t, i + 1);
        if (j >= t.length) {
            return true;
        }
        char after = t[j];
        if (after != ' ' && after != '\t' && after != TextBlock.SOFT_BREAK && after != '\n') {
            return false;
        }
        return t[i] != '.' || fullStopEnds(t, i, j);
    }

    /** Whether the full stop at {@code i}, followed by space at {@code j}, ends the sentence. */
    private static boolean fullStopEnds(char[] t, int i, int j) {
        // the word before the full stop: an abbreviation or an initial does not end a sentence
        int w = i;
        while (w > 0 && (t[w - 1] == '.' || Character.isLetterOrDigit(t[w - 1]))) {
            w--;
        }
        if (i - w <= LONGEST_ABBREVIATION && isAbbreviationOrInitial(t, w, i)) {
            return false;
        }
        int n = t.length;
        while (j < n && isWhitespace(t[j])) {
            j++;
        }
        return j >= n || !Character.isLowerCase(t[j]);
    }

    private static boolean isAbbreviationOrInitial(char[] t, int w, int i) {
        // most words are ASCII: compared in place, without a lower-cased copy and a set lookup that the JIT
        // would inline into split at every full stop
        for (int k = w; k < i; k++) {
            if (t[k] >= 128) {
                return isAbbreviationOrInitialAnyScript(t, w, i);
            }
        }
        for (String abbreviation : ABBREVIATIONS_BY_LENGTH[i - w]) {
            if (asciiLowerCaseEquals(t, w, abbreviation)) {
                return true;
            }
        }
        return i - w == 1 && t[w] >= 'A' && t[w] <= 'Z';
    }

    private static boolean asciiLowerCaseEquals(char[] t, int from, String lowerCase) {
        for (int k = 0; k < lowerCase.length(); k++) {
            char c = t[from + k];
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != lowerCase.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAbbreviationOrInitialAnyScript(char[] t, int w, int i) {
        String word = new String(t, w, i - w).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isLetter(word.charAt(0))
                && Character.isUpperCase(t[w]));
    }

    /** Whether a source line reads as a complete statement, so the line break ends the sentence. */
    private static boolean lineEnds(char[] t, int lineStart, int breakAt) {
        // the line stripped, as offsets: no substring is made for each line break
        int b = lineStart;
        int e = breakAt;
        while (b < e && isWhitespace(t[b])) {
            b++;
        }
        while (e > b && isWhitespace(t[e - 1])) {
            e--;
        }
        if (e == b) {
            return false;
        }
        char last = t[e - 1];
        if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == ']' || last == ')') {
            return true;
        }
        if (last == ',' || last == '(' || last == '-' || last == '&') {
            return false;
        }
        return e - b <= 60 && !endsOnFunctionWord(t, b, e) && nextLineStarts(t, breakAt);
    }

    /**
     * English words a statement cannot end on: articles, most prepositions and conjunctions, possessives and
     * auxiliaries ("The team is [switching back to" / "OpenSSL] on 5 March" is one sentence wrapped by its link).
     * Words that end a clause as particles or pronouns ("back up", "down", "fixed it") are not among them.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "to", "of", "and", "or", "but", "nor",
            "for", "with", "from", "by", "at", "as", "into", "onto", "than", "which", "whose", "our", "your", "their",
            "its", "my", "his", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
            "could", "should", "shall", "may", "might", "must", "very", "because", "if", "whether", "when", "while",
            "where", "via", "per", "between", "during", "until", "without", "within", "across", "through", "toward",
            "towards", "among", "upon", "against", "we", "they", "i");

    /** The longest of {@link #FUNCTION_WORDS}: a longer last word is none of them. */
    private static final int LONGEST_FUNCTION_WORD = FUNCTION_WORDS.stream().mapToInt(String::length).max().orElse(0);

    /** Whether the stripped line {@code [b, e)} ends on one of {@link #FUNCTION_WORDS}. */
    private static boolean endsOnFunctionWord(char[] t, int b, int e) {
        int w = e;
        while (w > b && Character.isLetter(t[w - 1])) {
            w--;
        }
        if (w == e || e - w > LONGEST_FUNCTION_WORD || (w > b && !isWhitespace(t[w - 1]) && t[w - 1] != '[')) {
            return false;
        }
        return FUNCTION_WORDS.contains(new String(t, w, e - w).toLowerCase(Locale.ROOT));
    }

    /** Whether the line after the break at {@code breakAt} opens like a statement of its own (or the text ends). */
    private static boolean nextLineStarts(char[] t, int breakAt) {
        int j = breakAt + 1;
        while (j < t.length && t[j] != TextBlock.SOFT_BREAK && isWhitespace(t[j])) {
            j++;
        }
        if (j >= t.length) {
            return true;
        }
        char next = t[j];
        return Character.isUpperCase(next) || Character.isDigit(next) || next == '[' || next == '-'
                || next == '*' || next == '(' || next == '\u2022';
    }

    private static void emit(char[] t, int start, int end, List<int[]> result) {
        while (start < end && isSpace(t[start])) {
            start++;
        }
        while (end > start && isSpace(t[end - 1])) {
            end--;
        }
        if (end > start) {
            result.add(new int[] {start, end});
        }
    }

    private static boolean isSpace(char c) {
        // the soft-break mark is white space too (U+001F)
        return isWhitespace(c);
    }
}
