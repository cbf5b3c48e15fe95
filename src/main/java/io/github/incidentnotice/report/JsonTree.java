package io.github.incidentnotice.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a report as indented JSON with Jackson's streaming generator, the same bytes an indenting ObjectMapper
 * writes: straight to the file as a report is produced (so memory stays flat in the number of notices), with
 * small trees of maps, lists, strings, numbers and booleans for its parts.
 */
// The reports are plain trees, so data binding adds nothing but its start-up: in a fresh JVM an
// ObjectMapper took some 200 ms before the first byte of a report; the generator takes a few.
final class JsonTree {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonTree() {
    }

    /** Writes a report's JSON to a generator, part by part. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    static void write(Body body, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            body.write(g);
        }
    }

    static String toJson(Body body) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            g.useDefaultPrettyPrinter();
            body.write(g);
        }
        return text.toString();
    }

    static void write(Object tree, Path file) throws IOException {
        write((Body) g -> value(g, tree), file);
    }

    static String toJson(Object tree) throws IOException {
        return toJson((Body) g -> value(g, tree));
    }

    /** Writes a tree of maps, lists, strings, numbers and booleans. */
    static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Collection<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                value(g, item);
            }
            g.writeEndArray();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else {
            throw new IllegalArgumentException("not a report value: " + v.getClass().getName());
        }
    }
}
