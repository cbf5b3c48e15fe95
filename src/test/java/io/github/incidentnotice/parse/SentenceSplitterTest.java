package io.github.incidentnotice.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static final char SOFT = TextBlock.SOFT_BREAK;

    private static List<String> split(String text) {
        return SentenceSplitter.split(text).stream().map(r -> text.substring(r[0], r[1])).toList();
    }

    @Test
    void fullStopsEndSentencesButNotAbbreviationsOrInitials() {
        assertEquals(List.of("We fixed it.", "Then, e.g. the API, recovered at 10 a.m. Mr. Smith and J. Doe said so."),
                split("We fixed it. Then, e.g. the API, recovered at 10 a.m. Mr. Smith and J. Doe said so."));
        assertEquals(List.of("See APPROX. 5 nodes.", "Approximately.", "Done."),
                split("See APPROX. 5 nodes. Approximately. Done."));
    }

    @Test
    void closersStayWithTheirSentenceAndLowerCaseGoesOn() {
        assertEquals(List.of("He said \"stop.\"", "It stopped!)", "Why?", "ok. fine."),
                split("He said \"stop.\" It stopped!) Why? ok. fine."));
    }

    @Test
    void nonAsciiWordsAndSpaces() {
        assertEquals(List.of("Der Dienst lief wieder.", "\u00C9TAIT \u00E9tabli.", "Fin."),
                split("Der Dienst lief wieder. \u2003\u00C9TAIT \u00E9tabli. Fin."));
        // a dotted capital I lowers to two characters, so it does not read as an initial
        assertEquals(List.of("Calls to \u0130.", "Yilmaz failed.", "Next."), split("Calls to \u0130. Yilmaz failed. Next."));
        // a non-ASCII initial, and abbreviations in any case
        assertEquals(List.of("\u00C9. Curie and DR. Who met at 9 A.M. Then it rained.", "VS. Code crashed."),
                split("\u00C9. Curie and DR. Who met at 9 A.M. Then it rained. VS. Code crashed."));
    }

    @Test
    void aLineEndingOnAWordNoStatementEndsOnGoesOn() {
        // hard-wrapped prose whose next line opens with a name: "to", "the", "is" cannot end the statement
        assertEquals(List.of("The team is switching back to" + SOFT + "OpenSSL on 5 March."),
                split("The team is switching back to" + SOFT + "OpenSSL on 5 March."));
        assertEquals(List.of("Builds failed for the" + SOFT + "Linux runners."), split("Builds failed for the" + SOFT + "Linux runners."));
        // a particle or a pronoun ends a line that is a statement of its own
        assertEquals(List.of("The API is back up", "Uploads work again", "We fixed it", "Next"),
                split("The API is back up" + SOFT + "Uploads work again" + SOFT + "We fixed it" + SOFT + "Next"));
    }

    @Test
    void lineBreaksEndCompleteLinesOnly() {
        assertEquals(List.of("09:40 GMT", "The network is back", "Wrapped prose goes on" + SOFT + "here."),
                split("09:40 GMT" + SOFT + "The network is back" + SOFT + "Wrapped prose goes on" + SOFT + "here."));
        assertEquals(List.of("Items:", "- one", "Hard", "break"), split("Items:" + SOFT + "- one\nHard\nbreak"));
        assertEquals(List.of("A line, " + SOFT + "Continued"), split("  A line, " + SOFT + "Continued  "));
        assertEquals(List.of("x".repeat(61) + SOFT + "Next"), split("x".repeat(61) + SOFT + "Next"));
    }
}
