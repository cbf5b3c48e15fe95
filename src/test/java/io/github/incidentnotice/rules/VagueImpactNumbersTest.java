package io.github.incidentnotice.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.checklist.ChecklistWriter;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.Finding;

/** Softer impact wording is excused only by an impact stated with a number ({@code excused-only-by-numbers}). */
class VagueImpactNumbersTest {

    private static final String HEAD = "---\ntitle: Dashboard sign-in failures\nstatus: resolved\n---\n";

    private static List<String> vague(Checklist checklist, String body) {
        return new CheckEngine(checklist).check("incidents/n.md", HEAD + body + "\n").findings().stream()
                .filter(f -> f.rule().equals("vague-impact")).map(Finding::excerpt).toList();
    }

    @Test
    void anImpactWithoutNumbersLeavesSoftWordingVague() {
        assertEquals(List.of("Some customers"), vague(ChecklistLoader.defaults(),
                "Some customers could not sign in to the dashboard."));
    }

    @Test
    void anImpactWithNumbersExcusesIt() {
        assertEquals(List.of(), vague(ChecklistLoader.defaults(),
                "Some customers could not sign in between 14:05 and 14:50 UTC, about 3,000 in all."));
    }

    @Test
    void aTeamMayExcuseItByAnyImpactAndTheSettingSurvivesWritingTheChecklist() throws Exception {
        Checklist team = ChecklistLoader.loadText("defects:\n  vague-impact:\n    excused-only-by-numbers: false\n",
                ".incident-checklist.yml");
        assertFalse(team.defect("vague-impact").orElseThrow().excusedOnlyByNumbers());
        assertEquals(List.of(), vague(team, "Some customers could not sign in to the dashboard."));
        String written = ChecklistWriter.render(ChecklistLoader.defaults(), false);
        assertTrue(written.contains("    excused-only-by-numbers: true\n"), written);
        assertTrue(ChecklistLoader.loadText(written, "written.yml").defect("vague-impact").orElseThrow()
                .excusedOnlyByNumbers());
    }

    @Test
    void anythingButTrueOrFalseIsAChecklistError() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> ChecklistLoader.loadText(
                "defects:\n  vague-impact:\n    excused-only-by-numbers: sometimes\n", ".incident-checklist.yml"));
        assertTrue(e.getMessage().startsWith(".incident-checklist.yml:3:30: "), e.getMessage());
    }
}
