package io.github.incidentnotice.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;

import io.github.incidentnotice.bench.NoticeGenerator;
import io.github.incidentnotice.checklist.ChecklistException;
import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.engine.CheckRequest;
import io.github.incidentnotice.engine.ChecklistSource;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.report.HtmlReport;
import io.github.incidentnotice.report.SarifReport;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.NoticeResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checklist's outline kept in the findings cache writes the same reports as the parsed checklist, so a
 * run served wholly from the cache need not parse it; and such a run leaves the cache file untouched.
 */
class ChecklistOutlineTest {

    private static final String KEY = "k1";
    private static final String TEAM = """
            extends: default
            elements:
              thanks: off
              apology:
                hint: say sorry to the customer, by name of what went wrong
                levels:
                  incident/resolved: warning
              status-page:
                description: The notice links the status page.
                levels:
                  incident/resolved: error
                headings: [status]
                phrases: [status page]
            defects:
              jargon:
                description: Internal jargon.
                level: warning
                message: '"{excerpt}" is jargon'
                phrases: [p1 sev]
            """;

    @TempDir
    Path project;

    private Path incidents;
    private Path cacheFile;

    @BeforeEach
    void notices() throws IOException {
        incidents = project.resolve("incidents");
        new NoticeGenerator(5).write(incidents, 30);
        cacheFile = project.resolve("target/" + FindingsCache.FILE_NAME);
    }

    private CheckResult run(Checklist checklist) throws IOException {
        FindingsCache cache = FindingsCache.load(cacheFile, KEY, m -> { });
        CheckResult result = new CheckEngine(checklist).run(CheckRequest.of(project, incidents), cache, 2);
        cache.save();
        return result;
    }

    private static List<String> reports(Checklist checklist, CheckResult result) throws IOException {
        return List.of(new SarifReport(checklist, "1.0", "", project().toUri()).toJson(result),
                new HtmlReport(checklist, "1.0").toHtml(result), checklist.ruleIds().toString());
    }

    private static Path project() {
        return Path.of("/work/project");
    }

    @Test
    void theOutlineWritesTheSameReportsAsTheDefaultChecklist() throws IOException {
        sameReports(ChecklistLoader.defaults());
    }

    @Test
    void theOutlineWritesTheSameReportsAsATeamChecklist() throws IOException, ChecklistException {
        sameReports(ChecklistLoader.loadText(TEAM, ".incident-checklist.yml"));
    }

    private void sameReports(Checklist checklist) throws IOException {
        CheckResult result = run(checklist);
        Checklist outline = FindingsCache.load(cacheFile, KEY, m -> { }).checklistOutline();

        assertEquals(checklist.name(), outline.name());
        assertEquals(checklist.elements().size(), outline.elements().size());
        assertEquals(checklist.defects().size(), outline.defects().size());
        assertEquals(List.of(), outline.elements().get(0).phrases(), "an outline has no phrases");
        assertEquals(reports(checklist, result), reports(outline, result));
    }

    @Test
    void aResultFromTheCacheKeepsTheLevelsTheCheckGaveIt() throws IOException {
        // make-good applies only to critical and major incidents: the checklist alone cannot say it is off here
        Files.writeString(incidents.resolve("minor.md"), """
                ---
                title: Search results were slow
                date: 2026-03-01T10:00:00Z
                status: resolved
                severity: minor
                ---
                Searches took up to 20 seconds from 10:00 to 10:40 UTC.
                """);
        Checklist checklist = ChecklistLoader.defaults();
        CheckResult fresh = run(checklist);
        FindingsCache cache = FindingsCache.load(cacheFile, KEY, m -> { });
        ChecklistSource unused = ChecklistSource.lazy("default", () -> {
            throw new AssertionError("a run served from the cache loaded the checklist");
        });
        CheckResult cached = new CheckEngine(unused, Set.of()).run(CheckRequest.of(project, incidents), cache, 2);

        assertEquals(fresh.notices(), cached.notices());
        NoticeResult minor = cached.notices().stream().filter(n -> n.file().endsWith("minor.md")).findFirst().orElseThrow();
        assertEquals(Level.OFF, minor.levels().get("make-good"));
        CheckResult sameTiming = new CheckResult(cached.checklistName(), cached.notices(), fresh.millis(), fresh.fromCache());
        assertEquals(new HtmlReport(checklist, "1.0").toHtml(fresh),
                new HtmlReport(cache.checklistOutline(), "1.0").toHtml(sameTiming));
    }

    @Test
    void aRunServedWhollyFromTheCacheKeepsTheOutlineAndLeavesTheFileAlone() throws IOException {
        run(ChecklistLoader.defaults());
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(cacheFile, old);
        byte[] before = Files.readAllBytes(cacheFile);

        ChecklistSource source = ChecklistSource.lazy("default", () -> {
            throw new AssertionError("the checklist was loaded");
        });
        FindingsCache cache = FindingsCache.load(cacheFile, KEY, m -> { });
        CheckResult result = new CheckEngine(source, Set.of()).run(CheckRequest.of(project, incidents), cache, 2);
        cache.save();

        assertEquals(30, result.fromCache());
        assertEquals(old, Files.getLastModifiedTime(cacheFile), "an unchanged run does not rewrite the cache");
        assertEquals(List.of(before.length), List.of(Files.readAllBytes(cacheFile).length));
        assertEquals("default", cache.checklistOutline().name());
    }

    @Test
    void aDeletedNoticeRewritesTheFileAndTheOutlineIsCarriedOver() throws IOException {
        CheckResult first = run(ChecklistLoader.defaults());
        Files.delete(project.resolve(first.notices().get(0).file()));
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(cacheFile, old);

        ChecklistSource source = ChecklistSource.lazy("default", () -> {
            throw new AssertionError("the checklist was loaded");
        });
        FindingsCache cache = FindingsCache.load(cacheFile, KEY, m -> { });
        new CheckEngine(source, Set.of()).run(CheckRequest.of(project, incidents), cache, 2);
        cache.save();

        assertNotEquals(old, Files.getLastModifiedTime(cacheFile));
        FindingsCache reread = FindingsCache.load(cacheFile, KEY, m -> { });
        assertEquals(29, reread.loadedSize());
        assertEquals(reports(ChecklistLoader.defaults(), first), reports(reread.checklistOutline(), first));
    }

    @Test
    void aCacheWithoutAChecklistHasNoOutline() throws IOException {
        FindingsCache empty = FindingsCache.empty(cacheFile, KEY);
        assertNull(empty.checklistOutline());
        empty.save();
        FindingsCache reread = FindingsCache.load(cacheFile, KEY, m -> { });
        assertEquals(0, reread.loadedSize());
        assertNull(reread.checklistOutline());
        assertFalse(Files.size(cacheFile) == 0);
    }
}
