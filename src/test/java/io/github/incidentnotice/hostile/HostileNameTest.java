package io.github.incidentnotice.hostile;

import static io.github.incidentnotice.hostile.Fixtures.BAD;
import static io.github.incidentnotice.hostile.Fixtures.GOOD;
import static io.github.incidentnotice.hostile.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.incidentnotice.cache.FindingsCache;
import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.engine.CheckRequest;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.report.ConsoleFormatter;
import io.github.incidentnotice.report.JsonReport;
import io.github.incidentnotice.report.SarifReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notices are reported under their own names (issue 20 rows 9 and 12): a backslash in a Linux file name is kept,
 * a colon in the first segment does not make a SARIF location a URI scheme, and a path longer than the file
 * system takes is a warning naming it rather than skipped without a word.
 */
class HostileNameTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path project;

    private final CheckEngine engine = new CheckEngine(ChecklistLoader.defaults());

    private static boolean backslashIsAName() {
        return "/".equals(FileSystems.getDefault().getSeparator());
    }

    private static List<String> lines(CheckResult result) {
        return result.notices().stream().flatMap(n -> n.findings().stream()).map(ConsoleFormatter::line).toList();
    }

    @Test
    void aBackslashInAFileNameIsPartOfTheNameInEveryReportAndTheCache() throws IOException {
        assumeTrue(backslashIsAName(), "a file system where '\\\\' is an ordinary character");
        Path incidents = project.resolve("incidents");
        write(incidents, "back\\slash.md", BAD);
        write(incidents, "back/slash.md", GOOD);
        Path cacheFile = project.resolve("target/" + FindingsCache.FILE_NAME);

        CheckResult first = engine.runWithCacheFile(CheckRequest.of(project, incidents), cacheFile, () -> "k", m -> { },
                1, CheckEngine.CacheUse.READ_AND_SAVE).result();
        CheckResult second = engine.runWithCacheFile(CheckRequest.of(project, incidents), cacheFile, () -> "k", m -> { },
                1, CheckEngine.CacheUse.READ_AND_SAVE).result();

        assertEquals(List.of("incidents/back/slash.md", "incidents/back\\slash.md"),
                first.notices().stream().map(NoticeResult::file).sorted().toList());
        NoticeResult bad = first.notices().stream().filter(n -> n.file().equals("incidents/back\\slash.md")).findFirst()
                .orElseThrow();
        assertTrue(bad.failed(), "the failing notice is the one with the backslash");
        assertTrue(bad.findings().stream().allMatch(f -> f.file().equals("incidents/back\\slash.md")));
        assertTrue(lines(first).stream().allMatch(l -> l.startsWith("incidents/back\\slash.md:")), lines(first)::toString);

        JsonNode json = JSON.readTree(JsonReport.toJson(first, "test"));
        assertEquals("incidents/back/slash.md", json.at("/notices/0/file").asText());
        assertEquals("pass", json.at("/notices/0/verdict").asText());
        assertEquals("incidents/back\\slash.md", json.at("/notices/1/file").asText());
        assertEquals("fail", json.at("/notices/1/verdict").asText());

        JsonNode sarif = JSON.readTree(new SarifReport(ChecklistLoader.defaults(), "test", "", URI.create("file:///repo/"))
                .toJson(first));
        for (JsonNode r : sarif.at("/runs/0/results")) {
            String uri = r.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
            assertEquals("incidents/back%5Cslash.md", uri);
            assertEquals("incidents/back\\slash.md", URI.create(uri).getPath(), "the reference names the file itself");
        }

        // each has its own cache entry: served from it, each keeps its own verdict
        assertEquals(2, second.fromCache());
        assertEquals(lines(first), lines(second));
    }

    @Test
    void aColonInATopLevelNameIsARelativeSarifReferenceNotAScheme() throws IOException {
        Path incidents = project.resolve("incidents");
        write(incidents, "top:level.md", BAD);
        // the notice directory is the project: the name is the reference's first segment
        CheckResult result = engine.run(CheckRequest.of(incidents, incidents));
        assertEquals("top:level.md", result.notices().get(0).file());

        JsonNode sarif = JSON.readTree(new SarifReport(ChecklistLoader.defaults(), "test", "", URI.create("file:///repo/"))
                .toJson(result));
        JsonNode location = sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertEquals("top%3Alevel.md", location.get("uri").asText());
        assertEquals("%SRCROOT%", location.get("uriBaseId").asText());
        URI reference = URI.create(location.get("uri").asText());
        assertEquals(null, reference.getScheme());
        assertEquals("top:level.md", reference.getPath());
        assertEquals("/repo/top:level.md", URI.create("file:///repo/").resolve(reference).getPath());
        assertEquals("top%3Alevel.md", sarif.at("/runs/0/properties/presentElements/0/uri").asText("top%3Alevel.md"));
    }

    @Test
    void aPathLongerThanTheFileSystemTakesIsAWarningNamingIt() throws Exception {
        Path incidents = project.resolve("incidents");
        write(incidents, "good.md", GOOD);
        // made by a shell that walks down by relative names: no single path the kernel sees is too long
        String segment = "d".repeat(200);
        Process mk = new ProcessBuilder("bash", "-c", "set -e; for i in $(seq 1 22); do mkdir " + segment + "; cd "
                + segment + "; done; printf -- '---\\ntitle: deep\\n---\\nWe are sorry.\\n' > deep.md")
                .directory(incidents.toFile()).redirectErrorStream(true).start();
        String output = new String(mk.getInputStream().readAllBytes());
        assumeTrue(mk.waitFor() == 0, () -> "bash made the deep tree: " + output);

        CheckResult result;
        try {
            result = engine.run(CheckRequest.of(project, incidents));
        } finally {
            // rm walks down by relative names too; Java's own delete cannot reach the bottom
            new ProcessBuilder("rm", "-rf", segment).directory(incidents.toFile()).start().waitFor();
        }

        List<Finding> warnings = result.notices().stream().flatMap(n -> n.findings().stream())
                .filter(f -> f.rule().equals(CheckEngine.READ_ERROR)).toList();
        assertEquals(1, warnings.size(), () -> lines(result).toString());
        Finding f = warnings.get(0);
        assertEquals("warning", f.level().id());
        assertTrue(f.file().startsWith("incidents/" + segment + "/"), f.file());
        assertTrue(f.file().length() > 4096, "named by its whole path: " + f.file().length());
        assertEquals("this path is " + (project.toString().length() + 1 + f.file().length()) + " characters long, more"
                + " than the 4095 the file system opens; it is not read, nor anything under it (it ends \"..."
                + f.file().substring(f.file().length() - 60) + "\"); shorten its directory names", f.message());
    }
}
