package io.github.incidentnotice.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;

/** Status-page generators mark planned work in their own front matter; those notices are maintenance. */
class PlannedWindowKindTest {

    private final CheckEngine engine = new CheckEngine(ChecklistLoader.defaults());

    private String kindStage(String frontMatter) {
        var result = engine.check("incidents/n.md", "---\ntitle: Database work\n" + frontMatter
                + "---\nThe database moves to new disks.\n");
        return result.kind().id() + "/" + result.stage().id();
    }

    @Test
    void statusfySeverityOrScheduledStartMakesMaintenance() {
        assertEquals("maintenance/ongoing", kindStage("severity: under-maintenance\nresolved: false\n"));
        assertEquals("maintenance/resolved", kindStage("severity: under-maintenance\nresolved: true\n"));
        assertEquals("maintenance/ongoing", kindStage("scheduled: 2026-03-02T22:00:00Z\nduration: 60\nresolved: false\n"));
    }

    @Test
    void statuspageScheduledForAndVerifying() {
        assertEquals("maintenance/ongoing", kindStage("scheduled_for: 2026-03-02T22:00:00Z\n"));
        assertEquals("maintenance/ongoing", kindStage("status: verifying\n"));
    }

    @Test
    void outageSeveritiesAndAScheduledValueThatIsNoDateLeaveItAnIncident() {
        assertEquals("incident/resolved", kindStage("severity: major-outage\nresolved: true\n"));
        assertEquals("incident/resolved", kindStage("severity: disrupted\nresolved: true\n"));
        assertEquals("incident/resolved", kindStage("scheduled: false\nresolved: true\n"));
    }
}
