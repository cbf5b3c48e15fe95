package io.github.incidentnotice.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class SpacesTest {

    @Test
    void collapseIsWhatTheRegularExpressionGives() {
        Random random = new Random(11);
        String alphabet = " \t\n\r\f\u000Bab\u00A0\u2003.";
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            assertEquals(text.replaceAll("\\s+", " "), Spaces.collapse(text), () -> "for " + text.replace("\n", "\\n"));
        }
    }

    @Test
    void spacesAreTheOnesBackslashSMatches() {
        Pattern s = Pattern.compile("\\s");
        for (char c = 0; c < 0x3000; c++) {
            assertEquals(s.matcher(String.valueOf(c)).matches(), Spaces.isSpace(c), "U+" + Integer.toHexString(c));
        }
        assertTrue(Spaces.isSpace('\u000B'));
        assertFalse(Spaces.isSpace('\u00A0'));
    }

    @Test
    void aTextWithNothingToCollapseIsReturnedAsItIs() {
        String text = "We rolled back the change.";
        assertSame(text, Spaces.collapse(text));
    }
}
