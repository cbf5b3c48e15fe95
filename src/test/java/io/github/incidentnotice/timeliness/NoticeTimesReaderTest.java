package io.github.incidentnotice.timeliness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import io.github.incidentnotice.parse.NoticeReader;
import org.junit.jupiter.api.Test;

/** The times a notice states, read from each shape of dated update the parser knows. */
class NoticeTimesReaderTest {

    private static NoticeTimes read(String name, String text) {
        return NoticeTimesReader.read(NoticeReader.parse(name, text), text);
    }

    private static List<String> updates(NoticeTimes t) {
        return t.updates().stream().map(u -> u.time() + "@" + u.line() + ":" + u.column()).toList();
    }

    @Test
    void headingsWithATimeOfDayAreUpdatesOnTheDayOfTheStart() {
        NoticeTimes t = read("incidents/a.md", """
                ---
                title: Queue delays
                date: 2026-03-02T22:40:00Z
                status: monitoring
                ---
                ## Update 22:45 UTC

                We are investigating delays.

                ## Update 00:10 UTC

                A fix is deployed; next update at 01:00 UTC.

                ## Kubernetes 1.32 upgrade plan

                Not an update.
                """);
        assertEquals(List.of("2026-03-02T22:45:00Z@6:4", "2026-03-03T00:10:00Z@10:4"), updates(t));
        assertEquals(Instant.parse("2026-03-03T01:00:00Z"), t.promises().get(0).due());
        assertEquals(Instant.parse("2026-03-03T00:10:00Z"), t.promises().get(0).madeAt());
        assertTrue(t.startHasTime());
    }

    @Test
    void mdxUpdateComponentsAreDatedUpdates() {
        NoticeTimes t = read("incidents/a.mdx", """
                ---
                title: Sign-in errors
                date: 2026-03-02T09:00:00Z
                status: identified
                ---
                <Update date="2026-03-02T09:05:00Z">
                We are investigating sign-in errors.
                </Update>

                <Update date="2026-03-02T09:45:00Z">
                We rolled back the release. We will update you within 20 minutes.
                </Update>
                """);
        assertEquals(2, t.updates().size());
        assertEquals(Instant.parse("2026-03-02T09:45:00Z"), t.lastUpdate());
        assertEquals(Instant.parse("2026-03-02T10:05:00Z"), t.promises().get(0).due());
    }

    @Test
    void aFrontMatterUpdateListIsDatedUpdates() {
        NoticeTimes t = read("incidents/a.md", """
                ---
                title: Batch nodes down
                date: 2024-05-01 09:10
                status: investigating
                updates:
                  - date: 2024-05-01 09:30
                    content: We are investigating why batch jobs do not start.
                  - date: 2024-05-01 10:00
                    content: The cooling unit is being repaired; next update at 11:00.
                ---
                """);
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), t.lastUpdate());
        assertEquals(Instant.parse("2024-05-01T11:00:00Z"), t.promises().get(0).due());
    }

    @Test
    void aDayWithoutATimeIsTooCoarseToTimeAnAdmission() {
        NoticeTimes t = read("incidents/a.md", "---\ntitle: A\ndate: 2026-03-02\nstatus: resolved\n---\nText.\n");
        assertEquals(Instant.parse("2026-03-02T00:00:00Z"), t.start());
        assertFalse(t.startHasTime());
        assertFalse(t.statesEnd());
    }
}
