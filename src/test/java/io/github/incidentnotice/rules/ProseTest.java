package io.github.incidentnotice.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class ProseTest {

    @Test
    void excerptCollapsesWhiteSpaceRunsAndCuts() {
        assertEquals("We rolled back the change.", Prose.excerpt("  We rolled\n\tback  the change. ", 80));
        assertEquals("We rolled back\u2026", Prose.excerpt("We rolled back the change at 10:42 UTC", 16));
        // no-break spaces are not white space to \s, so they stay
        assertEquals("10\u00A0%", Prose.excerpt("10\u00A0%", 80));
    }

    @Test
    void excerptIsWhatTheRegularExpressionGave() {
        Random random = new Random(7);
        String alphabet = " \t\n\r\f\u000Bab\u00A0.";
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            String expected = text.replaceAll("\\s+", " ").strip();
            expected = expected.length() <= 8 ? expected : expected.substring(0, 7).stripTrailing() + "\u2026";
            assertEquals(expected, Prose.excerpt(text, 8), () -> "for " + text.replace("\n", "\\n"));
        }
    }
}
