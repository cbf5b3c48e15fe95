package io.github.incidentnotice.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.model.Checklist;
import org.junit.jupiter.api.Test;

/** A placeholder standing for an element is reported once, naming the element, not again as the element missing. */
class PlaceholderGuideTest {

    private static final Checklist DEFAULTS = ChecklistLoader.defaults();

    private static List<String> findings(String body) {
        String text = "---\ntitle: Checkout errors\ndate: 2026-03-02T09:14:00Z\nstatus: investigating\n---\n"
                + "Checkout failed for every EU customer from 09:14 UTC because of a change we deployed; we are sorry.\n"
                + "Thank you for your patience. You do not need to do anything.\n" + body;
        return new CheckEngine(DEFAULTS).check("a.md", text).findings().stream()
                .map(f -> f.line() + ":" + f.column() + " [" + f.rule() + "] " + f.message()).toList();
    }

    @Test
    void aPlaceholderUnderAHeadingStandsForTheHeadingsElement() {
        assertEquals(List.of("10:1 [placeholder] \"TBD\" is a placeholder; replace it with the real text before publishing."
                + " It is the guide for next-update: When the next update will come (a time or an interval). For example:"
                + " \"Next update by 10:30 UTC, or sooner if anything changes.\""), findings("\n## Next update\nTBD\n"));
    }

    @Test
    void aGuideLineNamesItsElement() {
        assertEquals(List.of("9:1 [placeholder] \"TODO\" is a placeholder; replace it with the real text before publishing."
                + " It is the guide for next-update: When the next update will come (a time or an interval). For example:"
                + " \"Next update by 10:30 UTC, or sooner if anything changes.\""),
                findings("\nTODO (next-update): say when.\n"));
        assertEquals(Optional.of("next-update"), PlaceholderGuide.named("TODO (next-update): when"));
        assertEquals(Optional.empty(), PlaceholderGuide.named("TODO: when"));
    }

    @Test
    void aPlaceholderForNoElementLeavesTheMissingFindingInPlace() {
        List<String> found = findings("\nTODO: check the numbers.\n");
        assertEquals(List.of("[missing-next-update]",
                "9:1 [placeholder] \"TODO\" is a placeholder; replace it with the real text before publishing."), found.stream().map(f -> f.contains("[missing-") ? f.substring(f.indexOf('['),
                f.indexOf(']') + 1) : f).toList());
    }

    @Test
    void aGuideForAnElementStatedElsewhereSaysSo() {
        List<String> found = findings("\nTODO (apology): say sorry.\n\n## Next update\nNext update by 10:30 UTC.\n");
        assertEquals(List.of("9:1 [placeholder] \"TODO\" is a placeholder; replace it with the real text before publishing."
                + " It is the guide for apology, which the notice already states at line 6 (\"Checkout failed for every EU"
                + " customer from 09:14 UTC becaus\u2026\"); replace the line with more, or"
                + " remove it."), found);
    }
}
