package io.github.incidentnotice.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.model.Citation;
import io.github.incidentnotice.model.ElementDecision;
import io.github.incidentnotice.model.ElementState;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.NoticeExplanation;
import io.github.incidentnotice.parse.NoticeReader;
import io.github.incidentnotice.report.ExplanationFormatter;
import org.junit.jupiter.api.Test;

/** The explanation of a notice: each element's decision as data, and the console lines made from it. */
class ExplainerTest {

    private final CheckEngine engine = new CheckEngine(ChecklistLoader.defaults());

    private NoticeExplanation explain(String text) {
        return Explainer.explain(engine.analyze(NoticeReader.parse("incidents/n.md", text)));
    }

    private static ElementDecision decision(NoticeExplanation e, String element) {
        return e.elements().stream().filter(d -> d.element().equals(element)).findFirst().orElseThrow();
    }

    private static String best(ElementDecision d) {
        return d.modelBest().line() + ":" + d.modelBest().column() + " p="
                + String.format(java.util.Locale.ROOT, "%.2f", d.modelBestScore());
    }

    @Test
    void eachElementSaysWhatDecidedIt() {
        NoticeExplanation e = explain("""
                ---
                title: Exports were slow
                date: 2026-07-03T09:00:00Z
                status: resolved
                waive:
                  - element: thanks
                    reason: An internal tool
                ---
                We are sorry that exports took up to an hour this morning.

                ## Next steps

                TODO
                """);
        assertEquals(11, e.elements().size());
        ElementDecision apology = decision(e, "apology");
        assertEquals(ElementState.PRESENT, apology.state());
        assertEquals(Level.ERROR, apology.level());
        assertEquals("rule: phrase", apology.basis());
        assertEquals(new Citation(9, 1, "We are sorry that exports took up to an hour this morning."), apology.decidedBy());
        ElementDecision thanks = decision(e, "thanks");
        assertEquals(ElementState.WAIVED, thanks.state());
        assertEquals("waiver", thanks.basis());
        ElementDecision prevention = decision(e, "prevention");
        assertEquals(ElementState.ABSENT, prevention.state());
        assertEquals(new Citation(11, 4, "Next steps"), prevention.closest().at());
        List<String> lines = ExplanationFormatter.lines(e);
        assertEquals("Explain incidents/n.md: incident, resolved (from the front matter)", lines.get(0));
        assertEquals("  prevention       absent   error    closest 11:4 \"Next steps\" (there is no text under it); "
                + "model's best " + best(prevention)
                + "; threshold 1.00 (the checklist's wording decides)", lines.get(7));
        assertEquals("  thanks           waived   warning  waived in the front matter; model's best " + best(thanks)
                + "; threshold 1.00 (the checklist's wording decides)", lines.get(8));
    }
}
