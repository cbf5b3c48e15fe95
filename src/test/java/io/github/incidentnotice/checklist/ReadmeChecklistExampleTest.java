package io.github.incidentnotice.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.KindStage;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.Stage;
import org.junit.jupiter.api.Test;

/** The complete example in the README is a valid checklist that does what the README says. */
class ReadmeChecklistExampleTest {

    static String readmeExample() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("## Your team's checklist");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    @Test
    void theExampleLoadsAndDoesWhatItSays() throws Exception {
        Checklist c = ChecklistLoader.loadText(readmeExample(), ".incident-checklist.yml");
        assertEquals(Map.of(), c.element("thanks").orElseThrow().levels());
        assertEquals(Level.ERROR, c.element("make-good").orElseThrow()
                .levelFor(new KindStage(Kind.INCIDENT, Stage.RESOLVED)));
        assertEquals(List.of(), c.element("make-good").orElseThrow().severities());
        assertEquals("status-page-link", c.elements().get(c.elements().size() - 1).id());
        assertEquals(Level.OFF, c.defect("vague-impact").orElseThrow().level());
        assertTrue(c.element("status-page-link").orElseThrow().phrases().get(0).find("see status.example.com") != null);
    }

    /**
     * The output shown in the README is what the goal prints for the example. Numbers are compared as
     * "N": the default checklist's lines and counts move as it is tuned.
     */
    @Test
    void theOutputShownIsTheOutputPrinted() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int shown = readme.indexOf("```\n", readme.indexOf("It prints every element and defect")) + 4;
        List<String> expected = readme.substring(shown, readme.indexOf("```", shown)).lines()
                .map(l -> l.replaceFirst("^\\[INFO\\] ", "")).map(ReadmeChecklistExampleTest::numbersAsN).toList();
        List<String> printed = ChecklistDescription.lines(ChecklistLoader.loadText(readmeExample(), ".incident-checklist.yml"))
                .stream().map(ReadmeChecklistExampleTest::numbersAsN).toList();
        assertTrue(expected.size() > 5, "the README shows the output");
        for (String line : expected) {
            assertTrue(printed.contains(line), "the README shows a line the goal does not print: " + line);
        }
    }

    private static String numbersAsN(String line) {
        return line.replaceAll("fingerprint [0-9a-f]+", "fingerprint N").replaceAll("\\d+", "N");
    }
}
