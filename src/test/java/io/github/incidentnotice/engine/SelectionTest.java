package io.github.incidentnotice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.report.ConsoleFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A request's selection: the notices it leaves out are not checked, only counted (as ratchetFrom leaves them out). */
class SelectionTest {

    @TempDir
    Path dir;

    @Test
    void notCheckedButCountedAndSaidInTheSummary() throws Exception {
        Path incidents = dir.resolve("incidents");
        Files.createDirectories(incidents);
        for (String name : List.of("a.md", "b.md", "c.md")) {
            Files.writeString(incidents.resolve(name), "---\ntitle: " + name + "\nstatus: resolved\n---\nText.\n");
        }
        CheckRequest request = CheckRequest.of(dir, incidents)
                .withSelection(p -> p.getFileName().toString().equals("b.md"));
        CheckResult result = new CheckEngine(ChecklistLoader.defaults()).run(request);
        assertEquals(List.of("incidents/b.md"), result.notices().stream().map(NoticeResult::file).toList());
        assertEquals(2, result.leftOut());
        String summary = ConsoleFormatter.summary(result, ConsoleFormatter.DEFAULT_CHECKLIST, "origin/main");
        assertEquals(true, summary.matches("1 notice checked: \\d+ errors?, \\d+ warnings?, 2 unchanged since origin/main"
                + " left out \\(\\d+ ms\\); checklist: the default checklist"), summary);
        assertEquals(0, new CheckEngine(ChecklistLoader.defaults()).run(CheckRequest.of(dir, incidents)).leftOut());
    }
}
