package io.github.incidentnotice.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.DefectSpec;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.KindStage;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.Origin;
import io.github.incidentnotice.match.Phrase;
import io.github.incidentnotice.model.Stage;
import org.junit.jupiter.api.Test;

/** How a team's file merges with the default checklist, and where each setting is recorded to come from. */
class ChecklistMergeTest {

    private static final String FILE = ".incident-checklist.yml";
    private static final KindStage ONGOING = new KindStage(Kind.INCIDENT, Stage.ONGOING);
    private static final KindStage RESOLVED = new KindStage(Kind.INCIDENT, Stage.RESOLVED);
    private static final KindStage POSTMORTEM = new KindStage(Kind.INCIDENT, Stage.POSTMORTEM);

    /** The example of DESIGN section 3, line for line. */
    static final String DESIGN_EXAMPLE = """
            extends: default
            elements:
              thanks: off
              make-good:
                levels:
                  incident/resolved: error
                  incident/postmortem: error
              prevention:
                headings: ["Never again"]
                phrases: ["we will never again"]
              status-page-link:
                description: Link to the status page for live updates
                levels: {incident/ongoing: error, incident/resolved: warning}
                headings: ["Live status"]
                phrases: ["status\\\\.example\\\\.com"]
            defects:
              non-apology:
                phrases: ["sorry for the trouble"]
            """;

    private static Checklist team() throws ChecklistException {
        return ChecklistLoader.loadText(DESIGN_EXAMPLE, FILE);
    }

    private static ElementSpec element(Checklist c, String id) {
        return c.element(id).orElseThrow();
    }

    @Test
    void anEmptyFileIsTheDefault() throws ChecklistException {
        Checklist empty = ChecklistLoader.loadText("", FILE);
        assertEquals(FILE, empty.name());
        assertEquals(ChecklistFingerprint.of(ChecklistLoader.defaults()), ChecklistFingerprint.of(empty));
        assertEquals(ChecklistFingerprint.of(ChecklistLoader.defaults()),
                ChecklistFingerprint.of(ChecklistLoader.loadText("extends: default\n", FILE)));
    }

    @Test
    void anElementTurnedOffHasNoLevelsAndKeepsItsWording() throws ChecklistException {
        ElementSpec thanks = element(team(), "thanks");
        ElementSpec before = element(ChecklistLoader.defaults(), "thanks");
        assertEquals(Map.of(), thanks.levels());
        assertEquals(Level.OFF, thanks.levelFor(RESOLVED));
        assertEquals(before.phrases(), thanks.phrases());
        assertEquals(List.of(new Origin(FILE, 3)), thanks.origins().of("off"));
        assertEquals(List.of(new Origin("default-checklist.yml", DefaultLines.element("thanks")), new Origin(FILE, 3)), thanks.origins().of("element"));
    }

    @Test
    void aRaisedLevelChangesOnlyTheKindsAndStagesNamed() throws ChecklistException {
        ElementSpec makeGood = element(team(), "make-good");
        assertEquals(Map.of(RESOLVED, Level.ERROR, POSTMORTEM, Level.ERROR), makeGood.levels());
        assertEquals(List.of(new Origin(FILE, 6)), makeGood.origins().of("level:incident/resolved"));
        assertEquals(List.of(new Origin(FILE, 7)), makeGood.origins().of("level:incident/postmortem"));
        assertEquals(List.of("critical", "major", "down"), makeGood.severities(), "the severity filter is kept");

        ElementSpec thanks = element(ChecklistLoader.loadText(
                "elements:\n  thanks:\n    levels: {incident/resolved: error}\n", FILE), "thanks");
        assertEquals(Map.of(ONGOING, Level.WARNING, RESOLVED, Level.ERROR, POSTMORTEM, Level.WARNING), thanks.levels());
        assertEquals(List.of(new Origin("default-checklist.yml", DefaultLines.levels("thanks"))), thanks.origins().of("level:incident/ongoing"));
    }

    @Test
    void aWildcardStageAndOffPerKindAndStage() throws ChecklistException {
        ElementSpec fix = element(ChecklistLoader.loadText(
                "elements:\n  fix:\n    levels: {maintenance/*: warning, incident/postmortem: off}\n", FILE), "fix");
        assertEquals(Level.WARNING, fix.levelFor(new KindStage(Kind.MAINTENANCE, Stage.ONGOING)));
        assertEquals(Level.WARNING, fix.levelFor(new KindStage(Kind.MAINTENANCE, Stage.POSTMORTEM)));
        assertEquals(Level.ERROR, fix.levelFor(RESOLVED));
        assertEquals(Level.OFF, fix.levelFor(POSTMORTEM));
    }

    @Test
    void headingsAndPhrasesAreAddedToTheDefaultOnes() throws ChecklistException {
        ElementSpec prevention = element(team(), "prevention");
        ElementSpec before = element(ChecklistLoader.defaults(), "prevention");
        assertEquals(before.headings().size() + 1, prevention.headings().size());
        assertEquals("Never again", prevention.headings().get(prevention.headings().size() - 1));
        assertEquals(before.phrases().size() + 1, prevention.phrases().size());
        Phrase added = prevention.phrases().get(prevention.phrases().size() - 1);
        assertEquals("we will never again", added.source());
        assertTrue(added.find("WE WILL NEVER AGAIN ship on a Friday") != null, "phrases are case-insensitive");
        assertEquals(new Origin(FILE, 10), prevention.origins().of("phrases").get(prevention.phrases().size() - 1));
        assertEquals(before.levels(), prevention.levels());
    }

    @Test
    void anElementOfTheTeamsOwnComesLast() throws ChecklistException {
        Checklist c = team();
        assertEquals(12, c.elements().size());
        ElementSpec own = c.elements().get(11);
        assertEquals("status-page-link", own.id());
        assertEquals("Link to the status page for live updates", own.description());
        assertEquals(Map.of(ONGOING, Level.ERROR, RESOLVED, Level.WARNING), own.levels());
        assertEquals(List.of("Live status"), own.headings());
        assertEquals("status\\.example\\.com", own.phrases().get(0).source());
        assertEquals(List.of(new Origin(FILE, 11)), own.origins().of("element"));
        assertTrue(c.ruleIds().containsKey("missing-status-page-link"));
    }

    @Test
    void defectPhrasesAreAdded() throws ChecklistException {
        DefectSpec nonApology = team().defect("non-apology").orElseThrow();
        DefectSpec before = ChecklistLoader.defaults().defect("non-apology").orElseThrow();
        assertEquals(before.phrases().size() + 1, nonApology.phrases().size());
        assertEquals(before.level(), nonApology.level());
        assertEquals(before.message(), nonApology.message());
    }

    @Test
    void aDefectCanBeTurnedOffOrLowered() throws ChecklistException {
        Checklist c = ChecklistLoader.loadText("defects:\n  vague-impact: off\n  placeholder: {level: warning}\n", FILE);
        assertEquals(Level.OFF, c.defect("vague-impact").orElseThrow().level());
        assertEquals(Level.WARNING, c.defect("placeholder").orElseThrow().level());
        assertEquals(List.of(new Origin(FILE, 3)), c.defect("placeholder").orElseThrow().origins().of("level"));
    }

    @Test
    void anExplicitStageBeatsTheWildcardWhereverEachStands() throws ChecklistException {
        for (String levels : List.of("{incident/resolved: warning, incident/*: error}",
                "{incident/*: error, incident/resolved: warning}")) {
            ElementSpec e = element(ChecklistLoader.loadText("elements:\n  make-good:\n    levels: " + levels + "\n", FILE),
                    "make-good");
            assertEquals(Level.WARNING, e.levels().get(new io.github.incidentnotice.model.KindStage(
                    io.github.incidentnotice.model.Kind.INCIDENT, io.github.incidentnotice.model.Stage.RESOLVED)), levels);
            assertEquals(Level.ERROR, e.levels().get(new io.github.incidentnotice.model.KindStage(
                    io.github.incidentnotice.model.Kind.INCIDENT, io.github.incidentnotice.model.Stage.ONGOING)), levels);
        }
    }

    @Test
    void extendsNoneStartsEmpty() throws ChecklistException {
        Checklist c = ChecklistLoader.loadText("""
                extends: none
                elements:
                  status-page-link:
                    description: Link to the status page
                    levels: {incident/*: error}
                    phrases: ['status\\.example\\.com']
                """, FILE);
        assertEquals(List.of("status-page-link"), c.elements().stream().map(ElementSpec::id).toList());
        assertEquals(List.of(), c.defects());
        assertTrue(c.vocabulary().isEmpty());
        assertTrue(c.markers().isEmpty());
    }

    @Test
    void severitiesAreReplacedNotAdded() throws ChecklistException {
        ElementSpec everywhere = element(ChecklistLoader.loadText("elements:\n  make-good: {severities: []}\n", FILE), "make-good");
        assertEquals(List.of(), everywhere.severities(), "[] makes make-good apply to every severity");
        ElementSpec critical = element(ChecklistLoader.loadText("elements:\n  make-good: {severities: [critical]}\n", FILE),
                "make-good");
        assertEquals(List.of("critical"), critical.severities());
    }

    @Test
    void ownVocabularyAndMarkers() throws ChecklistException {
        Checklist c = ChecklistLoader.loadText("""
                vocabulary:
                  status-host: 'status\\.example\\.com'
                markers:
                  maintenance: ['\\bwartung\\b']
                elements:
                  status-page-link:
                    description: Link to the status page
                    levels: {incident/ongoing: error}
                    phrases: ['see {status-host}']
                """, FILE);
        assertFalse(c.vocabulary().isEmpty());
        assertEquals(ChecklistLoader.defaults().marker("maintenance").size() + 1, c.marker("maintenance").size());
        assertTrue(element(c, "status-page-link").phrases().get(0).find("Please see status.example.com for news") != null);
    }
}
