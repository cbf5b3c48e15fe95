package io.github.incidentnotice.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.model.Stage;

/** Kind and stage from the fields status sites keep: {@code status: Resolved}, {@code type}, {@code start_date}/{@code end_date}. */
class StatusSiteKindStageTest {

    private final CheckEngine engine = new CheckEngine(ChecklistLoader.defaults());

    private NoticeResult check(String frontMatter) {
        return engine.check("incidents/n.md", "---\ntitle: Storage cluster unreachable\n" + frontMatter
                + "---\nThe storage cluster could not be reached.\n");
    }

    @Test
    void statusIsReadInAnyCase() {
        NoticeResult r = check("status: Resolved\ntype: Issue\n");
        assertEquals(Kind.INCIDENT, r.kind());
        assertEquals(Stage.RESOLVED, r.stage());
        assertEquals(Stage.ONGOING, check("status: MONITORING\n").stage());
    }

    @Test
    void typeMaintenanceIsMaintenanceAndTypeIssueOrIncidentIsAnIncident() {
        assertEquals(Kind.MAINTENANCE, check("type: Maintenance\nstatus: Completed\n").kind());
        assertEquals(Kind.INCIDENT, check("type: Issue\nstatus: resolved\n").kind());
        assertEquals(Kind.INCIDENT, check("type: incident\nstatus: resolved\n").kind());
    }

    @Test
    void aBlogsOwnTypeSaysNothingAboutTheKind() {
        NoticeResult r = check("type: post\nstatus: resolved\n");
        assertEquals(Kind.INCIDENT, r.kind());
        assertEquals("", String.join(",", r.findings().stream().filter(f -> f.rule().equals("front-matter"))
                .map(f -> f.line() + ":" + f.message()).toList()));
    }

    @Test
    void anEndDateClosesTheEntryWhateverTheClockSays() {
        NoticeResult past = check("type: Issue\nstart_date: 2021-06-01 08:00\nend_date: 2021-06-01 09:30\n");
        assertEquals(Stage.RESOLVED, past.stage());
        assertEquals(false, past.inferred());
        // a planned window: the same verdict before and after it, so a cached verdict never goes stale
        NoticeResult future = check("type: Maintenance\nstart_date: 2999-06-01 08:00\nend_date: 2999-06-01 09:30\n");
        assertEquals(Kind.MAINTENANCE, future.kind());
        assertEquals(Stage.RESOLVED, future.stage());
    }

    @Test
    void aStartDateAloneLeavesTheStageToTheText() {
        NoticeResult r = engine.check("incidents/n.md", "---\ntitle: Storage cluster unreachable\ntype: Issue\n"
                + "start_date: 2021-06-01 08:00\n---\nWe are investigating why the storage cluster cannot be reached.\n");
        assertEquals(Stage.ONGOING, r.stage());
        assertEquals(true, r.inferred());
    }

    @Test
    void whatTheStatusSaysWinsOverTheEndDate() {
        assertEquals(Stage.ONGOING, check("status: monitoring\nend_date: 2021-06-01 09:30\n").stage());
    }
}
