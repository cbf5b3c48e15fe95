package io.github.incidentnotice.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.parse.NoticeReader;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    private static final String NOTICE = """
            ---
            status: resolved
            ---
            # Checkout errors

            ## Root cause of the outage

            A  configuration   change to the payment gateway was wrong.

            Checkout failed for   20% of customers between 10:00 and 10:40 UTC.
            """;

    private final Checklist checklist = ChecklistLoader.defaults();
    // the checklist's rules alone (no fitted model): where a heading or a phrase is, not what a model scores
    private final NoticeAnalysis analysis = new NoticeAnalysis(NoticeReader.parse("n.md", NOTICE), checklist,
            new io.github.incidentnotice.detect.Detector(new io.github.incidentnotice.detect.DetectorModel(java.util.Map.of()), checklist));

    private Evidence evidence(String element) {
        return analysis.evidence(checklist.element(element).orElseThrow()).orElseThrow();
    }

    @Test
    void aHeadingWithContentIsWhereItStands() {
        Evidence cause = evidence("what-happened");
        assertTrue(cause.heading());
        assertEquals(6, cause.line());
        assertEquals(4, cause.column());
        assertEquals("Root cause of the outage", cause.text());
        assertEquals(cause, Evidence.heading(analysis.notice().sections().get(1)));
    }

    @Test
    void aPhraseIsWhereItStartsAndShowsItsSentenceCollapsed() {
        Evidence impact = evidence("impact");
        assertFalse(impact.heading());
        assertEquals(10, impact.line());
        assertEquals("Checkout failed for 20% of customers between 10:00 and 10:40 UTC.", impact.text());
        assertEquals("Evidence[line=10, column=" + impact.column() + ", text=" + impact.text() + ", heading=false]",
                impact.toString());
    }
}
