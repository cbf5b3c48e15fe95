package io.github.incidentnotice.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProseQuotationTest {

    @Test
    void aQuotationOverSentencesOfOneBlockIsMaskedToItsClosingMark() {
        Object block = new Object();
        String[] text = {
                "Update from our carrier: \"We apologize for the trouble.",
                "One of our switches failed.",
                "It was replaced.\" We moved traffic back at 10:40.",
        };
        boolean[] whole = Prose.maskOpenQuotations(text, new Object[] {block, block, block});
        assertArrayEquals(new boolean[] {false, true, false}, whole);
        assertEquals("Update from our carrier: \"" + " ".repeat("We apologize for the trouble.".length()), text[0]);
        assertEquals(" ".repeat(27), text[1]);
        assertEquals(" ".repeat(16) + "\" We moved traffic back at 10:40.", text[2]);
    }

    @Test
    void aQuotationEndsWithItsBlockAndAnUpdateLabelIsTheNoticesOwn() {
        String[] text = {"The vendor wrote \u201CWe are looking into it.", "We restarted the service."};
        Prose.maskOpenQuotations(text, new Object[] {new Object(), new Object()});
        assertEquals("We restarted the service.", text[1]);

        String[] update = {"Update: \"We restarted the service.", "It is back.\""};
        Object block = new Object();
        assertArrayEquals(new boolean[] {false, false}, Prose.maskOpenQuotations(update, new Object[] {block, block}));
        assertEquals("Update: \"We restarted the service.", update[0]);
    }

    @Test
    void balancedAndShortQuotesAreLeftAsTheyAre() {
        String[] text = {"The \"Vegas\" node restarted.", "We said \"sorry\" twice."};
        Object block = new Object();
        Prose.maskOpenQuotations(text, new Object[] {block, block});
        assertEquals("The \"Vegas\" node restarted.", text[0]);
        assertEquals("We said \"sorry\" twice.", text[1]);
    }
}
