package io.github.incidentnotice.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.model.Citation;
import io.github.incidentnotice.model.Closest;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.NoticeResult;
import org.junit.jupiter.api.Test;

/** A missing element's finding names what came closest and why it did not count, or says that nothing did. */
class ClosestCandidateTest {

    private final CheckEngine engine = new CheckEngine(ChecklistLoader.defaults());

    private static final String FRONT = """
            ---
            title: Checkout failed
            date: 2026-03-02T09:14:00Z
            status: resolved
            resolvedWhen: 2026-03-02T11:02:00Z
            ---
            """;

    private Finding finding(String body, String rule) {
        NoticeResult r = engine.check("incidents/n.md", FRONT + body);
        return r.findings().stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void aHedgedApologyIsTheClosestApology() {
        Finding f = finding("""
                We apologize for any inconvenience this may have caused.
                A configuration change we deployed at 09:12 UTC removed the EU payment database from the pool; this was our mistake.
                """, "missing-apology");
        assertEquals(new Closest(new Citation(7, 1, "We apologize for any inconvenience this may have caused."), false,
                "\"for any inconvenience\" is wording the checklist does not count as apology"), f.closest());
        assertEquals(7, f.line());
        assertEquals(1, f.column());
        assertEquals("no apology found in this incident notice (resolved): An apology to the people affected, saying what"
                + " for, without hedging (\"for any inconvenience\" is not one). Say it in the text; for example: \"We are"
                + " sorry: for two hours you could not check out, and that is on us.\" Closest: line 7 \"We apologize for any"
                + " inconvenience this may have caused.\" (\"for any inconvenience\" is wording the checklist does not count as apology).",
                f.message());
    }

    @Test
    void aHeadingOfTheElementWithNothingUnderItIsTheClosest() {
        Finding f = finding("""
                A configuration change we deployed at 09:12 UTC removed the EU payment database from the pool; this was our mistake.

                ## Next steps
                """, "missing-prevention");
        assertEquals(new Closest(new Citation(9, 4, "Next steps"), true, "there is no text under it"), f.closest());
        String message = f.message();
        assertEquals("Closest: the section \"Next steps\" at line 9 (there is no text under it).",
                message.substring(message.indexOf("Closest:")));
    }

    @Test
    void whenNothingCameCloseTheMessageSaysSo() {
        Finding f = finding("""
                A configuration change we deployed at 09:12 UTC removed the EU payment database from the pool; this was our mistake.
                """, "missing-thanks");
        assertNull(f.closest());
        assertEquals("no thanks found in this incident notice (resolved): Thanks to customers for their patience, reports or"
                + " understanding. Add a \"## Thanks\" section or say it in the text; for example: \"Thank you for your"
                + " patience, and to everyone who reported the problem.\" Nothing in the notice came close.", f.message());
    }
}
