package io.github.incidentnotice.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SluggerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Checkout failed for EU customers | checkout-failed-for-eu-customers",
            "Zahlungsausfall: Straße & Café   | zahlungsausfall-strasse-and-cafe",
            "Ærø Łódź Øresund œuvre           | aero-lodz-oresund-oeuvre",
            "Panne générale à Besançon        | panne-generale-a-besancon",
            "  --API  v2 -- 503s!!  --        | api-v2-503s",
            "ＡＰＩ ｆｕｌｌ-width               | api-full-width",
            "../../etc/passwd                 | etc-passwd",
            "..\\..\\windows\\system32         | windows-system32",
            "C:\\Users\\evil                   | c-users-evil",
            "/absolute/path                   | absolute-path",
            "日本語のタイトル                    | notice",
            "🔥🔥🔥                           | notice",
            "...                              | notice",
    })
    void slugs(String title, String expected) {
        assertEquals(expected, Slugger.slug(title));
    }

    @Test
    void controlCharactersAndNulAreDropped() {
        assertEquals("a-b-c-31md", Slugger.slug("a\u0000b\nc\u001b[31md"));
        assertEquals("evil-x", Slugger.slug("evil\u202Ex"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "C:\\x", "a/b", "\u0000", "con", "nul.md", ".hidden", "a\u2044b"})
    void onlyLowercaseAsciiLettersDigitsAndHyphens(String title) {
        String slug = Slugger.slug(title);
        assertTrue(slug.matches("[a-z0-9]+(?:-[a-z0-9]+)*"), slug);
    }

    @Test
    void longTitlesAreCutAtAWordBoundaryWithinSixtyCharacters() {
        String slug = Slugger.slug("Checkout and payment pages failed for customers in every European region during the sale");
        assertEquals("checkout-and-payment-pages-failed-for-customers-in-every", slug);
        assertTrue(slug.length() <= Slugger.MAX_LENGTH);
    }

    @Test
    void aSingleLongWordIsCutAtSixty() {
        String slug = Slugger.slug("x".repeat(100));
        assertEquals(60, slug.length());
    }
}
