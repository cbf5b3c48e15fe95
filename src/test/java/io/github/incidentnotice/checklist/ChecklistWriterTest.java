package io.github.incidentnotice.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.DefectSpec;
import io.github.incidentnotice.model.ElementSpec;
import org.junit.jupiter.api.Test;

/** The effective checklist written as YAML is a valid team checklist that loads back to the same rules. */
class ChecklistWriterTest {

    private static void assertSameRules(Checklist expected, Checklist actual) {
        assertEquals(expected.elements().stream().map(ElementSpec::withoutOrigins).toList(),
                actual.elements().stream().map(ElementSpec::withoutOrigins).toList());
        assertEquals(expected.defects().stream().map(DefectSpec::withoutOrigins).toList(),
                actual.defects().stream().map(DefectSpec::withoutOrigins).toList());
        assertEquals(expected.markers(), actual.markers());
        assertEquals(expected.vocabulary(), actual.vocabulary());
        assertEquals(ChecklistFingerprint.of(expected), ChecklistFingerprint.of(actual));
    }

    @Test
    void theDefaultLoadsBackEqual() throws ChecklistException {
        Checklist defaults = ChecklistLoader.defaults();
        String yaml = ChecklistWriter.render(defaults, true);
        assertTrue(yaml.contains("\nextends: none\n"), yaml);
        assertSameRules(defaults, ChecklistLoader.loadText(yaml, "effective.yml"));
    }

    @Test
    void aTeamChecklistLoadsBackEqual() throws ChecklistException {
        Checklist team = ChecklistLoader.loadText(ChecklistMergeTest.DESIGN_EXAMPLE
                + "  placeholder: {level: warning}\n  vague-impact: off\n", ".incident-checklist.yml");
        Checklist back = ChecklistLoader.loadText(ChecklistWriter.render(team, true), "effective.yml");
        assertSameRules(team, back);
        assertEquals(List.of(), back.element("thanks").orElseThrow().levels().keySet().stream().toList());
    }

    @Test
    void commentsSayWhereSettingsCameFrom() throws ChecklistException {
        Checklist team = ChecklistLoader.loadText(ChecklistMergeTest.DESIGN_EXAMPLE, ".incident-checklist.yml");
        String yaml = ChecklistWriter.render(team, true);
        assertTrue(yaml.contains("  thanks:  # [default-checklist.yml:" + DefaultLines.element("thanks")
                + ", .incident-checklist.yml:3]\n"), yaml);
        assertTrue(yaml.contains("    levels: {}  # off: [.incident-checklist.yml:3]\n"), yaml);
        assertTrue(yaml.contains("    levels: {incident/resolved: error, incident/postmortem: error}  # incident/resolved "
                + "[.incident-checklist.yml:6], incident/postmortem [.incident-checklist.yml:7]\n"), yaml);
    }

    @Test
    void aNameWithHiddenCharactersIsWrittenOnOneVisibleLine() throws ChecklistException {
        Checklist team = ChecklistLoader.loadText(ChecklistMergeTest.DESIGN_EXAMPLE, "team\u202Eevil\u0085.yml");
        String first = ChecklistWriter.render(team, true).lines().findFirst().orElseThrow();
        // a bidi override would reorder the comment as a reader sees it; a C1 control breaks the line in some terminals
        assertTrue(first.contains("'team evil .yml'"), first);
    }

    @Test
    void textWithQuotesAndLineBreaksReadsBack() throws ChecklistException {
        String yaml = "extends: none\nelements:\n  own:\n    description: " + ChecklistWriter.quote("it's \"ours\"\n\ttab \\ done")
                + "\n    levels: {incident/resolved: error}\n    phrases: [" + ChecklistWriter.quote("don't") + "]\n";
        Checklist c = ChecklistLoader.loadText(yaml, "q.yml");
        assertEquals("it's \"ours\"\n\ttab \\ done", c.element("own").orElseThrow().description());
        assertSameRules(c, ChecklistLoader.loadText(ChecklistWriter.render(c, false), "q2.yml"));
    }

    @Test
    void theFingerprintDependsOnTheRulesOnly() throws ChecklistException {
        String a = ChecklistFingerprint.of(ChecklistLoader.loadText("elements:\n  thanks: off\n", "a.yml"));
        String b = ChecklistFingerprint.of(ChecklistLoader.loadText("\n\n# the same rule, elsewhere\nelements: {thanks: off}\n", "b.yml"));
        String c = ChecklistFingerprint.of(ChecklistLoader.loadText("elements:\n  make-good: off\n", "a.yml"));
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertNotEquals(a, ChecklistFingerprint.of(ChecklistLoader.defaults()));
        assertTrue(a.matches("[0-9a-f]{64}"), a);
        assertEquals(ChecklistFingerprint.of(ChecklistLoader.defaults()), ChecklistFingerprint.of(ChecklistLoader.defaults()));
    }

    @Test
    void theDescriptionListsLevelsCountsAndOrigins() throws ChecklistException {
        Checklist c = ChecklistLoader.loadText("""
                extends: none
                elements:
                  status-page-link:
                    description: Link to the status page
                    levels: {incident/ongoing: error, incident/resolved: warning}
                    headings: ["Live status", "Status page"]
                    phrases: ['status\\.example\\.com']
                  thanks:
                    description: Thanks customers
                    levels: {}
                defects:
                  jargon:
                    description: Internal jargon
                    level: warning
                    message: '"{excerpt}" is jargon.'
                    phrases: ['\\bSEV-?\\d\\b', '\\bRCA\\b']
                """, "team.yml");
        List<String> lines = ChecklistDescription.lines(c);
        String fingerprint = ChecklistFingerprint.of(c).substring(0, 12);
        assertEquals(List.of(
                "Effective checklist: team.yml (2 elements, 1 defect; fingerprint " + fingerprint + ")",
                "",
                "element status-page-link  [team.yml:3]",
                "  description      Link to the status page  [team.yml:4]",
                "  levels           incident/ongoing: error, incident/resolved: warning [team.yml:5]; off elsewhere",
                "  headings         2  [team.yml:6]",
                "  phrases          1  [team.yml:7]",
                "",
                "element thanks  [team.yml:8]",
                "  description      Thanks customers  [team.yml:9]",
                "  levels           off everywhere",
                "  headings         0",
                "  phrases          0",
                "",
                "defect jargon  [team.yml:12]",
                "  description      Internal jargon  [team.yml:13]",
                "  level            warning in every kind and stage  [team.yml:14]",
                "  phrases          2  [team.yml:16]"), lines);
    }
}
