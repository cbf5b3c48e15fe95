package io.github.incidentnotice.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class NormalizeHeadingTest {

    private static final Pattern NUMBERING = Pattern.compile("^\\s*(\\d+[a-z]?[.)]?|[ivx]+[.)])\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The regex-only version the hand-written one replaces. */
    private static String reference(String heading) {
        String h = heading.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        h = NUMBERING.matcher(h).replaceFirst("");
        h = h.replace("'", "");
        return NOT_WORD.matcher(h).replaceAll(" ").strip();
    }

    @Test
    void exactValues() {
        assertEquals("what happened", NoticeReader.normalizeHeading("  2. What   happened?"));
        // an anchor id is a link target, not the heading's words
        assertEquals("thanks", NoticeReader.normalizeHeading("Thanks {#thanks}"));
        assertEquals("security officer statement", NoticeReader.normalizeHeading("Security officer statement [#statement]"));
        assertEquals("see rfc 9 1", NoticeReader.normalizeHeading("See [RFC 9.1]"));
        assertEquals("notes", NoticeReader.normalizeHeading("Notes {#}"));
        assertEquals("root cause", NoticeReader.normalizeHeading("IV) Root-cause"));
        assertEquals("iv root cause", NoticeReader.normalizeHeading("IV Root-cause"));
        assertEquals("whats next", NoticeReader.normalizeHeading("What\u2019s next \u2014"));
        assertEquals("3a impact", NoticeReader.normalizeHeading("3a. 3a Impact"));
        assertEquals("", NoticeReader.normalizeHeading(" \u2014 "));
        assertEquals("\u0434\u0435\u043D\u044C \u2177 \u00BD \u0663", NoticeReader.normalizeHeading("\u0414\u0435\u043D\u044C \u2167, \u00BD \u0663"));
    }

    @Test
    void agreesWithTheRegexVersion() {
        String[] samples = {"", " ", "1", "1.", "1. ", "1.Intro", "12b) Timeline", "xiv. Follow-up", "ix.Next", "x  ",
            "\t3\tImpact", "Impact (customer-facing)", "\uD835\uDC00 math \uD801\uDC00 letters", "lone \uD800 surrogate",
            "e\u0301t\u00E9 accent", "\u0130stanbul", "Caf\u00E9's \u201Cquoted\u201D", "a\u00A0b\u2003c", "\u2168 \u00B2 \u0660"};
        for (String s : samples) {
            assertEquals(reference(s), NoticeReader.normalizeHeading(s), s);
        }
        // random text over characters that matter: digits, roman letters, spaces, marks, punctuation, other scripts
        String alphabet = "0123456789ivxIVXabc .)('\u2019-\t\n\u00A0\u2003\u0301\u00E9\u0130\u0663\u2167\u00BD\u00B2"
                + "\uD835\uDC00\uD801\uDC00\u4E2D\u05D0_#";
        int[] cps = alphabet.codePoints().toArray();
        Random random = new Random(42);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(12);
            for (int i = 0; i < len; i++) {
                sb.appendCodePoint(cps[random.nextInt(cps.length)]);
            }
            String s = sb.toString();
            assertEquals(reference(s), NoticeReader.normalizeHeading(s), s);
        }
    }
}
