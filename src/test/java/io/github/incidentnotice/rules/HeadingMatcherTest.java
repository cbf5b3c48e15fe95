package io.github.incidentnotice.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.incidentnotice.parse.NoticeReader;

class HeadingMatcherTest {

    private static boolean matches(String wording, String heading) {
        return HeadingMatcher.matches(List.of(wording), NoticeReader.normalizeHeading(heading));
    }

    @Test
    void wordsBetweenStarsMatchAnywhereInTheHeadingAtTheStartOfAWord() {
        assertTrue(matches("*changing*", "What we\u2019re changing"));
        assertTrue(matches("*prevent*", "How we will prevent this"));
        assertTrue(matches("*prevent*", "Preventing a repeat"));
        assertTrue(matches("*do you need to*", "Do you need to do anything?"));
        assertFalse(matches("*cause*", "Because of the weekend"), "a word's middle is not its start");
        assertFalse(matches("*changing*", "What changed"));
    }

    @Test
    void otherWordingsStillMatchTheWholeHeadingOrItsStart() {
        assertTrue(matches("Root cause", "Root cause of the outage"));
        assertFalse(matches("Postmortem", "Postmortem: search outage"));
        assertFalse(matches("Root cause", "The root cause"));
    }
}
