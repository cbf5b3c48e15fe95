package io.github.incidentnotice.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.model.Kind;

/** Maintenance is planned work: wording of unplanned work keeps maintenance words from making a notice maintenance. */
class UnplannedWorkKindTest {

    private final CheckEngine engine = new CheckEngine(ChecklistLoader.defaults());

    private Kind kind(String frontMatter, String body) {
        return engine.check("incidents/n.md", "---\n" + frontMatter + "---\n" + body + "\n").kind();
    }

    @Test
    void plannedMaintenanceInTheTitleIsMaintenance() {
        assertEquals(Kind.MAINTENANCE, kind("title: Scheduled maintenance of the build cluster\n",
                "The build cluster will be offline on Saturday from 02:00 to 04:00 UTC."));
        assertEquals(Kind.MAINTENANCE, kind("title: Database migration\n", "We moved the queue to new disks."));
    }

    @Test
    void emergencyOrUnplannedWorkInTheTitleIsAnIncident() {
        assertEquals(Kind.INCIDENT, kind("title: 'Frankfurt: emergency maintenance'\n",
                "A failing switch had to be replaced at once; traffic was down for 20 minutes."));
        assertEquals(Kind.INCIDENT, kind("title: Unplanned storage migration\n", "We moved the queue to new disks."));
        assertEquals(Kind.INCIDENT, kind("title: Mantenimiento de emergencia / Emergency maintenance\n",
                "El servicio no estuvo disponible."));
    }

    @Test
    void aLeadSentenceOnUnscheduledWorkDoesNotMakeItMaintenance() {
        assertEquals(Kind.INCIDENT, kind("title: Build cluster offline\n",
                "We had to carry out unscheduled maintenance on the build cluster after a disk failed."));
        assertEquals(Kind.MAINTENANCE, kind("title: Build cluster offline\n",
                "We will carry out maintenance on the build cluster on Saturday."));
    }

    @Test
    void aStatusPostThatLeavesTheStatusAloneStaysMaintenanceOrAnAnnouncement() {
        // cState's informational flag: not an incident whatever its words, so unplanned work there is still maintenance
        assertEquals(Kind.MAINTENANCE, kind("title: Emergency maintenance of the mail relay\ninformational: true\n",
                "The mail relay restarts tonight."));
    }
}
