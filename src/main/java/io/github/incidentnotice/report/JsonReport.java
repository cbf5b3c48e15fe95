package io.github.incidentnotice.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Citation;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.NoticeResult;

/**
 * Writes {@code incident-notice.json}, the report whose shape is a contract (DESIGN section 6): tool,
 * version, checklist, every notice with kind, stage, personal data, verdict, every element's state and
 * the findings, and the summary. {@code inferred} says when the text, not the front matter, decided the
 * kind or stage; {@code evidence} (per notice) and {@code closest} (per finding of a missing element) are
 * additions to the contract, and so is {@code accepted} (per notice and in the summary), written only when a baseline
 * accepted findings: those are not in {@code findings}, nor counted in the verdict or the summary's errors.
 */
public final class JsonReport {

    public static final String FILE_NAME = "incident-notice.json";


    private JsonReport() {
    }

    /**
     * The report as a tree of maps and lists, in the contract's key order (for tests and tools; the file is
     * written by {@link #write}, notice by notice, without it).
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> toMap(CheckResult result, String version) {
        try {
            return new ObjectMapper().readValue(toJson(result, version), LinkedHashMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the report to {@code file} as it goes: one notice's part at a time, never the whole tree. */
    public static void write(CheckResult result, String version, Path file) throws IOException {
        JsonTree.write(g -> write(result, version, g), file);
    }

    public static String toJson(CheckResult result, String version) throws IOException {
        return JsonTree.toJson(g -> write(result, version, g));
    }

    private static void write(CheckResult result, String version, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("tool", ToolInfo.NAME);
        g.writeStringField("version", version);
        g.writeStringField("checklist", result.checklistName());
        g.writeFieldName("notices");
        g.writeStartArray();
        // "accepted" only in a run whose baseline accepted findings: the report of any other run is as it was
        boolean baseline = !result.accepted().isEmpty();
        for (NoticeResult n : result.notices()) {
            Map<String, Object> notice = notice(n);
            if (baseline) {
                notice.put("accepted", findings(result.accepted(n.file())));
            }
            JsonTree.value(g, notice);
        }
        g.writeEndArray();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("notices", result.notices().size());
        summary.put("errors", result.errors());
        summary.put("warnings", result.warnings());
        summary.put("waivers", result.waivers());
        summary.put("failed", result.failedNotices());
        summary.put("fromCache", result.fromCache());
        if (baseline) {
            summary.put("accepted", result.acceptedCount());
        }
        summary.put("millis", result.millis());
        g.writeFieldName("summary");
        JsonTree.value(g, summary);
        g.writeEndObject();
    }

    /** One notice's part of the report. */
    private static Map<String, Object> notice(NoticeResult n) {
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("file", n.file());
        notice.put("kind", n.kind().id());
        notice.put("stage", n.stage().id());
        notice.put("inferred", n.inferred());
        notice.put("personalData", n.personalData());
        notice.put("verdict", n.failed() ? "fail" : "pass");
        Map<String, Object> elements = new LinkedHashMap<>();
        n.elements().forEach((id, state) -> elements.put(id, state.id()));
        notice.put("elements", elements);
        Map<String, Object> evidence = new LinkedHashMap<>();
        n.evidence().forEach((id, citation) -> evidence.put(id, citation(citation)));
        notice.put("evidence", evidence);
        notice.put("findings", findings(n.findings()));
        return notice;
    }

    private static List<Object> findings(List<Finding> list) {
        List<Object> findings = new ArrayList<>();
        for (Finding f : list) {
            Map<String, Object> finding = new LinkedHashMap<>();
            finding.put("rule", f.rule());
            finding.put("element", f.element());
            finding.put("level", f.level().id());
            finding.put("line", f.line());
            finding.put("column", f.column());
            finding.put("message", f.message());
            finding.put("excerpt", f.excerpt());
            if (f.closest() != null) {
                Map<String, Object> closest = citation(f.closest().at());
                closest.put("reason", f.closest().reason());
                finding.put("closest", closest);
            }
            findings.add(finding);
        }
        return findings;
    }

    private static Map<String, Object> citation(Citation c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", c.line());
        m.put("column", c.column());
        m.put("excerpt", c.excerpt());
        return m;
    }
}
