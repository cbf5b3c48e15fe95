package io.github.incidentnotice.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads JSON front matter, as Hugo allows it: a JSON object at the top of the file (its first line
 * {@code {} alone or opening a key), the body after the line where the object closes. Streamed with
 * Jackson so that every key and string value keeps its line and column; nesting is capped as for YAML.
 */
final class JsonFrontMatter {

    /** Built on first use: few notices use JSON, and a mapper costs a cold run tens of milliseconds. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(SafeYaml.MAX_DEPTH).build())
                .build());
    }

    /** A string value with where its opening quote stands (1-based line and column) and where it is in the text. */
    private record Located(String value, int line, int column, int offset) {
    }

    private final String text;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, int[]> positions = new HashMap<>();
    private final List<FrontMatterSection> sections = new ArrayList<>();

    private JsonFrontMatter(String text) {
        this.text = text;
    }

    /** Whether the text opens with a JSON object: a first line that is '{' alone or '{' and a quoted key. */
    static boolean opens(String firstLine) {
        String l = firstLine.strip();
        return l.equals("{") || (l.startsWith("{") && l.substring(1).stripLeading().startsWith("\""));
    }

    /** The front matter and the body of a text that {@link #opens} with a JSON object. */
    static FrontMatterParser.Split read(String text, Lines lines) {
        return new JsonFrontMatter(text).read(lines);
    }

    private FrontMatterParser.Split read(Lines lines) {
        List<FrontMatter.Problem> problems = new ArrayList<>();
        int endLine;
        try (JsonParser parser = Json.MAPPER.createParser(text)) {
            parser.nextToken(); // the opening brace, which opens() saw
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonLocation at = parser.currentTokenLocation();
                parser.nextToken();
                if (values.containsKey(key)) {
                    problems.add(new FrontMatter.Problem(at.getLineNr(), at.getColumnNr(), "duplicate key '" + key
                            + "' (first on line " + positions.get(key)[0] + ")", false));
                    parser.skipChildren();
                    continue;
                }
                positions.put(key, new int[] {at.getLineNr(), at.getColumnNr()});
                field(parser, key, at);
            }
            endLine = parser.currentLocation().getLineNr();
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            problems.add(new FrontMatter.Problem(loc == null ? 1 : Math.max(1, loc.getLineNr()),
                    loc == null ? 1 : Math.max(1, loc.getColumnNr()), "invalid JSON front matter: "
                            + SafeYaml.oneLine(e.getOriginalMessage()), false));
            // the body cannot be told apart from an object that does not close
            return new FrontMatterParser.Split(new FrontMatter("json", Map.of(), Map.of(), List.of(), 1, problems,
                    false), "");
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        int bodyLine = endLine + 1;
        String body = lines.has(endLine) ? text.substring(lines.start(endLine)) : "";
        List<FrontMatter.Waiver> waivers = FrontMatterParser.waivers(values.get("waive"), positions.get("waive"));
        return new FrontMatterParser.Split(new FrontMatter("json", values, positions, waivers, sections, bodyLine,
                problems, true), body);
    }

    private void field(JsonParser parser, String key, JsonLocation keyAt) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            Located value = located(parser);
            values.put(key, value.value());
            if (ProseFields.isProse(key, value.value())) {
                sections.add(FrontMatterSection.of(key, ProseFields.heading(key), keyAt.getLineNr(),
                        keyAt.getColumnNr() + 1, key.length(), value.value(), positions(value), 0));
            }
        } else if (parser.currentToken() == JsonToken.START_ARRAY && YamlProse.UPDATE_LISTS.contains(key)) {
            values.put(key, updates(parser));
        } else {
            values.put(key, Json.MAPPER.convertValue(parser.readValueAsTree(), Object.class));
        }
    }

    /** An update list: each object's date and text read with their places, the rest as plain values. */
    private List<Object> updates(JsonParser parser) throws IOException {
        List<Object> list = new ArrayList<>();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                list.add(Json.MAPPER.convertValue(parser.readValueAsTree(), Object.class));
                continue;
            }
            JsonLocation itemAt = parser.currentTokenLocation();
            Map<String, Object> entry = new LinkedHashMap<>();
            Map<String, Located> strings = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (parser.currentToken() == JsonToken.VALUE_STRING) {
                    Located value = located(parser);
                    strings.putIfAbsent(name, value);
                    entry.putIfAbsent(name, value.value());
                } else {
                    entry.putIfAbsent(name, Json.MAPPER.convertValue(parser.readValueAsTree(), Object.class));
                }
            }
            list.add(entry);
            Located date = first(strings, YamlProse.UPDATE_DATES);
            Located content = first(strings, YamlProse.UPDATE_TEXTS);
            if (content == null || content.value().isBlank()) {
                continue;
            }
            boolean dated = date != null && !date.value().isBlank();
            String title = dated ? "Update " + Spaces.collapse(date.value().strip()) : "Update " + (index + 1);
            int line = dated ? date.line() : itemAt.getLineNr();
            int column = dated ? date.column() : itemAt.getColumnNr();
            sections.add(FrontMatterSection.of("updates", title, line, column, dated ? date.value().length() + 2 : 1,
                    content.value(), positions(content), index));
            index++;
        }
        return list;
    }

    private static Located first(Map<String, Located> strings, List<String> keys) {
        for (String key : keys) {
            if (strings.containsKey(key)) {
                return strings.get(key);
            }
        }
        return null;
    }

    private static Located located(JsonParser parser) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        return new Located(parser.getText(), at.getLineNr(), at.getColumnNr(), (int) at.getCharOffset());
    }

    /**
     * Each character of a string value at its column: a JSON string stands on one line, and an escape
     * ({@code \n}, {@code \"}, {@code \u00e9}) is placed at its backslash.
     */
    private Positions positions(Located string) {
        Positions.Builder builder = new Positions.Builder();
        int j = string.offset() + 1;
        String v = string.value();
        for (int i = 0; i < v.length(); i++) {
            int column = string.column() + (j - string.offset());
            builder.add(i, string.line(), column, column);
            if (j < text.length() && text.charAt(j) == '\\') {
                j += j + 1 < text.length() && text.charAt(j + 1) == 'u' ? 6 : 2;
            } else {
                j++;
            }
        }
        return builder.build(v.length());
    }
}
