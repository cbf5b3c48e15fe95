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

/** The complete example on the site's checklist page is a valid checklist that does what the page says. */
class ChecklistPageExampleTest {

    static final Path PAGE = Path.of("src/site/markdown/team-checklist.md");

    static String pageExample() throws Exception {
        String page = Files.readString(PAGE);
        int section = page.indexOf("## Writing a team checklist");
        int start = page.indexOf("```yaml\n", section) + "```yaml\n".length();
        return page.substring(start, page.indexOf("```", start));
    }

    @Test
    void theExampleLoadsAndDoesWhatItSays() throws Exception {
        Checklist c = ChecklistLoader.loadText(pageExample(), ".incident-checklist.yml");
        assertEquals(Map.of(), c.element("thanks").orElseThrow().levels());
        assertEquals(Level.ERROR, c.element("make-good").orElseThrow()
                .levelFor(new KindStage(Kind.INCIDENT, Stage.RESOLVED)));
        assertEquals(List.of(), c.element("make-good").orElseThrow().severities());
        assertEquals("status-page-link", c.elements().get(c.elements().size() - 1).id());
        assertEquals(Level.OFF, c.defect("vague-impact").orElseThrow().level());
        assertTrue(c.element("status-page-link").orElseThrow().phrases().get(0).find("see status.example.com") != null);
    }

    /**
     * The output shown on the page is what the goal prints for the example. Numbers are compared as
     * "N": the default checklist's lines and counts move as it is tuned.
     */
    @Test
    void theOutputShownIsTheOutputPrinted() throws Exception {
        String page = Files.readString(PAGE);
        int shown = page.indexOf("```\n", page.indexOf("It prints every element and defect")) + 4;
        List<String> expected = page.substring(shown, page.indexOf("```", shown)).lines()
                .map(l -> l.replaceFirst("^\\[INFO\\] ", "")).map(ChecklistPageExampleTest::numbersAsN).toList();
        List<String> printed = ChecklistDescription.lines(ChecklistLoader.loadText(pageExample(), ".incident-checklist.yml"))
                .stream().map(ChecklistPageExampleTest::numbersAsN).toList();
        assertTrue(expected.size() > 5, "the page shows the output");
        for (String line : expected) {
            assertTrue(printed.contains(line), "the page shows a line the goal does not print: " + line);
        }
    }

    private static String numbersAsN(String line) {
        return line.replaceAll("fingerprint [0-9a-f]+", "fingerprint N").replaceAll("\\d+", "N");
    }
}
