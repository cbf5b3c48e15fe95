package io.github.incidentnotice.report;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.DefectSpec;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.TimelinessSpec;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.parse.Spaces;

/**
 * Writes {@code incident-notice.sarif}: SARIF 2.1.0 as GitHub code scanning reads it. The driver lists every
 * rule of the effective checklist with what good looks like; each finding is a result located relative to the
 * repository root ({@code %SRCROOT%}) with a fingerprint that survives edits elsewhere in the notice.
 */
public final class SarifReport {

    public static final String FILE_NAME = "incident-notice.sarif";
    public static final String SRCROOT = "%SRCROOT%";
    /** The partialFingerprints key; bump the version when the way fingerprints are computed changes. */
    public static final String FINGERPRINT_KEY = "incidentNoticeFinding/v1";

    private static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Map<String, String> BUILT_IN_HELP = Map.of(
            "front-matter", "Start the notice with a front matter block (--- YAML --- or +++ TOML +++) whose values are "
                    + "allowed: status, kind, dates and waivers as the plugin site's notice format page describes.",
            "read-error", "Save the notice as a readable text file in the configured encoding (incident-notice.encoding).",
            "waiver", "Waive an element only by its id and with a reason: waive: [{element: make-good, reason: ...}].",
            "prevention-without-owner", "Give each follow-up action of a postmortem an owner or a date: \"By 15 March the "
                    + "platform team will ...\".",
            "empty-section", "Write what belongs under the heading, or remove the heading.");
    /** The checks of an element or a defect that have ids of their own, with their tag and default level. */
    private static final Map<String, String> BUILT_IN_TAG = Map.of("prevention-without-owner", "element",
            "empty-section", "defect");
    private static final Map<String, Level> BUILT_IN_LEVEL = Map.of("prevention-without-owner", Level.WARNING);

    private final Checklist checklist;
    private final String version;
    private final String projectPrefix;
    private final URI srcRoot;

    /**
     * @param projectPrefix the project directory relative to the repository root, '/'-separated, empty when they
     *                      are the same: finding files are relative to the project, SARIF paths to the repository
     * @param srcRoot       the repository root as a file URI for {@code originalUriBaseIds}, or null to leave it out
     */
    public SarifReport(Checklist checklist, String version, String projectPrefix, URI srcRoot) {
        this.checklist = checklist;
        this.version = version;
        String prefix = projectPrefix == null ? "" : projectPrefix;
        this.projectPrefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
        this.srcRoot = srcRoot;
    }

    /** A report for a project directory inside a repository root. */
    public static SarifReport forProject(Checklist checklist, String version, Path projectDir, Path repositoryRoot) {
        Path project = projectDir.toAbsolutePath().normalize();
        Path root = repositoryRoot.toAbsolutePath().normalize();
        String separator = root.getFileSystem().getSeparator();
        String relative = project.startsWith(root) ? root.relativize(project).toString() : "";
        // only the file system's separator: elsewhere a backslash belongs to a directory's name
        String prefix = "/".equals(separator) ? relative : relative.replace(separator, "/");
        return new SarifReport(checklist, version, prefix, (project.startsWith(root) ? root : project).toUri());
    }

    /** Writes the report to {@code file} as it goes: one result at a time, never the whole tree. */
    public void write(CheckResult result, Path file) throws IOException {
        JsonTree.write(g -> write(result, g), file);
    }

    public String toJson(CheckResult result) throws IOException {
        return JsonTree.toJson(g -> write(result, g));
    }

    private void write(CheckResult result, JsonGenerator g) throws IOException {
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<Object> rules = rules(ruleIndex);

        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", ToolInfo.NAME);
        driver.put("version", version);
        driver.put("informationUri", ToolInfo.INFORMATION_URI);
        driver.put("rules", rules);

        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA);
        g.writeStringField("version", "2.1.0");
        g.writeFieldName("runs");
        g.writeStartArray();
        g.writeStartObject();
        g.writeFieldName("tool");
        JsonTree.value(g, Map.of("driver", driver));
        if (srcRoot != null) {
            g.writeFieldName("originalUriBaseIds");
            JsonTree.value(g, Map.of(SRCROOT, Map.of("uri", srcRoot.toString())));
        }
        g.writeFieldName("results");
        g.writeStartArray();
        results(result, ruleIndex, g);
        g.writeEndArray();
        // Finding columns count Java chars, which are UTF-16 code units
        g.writeStringField("columnKind", "utf16CodeUnits");
        g.writeFieldName("properties");
        g.writeStartObject();
        g.writeStringField("checklist", result.checklistName());
        // in a property bag, not as "pass" results: code scanning lists every result as an alert
        g.writeFieldName("presentElements");
        g.writeStartArray();
        presentElements(result, g);
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    private List<Object> rules(Map<String, Integer> ruleIndex) {
        List<Object> rules = new ArrayList<>();
        for (Map.Entry<String, String> rule : checklist.ruleIds().entrySet()) {
            String id = rule.getKey();
            String description = rule.getValue() == null || rule.getValue().isBlank() ? id : rule.getValue().strip();
            String shortText;
            String help;
            Level level;
            ElementSpec element = checklist.elements().stream().filter(e -> e.ruleId().equals(id)).findFirst().orElse(null);
            DefectSpec defect = element != null ? null : checklist.defect(id).orElse(null);
            TimelinessSpec timely = element != null || defect != null ? null : checklist.timeliness(id).orElse(null);
            if (timely != null) {
                shortText = firstClause(description);
                help = description + (timely.hint() == null || timely.hint().isBlank() ? "" : " " + capitalize(timely.hint().strip()));
                level = timely.highest();
            } else if (element != null) {
                shortText = "Missing " + element.id() + ": the notice does not state it where its kind and stage require it";
                help = "What good looks like: " + description
                        + (element.hint() == null || element.hint().isBlank() ? "" : " " + capitalize(element.hint().strip()));
                level = highest(element);
            } else if (defect != null) {
                shortText = firstClause(description);
                help = description + (defect.message() == null ? "" : " "
                        + capitalize(defect.message().replace("\"{excerpt}\"", "This wording").replace("{excerpt}", "this wording")));
                level = defect.level();
            } else {
                shortText = description;
                help = BUILT_IN_HELP.getOrDefault(id, description);
                level = BUILT_IN_LEVEL.getOrDefault(id, Level.ERROR);
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", id);
            r.put("shortDescription", Map.of("text", shortText));
            r.put("fullDescription", Map.of("text", description));
            r.put("help", Map.of("text", help));
            Map<String, Object> configuration = new LinkedHashMap<>();
            configuration.put("enabled", level != Level.OFF);
            configuration.put("level", sarifLevel(level));
            r.put("defaultConfiguration", configuration);
            r.put("properties", Map.of("tags", List.of("incident-notice",
                    element != null ? "element" : defect != null ? "defect" : timely != null ? "timeliness"
                            : BUILT_IN_TAG.getOrDefault(id, "input"))));
            ruleIndex.put(id, rules.size());
            rules.add(r);
        }
        return rules;
    }

    private void results(CheckResult result, Map<String, Integer> ruleIndex, JsonGenerator g) throws IOException {
        MessageDigest sha256 = sha256();
        for (NoticeResult notice : result.notices()) {
            List<Finding> accepted = result.accepted(notice.file());
            List<Finding> findings = accepted.isEmpty() ? notice.findings() : withAccepted(notice.findings(), accepted);
            String uri = findings.isEmpty() ? null : uri(notice.file());
            // several findings with the same rule and wording in one file are told apart by their order
            Map<String, Integer> seen = new HashMap<>();
            for (Finding f : findings) {
                if (f.level() == Level.OFF) {
                    continue;
                }
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("ruleId", f.rule());
                Integer index = ruleIndex.get(f.rule());
                if (index != null) {
                    r.put("ruleIndex", index);
                }
                r.put("level", sarifLevel(f.level()));
                r.put("message", Map.of("text", f.message()));

                Map<String, Object> artifact = new LinkedHashMap<>();
                String fileUri = f.file().equals(notice.file()) ? uri : uri(f.file());
                artifact.put("uri", fileUri);
                if (!fileUri.startsWith("file:")) {
                    artifact.put("uriBaseId", SRCROOT);
                }
                Map<String, Object> region = new LinkedHashMap<>();
                region.put("startLine", Math.max(1, f.line()));
                region.put("startColumn", Math.max(1, f.column()));
                if (!f.excerpt().isEmpty()) {
                    region.put("snippet", Map.of("text", f.excerpt()));
                }
                Map<String, Object> physical = new LinkedHashMap<>();
                physical.put("artifactLocation", artifact);
                physical.put("region", region);
                r.put("locations", List.of(Map.of("physicalLocation", physical)));
                if (f.closest() != null) {
                    r.put("relatedLocations", List.of(closest(f, artifact)));
                }

                String key = f.rule() + '\u0000' + f.file() + '\u0000' + wording(f);
                int occurrence = seen.merge(key, 1, Integer::sum);
                r.put("partialFingerprints", Map.of(FINGERPRINT_KEY, hex(sha256, key + '\u0000' + occurrence)));
                if (!accepted.isEmpty() && containsSame(accepted, f)) {
                    // what SARIF has for a baseline: the result is old, and suppressed by something outside the file
                    r.put("baselineState", "unchanged");
                    r.put("suppressions", List.of(ACCEPTED));
                }
                JsonTree.value(g, r);
            }
        }
    }

    /** How a finding the team's baseline accepted is suppressed. */
    private static final Map<String, Object> ACCEPTED = Map.of("kind", "external", "status", "accepted",
            "justification", "accepted by the incident-notice baseline (incident-notice:baseline writes it)");

    /** A notice's findings with those its baseline accepted, in the order the check gave them all (line, column, rule). */
    private static List<Finding> withAccepted(List<Finding> findings, List<Finding> accepted) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(accepted);
        all.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column).thenComparing(Finding::rule));
        return all;
    }

    /** Whether {@code f} is one of {@code findings} itself (an equal finding elsewhere in the list is another one). */
    private static boolean containsSame(List<Finding> findings, Finding f) {
        for (Finding x : findings) {
            if (x == f) {
                return true;
            }
        }
        return false;
    }

    /** What came closest to stating a missing element, as a related location whose message says why it did not count. */
    private static Map<String, Object> closest(Finding f, Map<String, Object> artifact) {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("startLine", Math.max(1, f.closest().at().line()));
        region.put("startColumn", Math.max(1, f.closest().at().column()));
        region.put("snippet", Map.of("text", f.closest().at().excerpt()));
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", artifact);
        physical.put("region", region);
        Map<String, Object> related = new LinkedHashMap<>();
        related.put("id", 1);
        related.put("physicalLocation", physical);
        related.put("message", Map.of("text", "closest: " + f.closest().reason()));
        return related;
    }

    /**
     * Where each notice states each present element: one entry per notice with its file (as SARIF locates it)
     * and the citations by element id. Defects are results already, with their own locations.
     */
    private void presentElements(CheckResult result, JsonGenerator g) throws IOException {
        for (NoticeResult notice : result.notices()) {
            Map<String, Object> cited = new LinkedHashMap<>();
            notice.evidence().forEach((id, c) -> {
                if (!notice.elements().containsKey(id)) {
                    return;
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("startLine", Math.max(1, c.line()));
                m.put("startColumn", Math.max(1, c.column()));
                m.put("excerpt", c.excerpt());
                cited.put(id, m);
            });
            if (cited.isEmpty()) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("uri", uri(notice.file()));
            entry.put("elements", cited);
            JsonTree.value(g, entry);
        }
    }

    /**
     * The SARIF location of a finding's file: relative to the repository root, or a file URI when outside it.
     * Finding files are '/'-separated; any other character, a backslash too, is part of a name and is
     * percent-encoded where a URI may not hold it.
     */
    String uri(String file) {
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            return path.toUri().toString();
        }
        String relative = projectPrefix + file;
        String encoded;
        try {
            // percent-encodes spaces and other characters a URI reference may not hold
            encoded = new URI(null, null, relative, null).toASCIIString();
        } catch (URISyntaxException e) {
            encoded = relative;
        }
        return firstSegmentWithoutColon(encoded);
    }

    /**
     * A relative reference whose first segment holds a colon reads as a scheme ({@code top:level.md} as scheme
     * {@code top}, RFC 3986 section 4.2); that segment's colons are percent-encoded, which names the same file.
     */
    private static String firstSegmentWithoutColon(String reference) {
        int slash = reference.indexOf('/');
        int end = slash < 0 ? reference.length() : slash;
        int colon = reference.indexOf(':');
        if (colon < 0 || colon >= end) {
            return reference;
        }
        return reference.substring(0, end).replace(":", "%3A") + reference.substring(end);
    }

    /**
     * What a finding is about, without where it stands: the excerpt (case and spacing normalised), or for a finding
     * without one its message with numbers removed, so moving or renumbering lines keeps the fingerprint.
     */
    static String wording(Finding f) {
        String text = f.excerpt().isBlank() ? DIGITS.matcher(f.message()).replaceAll("#") : f.excerpt();
        return Spaces.collapse(text.strip()).toLowerCase(Locale.ROOT);
    }

    private static Level highest(ElementSpec element) {
        if (element.levels().containsValue(Level.ERROR)) {
            return Level.ERROR;
        }
        return element.levels().containsValue(Level.WARNING) ? Level.WARNING : Level.OFF;
    }

    private static String sarifLevel(Level level) {
        return switch (level) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case OFF -> "none";
        };
    }

    private static String firstClause(String description) {
        int cut = description.length();
        for (String stop : new String[] {" (", ". ", ";"}) {
            int i = description.indexOf(stop);
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        String clause = description.substring(0, cut).strip();
        return clause.endsWith(".") ? clause.substring(0, clause.length() - 1) : clause;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String hex(MessageDigest sha256, String text) {
        byte[] digest = sha256.digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
