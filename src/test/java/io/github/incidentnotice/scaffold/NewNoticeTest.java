package io.github.incidentnotice.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewNoticeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:14:27.123Z"), ZoneOffset.UTC);

    @Test
    void incidentDefaults() throws Exception {
        NewNotice n = NewNotice.of("Checkout failed", null, null, null, null, false, CLOCK);
        assertEquals(Kind.INCIDENT, n.kind());
        assertEquals(Status.INVESTIGATING, n.status());
        assertEquals("major", n.severity());
        assertEquals(OffsetDateTime.parse("2026-03-02T09:14:27Z"), n.date());
    }

    @Test
    void maintenanceDefaults() throws Exception {
        NewNotice n = NewNotice.of("Database upgrade", "", "maintenance", "", "", false, CLOCK);
        assertEquals(Status.SCHEDULED, n.status());
        assertEquals("minor", n.severity());
    }

    @Test
    void aMaintenanceStatusImpliesTheKind() throws Exception {
        assertEquals(Kind.MAINTENANCE, NewNotice.of("Upgrade", null, null, "in progress", null, false, CLOCK).kind());
    }

    @Test
    void theDateIsReadInAnyOffsetAndWrittenInUtc() throws Exception {
        assertEquals(OffsetDateTime.parse("2026-03-01T23:30:00Z"),
                NewNotice.of("x", "2026-03-02T01:30+02:00", null, null, null, false, CLOCK).date());
        assertEquals(OffsetDateTime.parse("2026-03-02T00:00:00Z"),
                NewNotice.of("x", "2026-03-02", null, null, null, false, CLOCK).date());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u0000", "\n\t", "\u202E"})
    void aBlankTitleIsAClearError(String title) {
        ScaffoldException e = assertThrows(ScaffoldException.class,
                () -> NewNotice.of(title, null, null, null, null, false, CLOCK));
        assertEquals("The notice needs a title: -Dincident-notice.title=\"Checkout failed for EU customers\"", e.getMessage());
    }

    @Test
    void aMissingTitleIsAClearError() {
        assertThrows(ScaffoldException.class, () -> NewNotice.of(null, null, null, null, null, false, CLOCK));
    }

    @Test
    void controlCharactersLeaveTheTitle() throws Exception {
        NewNotice n = NewNotice.of("Login\u0000 errors\n---\nstatus: resolved\u001b[2J\u202E", null, null, null, null, false, CLOCK);
        assertEquals("Login errors --- status: resolved [2J", n.title());
        assertFalse(n.title().chars().anyMatch(Character::isISOControl));
    }

    @Test
    void unknownKindStatusOrDateAreClearErrors() {
        assertEquals("Unknown kind 'outage' (incident-notice.kind); allowed: incident, maintenance.",
                assertThrows(ScaffoldException.class, () -> NewNotice.of("x", null, "outage", null, null, false, CLOCK)).getMessage());
        assertEquals("Unknown status 'done' (incident-notice.status); allowed: investigating, identified, monitoring, "
                        + "resolved, postmortem, scheduled, in-progress, verifying, completed.",
                assertThrows(ScaffoldException.class, () -> NewNotice.of("x", null, null, "done", null, false, CLOCK)).getMessage());
        assertEquals("The status 'scheduled' is not for incident notices (incident-notice.status); allowed for incident: "
                        + "investigating, identified, monitoring, resolved, postmortem.",
                assertThrows(ScaffoldException.class, () -> NewNotice.of("x", null, "incident", "scheduled", null, false, CLOCK)).getMessage());
        assertEquals("The status 'postmortem' is not for maintenance notices (incident-notice.status); allowed for maintenance: "
                        + "investigating, identified, monitoring, resolved, scheduled, in-progress, verifying, completed.",
                assertThrows(ScaffoldException.class, () -> NewNotice.of("x", null, "maintenance", "postmortem", null, false, CLOCK)).getMessage());
        assertEquals("Cannot read the date 'yesterday' (incident-notice.date); write it as 2026-03-02T09:14:00Z or 2026-03-02.",
                assertThrows(ScaffoldException.class, () -> NewNotice.of("x", "yesterday", null, null, null, false, CLOCK)).getMessage());
    }
}
