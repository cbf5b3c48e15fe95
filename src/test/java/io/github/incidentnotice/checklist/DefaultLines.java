package io.github.incidentnotice.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Line numbers in the default checklist resource, so tests of origins survive edits to the checklist. */
final class DefaultLines {

    private DefaultLines() {
    }

    private static List<String> lines() {
        try (InputStream in = DefaultLines.class.getResourceAsStream(ChecklistLoader.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of an element's key under {@code elements:}. */
    static int element(String id) {
        List<String> lines = lines();
        int elements = lines.indexOf("elements:");
        for (int i = elements; i < lines.size(); i++) {
            if (lines.get(i).equals("  " + id + ":")) {
                return i + 1;
            }
        }
        throw new AssertionError("no element " + id);
    }

    /** The 1-based line of an element's {@code levels:} setting. */
    static int levels(String id) {
        List<String> lines = lines();
        for (int i = element(id); i < lines.size(); i++) {
            if (lines.get(i).startsWith("    levels:")) {
                return i + 1;
            }
        }
        throw new AssertionError("no levels for " + id);
    }
}
