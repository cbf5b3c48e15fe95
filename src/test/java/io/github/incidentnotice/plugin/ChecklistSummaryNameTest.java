package io.github.incidentnotice.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.report.ConsoleFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistSummaryNameTest {

    @TempDir
    Path root;

    @Test
    void aChecklistInTheModuleIsNamedFromTheModule() {
        File module = root.resolve("notices").toFile();
        assertEquals("team/checklist.yml", ChecklistResolver.summaryName(root.resolve("notices/team/checklist.yml"),
                module, root.toFile()));
        assertEquals(".incident-checklist.yml", ChecklistResolver.summaryName(root.resolve(".incident-checklist.yml"),
                root.toFile(), root.toFile()));
    }

    @Test
    void aChecklistAboveTheModuleIsNamedFromTheTopOfTheBuild() {
        File module = root.resolve("services/notices-us").toFile();
        assertEquals(".incident-checklist.yml (from the top of the build)",
                ChecklistResolver.summaryName(root.resolve(".incident-checklist.yml"), module, root.toFile()));
        assertEquals("../shared/team.yml (from the top of the build)",
                ChecklistResolver.summaryName(root.resolve("../shared/team.yml"), module, root.toFile()));
    }

    @Test
    void noTeamChecklistIsTheDefault() {
        assertEquals("the default checklist", ChecklistResolver.summaryName(null, root.toFile(), root.toFile()));
    }

    @Test
    void theSummaryKeepsItsStartAndEndsWithTheChecklist() {
        CheckResult result = new CheckResult("default", List.of(), 420, 0);
        assertEquals("0 notices checked: 0 errors, 0 warnings (420 ms); checklist: the default checklist",
                ConsoleFormatter.summary(result));
        assertEquals("0 notices checked: 0 errors, 0 warnings (420 ms); checklist: .incident-checklist.yml (from the top"
                + " of the build)", ConsoleFormatter.summary(result, ".incident-checklist.yml (from the top of the build)"));
    }
}
