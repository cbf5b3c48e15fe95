package io.github.incidentnotice.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.NoticeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SARIF report: schema-valid, every rule described, paths relative to the repository, fingerprints stable. */
class SarifReportTest {

    private static final String NOTICE = """
            ---
            title: Search was down
            status: resolved
            ---
            Some users may have experienced slow search.

            We apologize for any inconvenience.

            TODO: timeline
            """;

    private static JsonNode sarif(Checklist checklist, String prefix, NoticeResult... notices) throws IOException {
        CheckResult result = new CheckResult(checklist.name(), List.of(notices), 1, 0);
        String json = new SarifReport(checklist, "9.9", prefix, URI.create("file:///repo/")).toJson(result);
        SarifSchema.assertValid(json);
        return new ObjectMapper().readTree(json);
    }

    @Test
    void listsEveryRuleOfTheDefaultChecklistWithHelpAndLevel() throws IOException {
        Checklist checklist = ChecklistLoader.defaults();
        JsonNode run = sarif(checklist, "", new CheckEngine(checklist).check("incidents/a.md", NOTICE)).get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertEquals("incident-notice-maven-plugin", driver.get("name").asText());
        assertEquals("9.9", driver.get("version").asText());
        assertEquals(ToolInfo.INFORMATION_URI, driver.get("informationUri").asText());
        List<String> ids = new ArrayList<>();
        driver.get("rules").forEach(r -> {
            ids.add(r.get("id").asText());
            assertTrue(r.get("shortDescription").get("text").asText().length() > 5, r.toString());
            assertTrue(r.get("fullDescription").get("text").asText().length() > 5, r.toString());
            assertTrue(r.get("help").get("text").asText().length() > 10, r.toString());
            assertTrue(List.of("error", "warning", "none").contains(r.get("defaultConfiguration").get("level").asText()));
        });
        assertEquals(new ArrayList<>(checklist.ruleIds().keySet()), ids);
        JsonNode apology = driver.get("rules").get(ids.indexOf("missing-apology"));
        assertTrue(apology.get("help").get("text").asText().contains("For example: \"We are sorry"), apology.toString());
        assertEquals("error", apology.get("defaultConfiguration").get("level").asText());
        assertEquals("warning", driver.get("rules").get(ids.indexOf("missing-thanks")).get("defaultConfiguration").get("level").asText());

        JsonNode results = run.get("results");
        assertTrue(results.size() > 3);
        for (JsonNode r : results) {
            assertEquals(r.get("ruleId").asText(), ids.get(r.get("ruleIndex").asInt()));
            JsonNode location = r.get("locations").get(0).get("physicalLocation");
            assertEquals("incidents/a.md", location.get("artifactLocation").get("uri").asText());
            assertEquals("%SRCROOT%", location.get("artifactLocation").get("uriBaseId").asText());
            assertTrue(location.get("region").get("startLine").asInt() >= 5);
            assertTrue(location.get("region").get("startColumn").asInt() >= 1);
        }
        assertEquals("file:///repo/", run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText());
    }

    @Test
    void fingerprintsSurviveUnrelatedEditsAndDifferPerFinding() throws IOException {
        Checklist checklist = ChecklistLoader.defaults();
        CheckEngine engine = new CheckEngine(checklist);
        Map<String, String> before = fingerprints(sarif(checklist, "", engine.check("incidents/a.md", NOTICE)));
        // two paragraphs added above every finding and a word changed in one: lines and columns move
        String edited = NOTICE.replace("---\nSome users", "---\nThe search service had trouble.\n\nWe are looking at it.\n\nSome users")
                .replace("slow search", "very slow search");
        Map<String, String> after = fingerprints(sarif(checklist, "", engine.check("incidents/a.md", edited)));
        assertTrue(before.containsKey("non-apology") && before.containsKey("placeholder"), before.toString());
        for (String rule : List.of("non-apology", "placeholder", "vague-impact", "missing-fix")) {
            assertEquals(before.get(rule), after.get(rule), rule);
        }
        assertEquals(before.size(), before.values().stream().distinct().count(), "one fingerprint per finding");
        Map<String, String> otherFile = fingerprints(sarif(checklist, "", engine.check("incidents/b.md", NOTICE)));
        assertNotEquals(before.get("non-apology"), otherFile.get("non-apology"));
    }

    @Test
    void sameWordingTwiceGetsTwoFingerprints() throws IOException {
        Checklist checklist = ChecklistLoader.defaults();
        NoticeResult n = new CheckEngine(checklist).check("a.md", NOTICE + "\nTODO: impact\n");
        JsonNode results = sarif(checklist, "", n).get("runs").get(0).get("results");
        List<String> placeholders = new ArrayList<>();
        results.forEach(r -> {
            if (r.get("ruleId").asText().equals("placeholder")) {
                placeholders.add(r.get("partialFingerprints").get(SarifReport.FINGERPRINT_KEY).asText());
            }
        });
        assertEquals(2, placeholders.size());
        assertNotEquals(placeholders.get(0), placeholders.get(1));
    }

    @Test
    void pathsAreRelativeToTheRepositoryRoot(@TempDir Path repo) throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Path module = Files.createDirectories(repo.resolve("docs/status page"));
        assertEquals(repo.toAbsolutePath().normalize(), RepositoryRoot.find(module, module));
        Checklist checklist = ChecklistLoader.defaults();
        SarifReport report = SarifReport.forProject(checklist, "1", module, RepositoryRoot.find(module, module));
        assertEquals("docs/status%20page/incidents/a.md", report.uri("incidents/a.md"));
        JsonNode run = new ObjectMapper().readTree(report.toJson(new CheckResult("default",
                List.of(new CheckEngine(checklist).check("incidents/a.md", NOTICE)), 1, 0))).get("runs").get(0);
        assertEquals(repo.toUri().toString(), run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText());
        // without a repository the top of the build is the root
        Path plain = Files.createDirectories(repo.getParent().resolve(repo.getFileName() + "-plain/module"));
        assertEquals(plain.getParent().toAbsolutePath().normalize(), RepositoryRoot.find(plain, plain.getParent()).toAbsolutePath());
    }

    private static Map<String, String> fingerprints(JsonNode sarif) {
        Map<String, String> byRule = new java.util.LinkedHashMap<>();
        sarif.get("runs").get(0).get("results").forEach(r -> byRule.put(r.get("ruleId").asText(),
                r.get("partialFingerprints").get(SarifReport.FINGERPRINT_KEY).asText()));
        return byRule;
    }
}
