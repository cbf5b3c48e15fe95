package io.github.incidentnotice.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.incidentnotice.baseline.Baseline;
import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.NoticeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each report does with the findings a baseline accepted: kept apart, shown as accepted, never counted. */
class AcceptedFindingsInReportsTest {

    private static final String OLD = """
            ---
            title: Search was down
            status: resolved
            ---
            We apologize for any inconvenience.
            """;

    private static final String NEW = """
            ---
            title: Search was down
            status: resolved
            ---
            We apologize for any inconvenience.

            TODO: timeline
            """;

    @TempDir
    Path dir;

    private final Checklist checklist = ChecklistLoader.defaults();

    /** The old notice's findings in the baseline, the notice since given a placeholder. */
    private CheckResult withBaseline() {
        CheckEngine engine = new CheckEngine(checklist);
        CheckResult old = new CheckResult(checklist.name(), List.of(engine.check("incidents/a.md", OLD)), 1, 0);
        CheckResult later = new CheckResult(checklist.name(), List.of(engine.check("incidents/a.md", NEW)), 1, 0);
        return Baseline.of(old).apply(later, true).result();
    }

    @Test
    void sarifMarksThemSuppressedByTheBaselineAndTheNewOnesNot() throws IOException {
        CheckResult result = withBaseline();
        assertTrue(result.acceptedCount() > 0);
        String json = new SarifReport(checklist, "9.9", "", URI.create("file:///repo/")).toJson(result);
        SarifSchema.assertValid(json);
        JsonNode results = new ObjectMapper().readTree(json).get("runs").get(0).get("results");
        List<String> accepted = new ArrayList<>();
        List<String> fresh = new ArrayList<>();
        results.forEach(r -> (r.has("suppressions") ? accepted : fresh).add(r.get("ruleId").asText()));
        assertEquals(result.accepted("incidents/a.md").stream().map(f -> f.rule()).sorted().toList(),
                accepted.stream().sorted().toList());
        assertEquals(result.notices().get(0).findings().stream().map(f -> f.rule()).sorted().toList(),
                fresh.stream().sorted().toList());
        assertTrue(fresh.contains("placeholder"), fresh.toString());
        results.forEach(r -> {
            if (r.has("suppressions")) {
                assertEquals("unchanged", r.get("baselineState").asText());
                assertEquals("external", r.get("suppressions").get(0).get("kind").asText());
                assertEquals("accepted", r.get("suppressions").get(0).get("status").asText());
            } else {
                assertFalse(r.has("baselineState"));
            }
        });
    }

    @Test
    void jsonListsThemApartFromTheFindingsAndCountsThemInTheSummaryOnly() throws IOException {
        CheckResult result = withBaseline();
        JsonNode json = new ObjectMapper().readTree(JsonReport.toJson(result, "9.9"));
        JsonNode notice = json.get("notices").get(0);
        List<String> findings = new ArrayList<>();
        notice.get("findings").forEach(f -> findings.add(f.get("rule").asText()));
        assertEquals(List.of("placeholder"), findings);
        assertEquals(result.acceptedCount(), notice.get("accepted").size());
        assertEquals(result.acceptedCount(), json.get("summary").get("accepted").asLong());
        assertEquals(1, json.get("summary").get("errors").asLong());
        NoticeResult n = result.notices().get(0);
        assertEquals(n.failed() ? "fail" : "pass", notice.get("verdict").asText());
    }

    @Test
    void jsonOfARunWithoutABaselineHasNoAcceptedKeys() throws IOException {
        CheckResult plain = new CheckResult(checklist.name(),
                List.of(new CheckEngine(checklist).check("incidents/a.md", NEW)), 1, 0);
        JsonNode json = new ObjectMapper().readTree(JsonReport.toJson(plain, "9.9"));
        assertFalse(json.get("notices").get(0).has("accepted"));
        assertFalse(json.get("summary").has("accepted"));
    }

    @Test
    void junitAndHtmlShowThemWithoutCountingThemAsFailures() throws IOException {
        CheckResult result = withBaseline();
        Path junit = dir.resolve("junit.xml");
        new JunitReport("9.9").write(result, junit);
        String xml = Files.readString(junit);
        assertEquals(1, xml.split("<failure ", -1).length - 1, xml);
        assertTrue(xml.contains("[ACCEPTED] incidents/a.md:5:"), xml);
        Path html = dir.resolve("report.html");
        new HtmlReport(checklist, "9.9").write(result, html);
        String page = Files.readString(html);
        assertTrue(page.contains("data-count=\"accepted\"><dt>Accepted by the baseline</dt><dd>"
                + result.acceptedCount() + "</dd>"), page);
        assertTrue(page.contains("<p class=\"accepted\">" + result.acceptedCount() + " more finding"), page);
    }
}
