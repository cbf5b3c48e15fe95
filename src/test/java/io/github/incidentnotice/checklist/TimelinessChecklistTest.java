package io.github.incidentnotice.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;

import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.KindStage;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.Stage;
import io.github.incidentnotice.model.TimelinessSpec;
import org.junit.jupiter.api.Test;

/** The timeliness section of a checklist: defaults, a team's overrides, its mistakes, and the checklist goal's output. */
class TimelinessChecklistTest {

    private static final String FILE = ".incident-checklist.yml";

    private static String error(String yaml) {
        return assertThrows(ChecklistException.class, () -> ChecklistLoader.loadText(yaml, FILE)).getMessage();
    }

    @Test
    void theDefaults() {
        Checklist d = ChecklistLoader.defaults();
        assertEquals(TimelinessSpec.IDS, d.timeliness().stream().map(TimelinessSpec::id).toList());
        assertEquals(Map.of("critical", Duration.ofHours(1), "major", Duration.ofHours(1)),
                d.timeliness("late-admission").orElseThrow().afterSeverity());
        assertEquals(Duration.ofDays(14), d.timeliness("left-open").orElseThrow().after());
        assertEquals(Level.WARNING, d.timeliness("stale-update").orElseThrow()
                .levelFor(new KindStage(Kind.INCIDENT, Stage.ONGOING)));
    }

    @Test
    void aTeamChangesTimesAndLevels() throws ChecklistException {
        Checklist c = ChecklistLoader.loadText("""
                timeliness:
                  late-admission:
                    after: {minor: 4h, major: off}
                    levels: {incident/ongoing: error}
                  left-open:
                    after: PT36H
                  resolved-without-time: off
                """, FILE);
        TimelinessSpec late = c.timeliness("late-admission").orElseThrow();
        assertEquals(Map.of("critical", Duration.ofHours(1), "minor", Duration.ofHours(4)), late.afterSeverity());
        assertEquals(Level.ERROR, late.levelFor(new KindStage(Kind.INCIDENT, Stage.ONGOING)));
        assertEquals(Level.WARNING, late.levelFor(new KindStage(Kind.INCIDENT, Stage.RESOLVED)));
        assertEquals(Duration.ofHours(36), c.timeliness("left-open").orElseThrow().after());
        assertEquals(Map.of(), c.timeliness("resolved-without-time").orElseThrow().levels());
    }

    @Test
    void mistakesNameTheLine() {
        assertEquals(FILE + ":2:3: unknown timeliness check 'stale'; known: stale-update, late-admission, left-open,"
                + " resolved-without-time", error("timeliness:\n  stale: off\n"));
        assertEquals(FILE + ":3:12: '2 weeks' is not a time; write a number with m, h or d (30m, 1h, 14d), or ISO-8601"
                + " such as PT1H30M", error("timeliness:\n  left-open:\n    after: 2 weeks\n"));
        assertEquals(FILE + ":3:5: timeliness check 'stale-update' takes no 'after'",
                error("timeliness:\n  stale-update:\n    after: 1h\n"));
        assertEquals(FILE + ":3:3: timeliness check 'left-open' is not in the checklist this one extends ('extends:"
                + " none' starts without them); give it with its 'description' and 'levels'",
                error("extends: none\ntimeliness:\n  left-open:\n    after: 1d\n"));
    }

    @Test
    void theChecklistGoalWritesThemSoTheyLoadBack() throws ChecklistException {
        Checklist d = ChecklistLoader.defaults();
        Checklist back = ChecklistLoader.loadText(ChecklistWriter.render(d, true), FILE);
        assertEquals(d.timeliness().stream().map(TimelinessSpec::withoutOrigins).toList(),
                back.timeliness().stream().map(TimelinessSpec::withoutOrigins).toList());
    }
}
