package io.github.incidentnotice.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Splits a notice into front matter and body, and reads the front matter: YAML between {@code ---}
 * lines, TOML between {@code +++} lines, a JSON object ({@link JsonFrontMatter}) or Pelican header lines
 * ({@link HeaderLines}). A YAML block whose opening {@code ---} is missing is still read (with an error),
 * since real status repositories contain such files.
 */
public final class FrontMatterParser {

    /** Built on first use: creating a Jackson mapper costs a cold run tens of milliseconds, and few notices use TOML. */
    private static final class Toml {
        static final TomlMapper MAPPER = new TomlMapper();
    }
    private static final Pattern KEY_LINE = Pattern.compile("^[A-Za-z_][\\w-]*\\s*:(\\s|$).*");
    private static final Pattern TOML_WAIVE_TABLE = Pattern.compile("^\\s*\\[{1,2}\\s*(\"?waive\"?)\\s*]");
    private static final Pattern TOML_KEY = Pattern.compile("^\\s*([A-Za-z0-9_-]+|\"[^\"]+\")\\s*=");

    /** The result of splitting: the front matter and the body text that follows it. */
    public record Split(FrontMatter frontMatter, String body) {
    }

    private FrontMatterParser() {
    }

    public static Split parse(String text) {
        Lines lines = new Lines(text);
        if (text.isBlank()) {
            // nothing to check: one finding says so, rather than one per missing element
            return new Split(new FrontMatter(FrontMatter.NONE, Map.of(), Map.of(), List.of(), 1, List.of(new FrontMatter.Problem(1, 1,
                    "the notice is empty: start it with front matter ('---', title, date, status, '---') and its text",
                    false)), false), text);
        }
        String first = lines.text(0).strip();
        if (first.equals("---") || first.equals("+++")) {
            String delimiter = first;
            for (int i = 1; lines.has(i); i++) {
                String l = lines.text(i).strip();
                if (l.equals(delimiter) || (delimiter.equals("---") && l.equals("..."))) {
                    String fm = text.substring(lines.start(1 < i ? 1 : i), lines.start(i));
                    if (i == 1) {
                        fm = "";
                    }
                    int bodyLine = i + 2;
                    String body = lines.has(i + 1) ? text.substring(lines.start(i + 1)) : "";
                    List<FrontMatter.Problem> problems = new ArrayList<>();
                    FrontMatter front = delimiter.equals("---") ? yaml(fm, 2, bodyLine, problems)
                            : toml(fm, 2, bodyLine, problems);
                    return new Split(front, body);
                }
            }
            List<FrontMatter.Problem> problems = List.of(new FrontMatter.Problem(1, 1,
                    "the front matter opened on line 1 is never closed: add a line '" + delimiter
                            + "' after its last key", false));
            return new Split(new FrontMatter(first.equals("---") ? "yaml" : "toml", Map.of(), Map.of(), List.of(),
                    lines.size() + 1, problems, false), "");
        }
        if (JsonFrontMatter.opens(lines.text(0))) {
            return JsonFrontMatter.read(text, lines);
        }
        int closing = missingOpening(lines);
        if (closing > 0) {
            List<FrontMatter.Problem> problems = new ArrayList<>();
            problems.add(new FrontMatter.Problem(1, 1,
                    "the front matter has no opening '---': add a line '---' before line 1", false));
            String fm = text.substring(0, lines.start(closing));
            int bodyLine = closing + 2;
            String body = lines.has(closing + 1) ? text.substring(lines.start(closing + 1)) : "";
            return new Split(yaml(fm, 1, bodyLine, problems), body);
        }
        Split header = HeaderLines.read(text, lines);
        if (header != null) {
            return header;
        }
        return none(text, "the notice has no front matter: start it with '---', a title, date and status, and '---'");
    }

    private static Split none(String text, String message) {
        return new Split(new FrontMatter(FrontMatter.NONE, Map.of(), Map.of(), List.of(), 1,
                List.of(new FrontMatter.Problem(1, 1, message, false)), true), text);
    }

    /** The index of a closing '---' line preceded only by lines that look like YAML keys, or -1. */
    private static int missingOpening(Lines lines) {
        boolean sawKey = false;
        for (int i = 0; i < 60 && lines.has(i); i++) {
            String raw = lines.text(i);
            String l = raw.strip();
            if (l.equals("---")) {
                return sawKey && i > 0 ? i : -1;
            }
            if (KEY_LINE.matcher(raw).matches()) {
                sawKey = true;
            } else if (!(l.isEmpty() || l.startsWith("#") || l.startsWith("- ") || raw.startsWith(" ")
                    || raw.startsWith("\t"))) {
                return -1;
            }
        }
        return -1;
    }

    private static FrontMatter yaml(String fm, int firstLine, int bodyLine, List<FrontMatter.Problem> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, int[]> positions = new HashMap<>();
        List<FrontMatter.Waiver> waivers = new ArrayList<>();
        Node root;
        try {
            root = SafeYaml.compose(fm, firstLine);
        } catch (InputProblem p) {
            problems.add(new FrontMatter.Problem(p.line(), p.column(), p.getMessage(), false));
            return new FrontMatter("yaml", values, positions, waivers, bodyLine, problems, true);
        }
        if (root == null) {
            return new FrontMatter("yaml", values, positions, waivers, bodyLine, problems, true);
        }
        if (!(root instanceof MappingNode map)) {
            String what = root instanceof SequenceNode ? "a list" : "a single value";
            problems.add(new FrontMatter.Problem(SafeYaml.line(root, firstLine), SafeYaml.column(root),
                    "the front matter is " + what + ", not keys and values such as 'title: ...'", false));
            return new FrontMatter("yaml", values, positions, waivers, bodyLine, problems, true);
        }
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            int line = SafeYaml.line(keyNode, firstLine);
            int column = SafeYaml.column(keyNode);
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                problems.add(new FrontMatter.Problem(line, column, "a front-matter key must be a plain word", false));
                continue;
            }
            String key = keyScalar.getValue();
            if (values.containsKey(key)) {
                problems.add(new FrontMatter.Problem(line, column, "duplicate key '" + key + "' (first on line "
                        + positions.get(key)[0] + ")", false));
                continue;
            }
            try {
                values.put(key, SafeYaml.toValue(tuple.getValueNode(), firstLine));
                positions.put(key, new int[] {line, column});
                if (key.equals("waive")) {
                    waivers.addAll(yamlWaivers(tuple.getValueNode(), firstLine, line, column));
                }
            } catch (InputProblem p) {
                problems.add(new FrontMatter.Problem(p.line(), p.column(), p.getMessage(), false));
            }
        }
        List<FrontMatterSection> sections = YamlProse.sections(fm, firstLine, map, values.keySet());
        return new FrontMatter("yaml", values, positions, waivers, sections, bodyLine, problems, true);
    }

    private static List<FrontMatter.Waiver> yamlWaivers(Node node, int firstLine, int keyLine, int keyColumn)
            throws InputProblem {
        List<FrontMatter.Waiver> result = new ArrayList<>();
        if (!(node instanceof SequenceNode seq)) {
            result.add(new FrontMatter.Waiver(null, null, keyLine, keyColumn, found(SafeYaml.toValue(node, firstLine))));
            return result;
        }
        for (Node item : seq.getValue()) {
            int line = SafeYaml.line(item, firstLine);
            int column = SafeYaml.column(item);
            Object value = SafeYaml.toValue(item, firstLine);
            if (value instanceof Map<?, ?> m) {
                Object element = m.get("element");
                Object reason = m.get("reason");
                result.add(new FrontMatter.Waiver(element == null ? null : String.valueOf(element),
                        reason == null ? null : String.valueOf(reason), line, column));
            } else {
                result.add(new FrontMatter.Waiver(value == null ? null : String.valueOf(value), null, line, column));
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static FrontMatter toml(String fm, int firstLine, int bodyLine, List<FrontMatter.Problem> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, int[]> positions = new HashMap<>();
        List<FrontMatter.Waiver> waivers = new ArrayList<>();
        try {
            JsonNode node = Toml.MAPPER.readTree(fm);
            if (node != null && node.isObject()) {
                values.putAll(Toml.MAPPER.convertValue(node, LinkedHashMap.class));
            }
        } catch (JacksonException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 0 : Math.max(0, loc.getLineNr() - 1);
            int column = loc == null ? 1 : Math.max(1, loc.getColumnNr());
            problems.add(new FrontMatter.Problem(firstLine + line, column,
                    "invalid TOML: " + SafeYaml.oneLine(e.getOriginalMessage()), false));
            return new FrontMatter("toml", values, positions, waivers, bodyLine, problems, true);
        }
        String[] lines = fm.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("[")) {
                break;
            }
            Matcher m = TOML_KEY.matcher(lines[i]);
            if (m.find()) {
                String key = m.group(1).replace("\"", "");
                positions.putIfAbsent(key, new int[] {firstLine + i, m.start(1) + 1});
            }
        }
        if (!positions.containsKey("waive")) {
            // a [waive] or [[waive]] table: the key stands in its header, which the loop above stops at
            for (int i = 0; i < lines.length; i++) {
                Matcher h = TOML_WAIVE_TABLE.matcher(lines[i]);
                if (h.find()) {
                    positions.put("waive", new int[] {firstLine + i, h.start(1) + 1});
                    break;
                }
            }
        }
        waivers.addAll(waivers(values.get("waive"), positions.getOrDefault("waive", new int[] {firstLine, 1})));
        return new FrontMatter("toml", values, positions, waivers, tomlSections(values, positions), bodyLine, problems,
                true);
    }

    /**
     * The waivers of a {@code waive} value read without node positions (TOML, JSON): each at the line of the
     * key {@code at} ({line, column}); none when {@code waive} is null.
     */
    static List<FrontMatter.Waiver> waivers(Object waive, int[] at) {
        List<FrontMatter.Waiver> waivers = new ArrayList<>();
        if (waive == null) {
            return waivers;
        }
        int line = at == null ? 1 : at[0];
        if (waive instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> m) {
                    Object element = m.get("element");
                    Object reason = m.get("reason");
                    waivers.add(new FrontMatter.Waiver(element == null ? null : String.valueOf(element),
                            reason == null ? null : String.valueOf(reason), line, 1));
                } else {
                    waivers.add(new FrontMatter.Waiver(String.valueOf(item), null, line, 1));
                }
            }
        } else {
            waivers.add(new FrontMatter.Waiver(null, null, line, at == null ? 1 : at[1], found(waive)));
        }
        return waivers;
    }

    /** What a {@code waive} value that is not a list is, for the message that says which shape it must have. */
    private static String found(Object waive) {
        if (waive instanceof Map<?, ?> m) {
            return m.isEmpty() ? "an empty table" : "a single table (keys " + String.join(", ",
                    m.keySet().stream().map(String::valueOf).limit(5).toList()) + "), not a list";
        }
        if (waive == null) {
            return "nothing";
        }
        String text = String.valueOf(waive);
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
    }

    /**
     * Prose fields of a TOML front matter. Jackson's TOML reader keeps no positions of values: every character
     * of a field's text is placed at its key.
     */
    private static List<FrontMatterSection> tomlSections(Map<String, Object> values, Map<String, int[]> positions) {
        List<FrontMatterSection> sections = new ArrayList<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            int[] at = positions.get(e.getKey());
            if (at != null && e.getValue() instanceof String value && ProseFields.isProse(e.getKey(), value)) {
                sections.add(FrontMatterSection.of(e.getKey(), ProseFields.heading(e.getKey()), at[0], at[1],
                        e.getKey().length(), value, Positions.uniform(value.length(), at[0], at[1]), 0));
            }
        }
        return sections;
    }
}
