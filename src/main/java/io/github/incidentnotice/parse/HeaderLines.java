package io.github.incidentnotice.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads Pelican and MultiMarkdown metadata: bare {@code Key: value} lines at the very top of the file, with
 * no {@code ---}, ended by a blank line. Keys are case-insensitive (stored in lower case, spaces removed);
 * values are plain text, never YAML, so {@code Title: Outage: DNS} keeps its colon.
 */
final class HeaderLines {

    /** The most header lines looked at: real headers have a handful. */
    private static final int MAX_LINES = 60;
    /** Pelican's own publication states: they say whether the page is published, not how the incident stands. */
    private static final Set<String> PUBLICATION_STATES = Set.of("draft", "published", "hidden");

    private HeaderLines() {
    }

    /** The header lines of {@code text} as front matter and the body after them, or null when it has none. */
    static FrontMatterParser.Split read(String text, Lines lines) {
        int end = headerEnd(lines);
        if (end < 0) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, int[]> positions = new HashMap<>();
        List<FrontMatterSection> sections = new ArrayList<>();
        String key = null;
        String rawKey = null;
        StringBuilder value = new StringBuilder();
        Positions.Builder valuePositions = new Positions.Builder();
        for (int i = 0; i <= end; i++) {
            String line = i < end ? lines.text(i) : "";
            boolean continuation = i < end && !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
            if (continuation) {
                // the line break folds into a space, placed where the continued line's text starts
                int from = firstNonBlank(line);
                String more = line.strip();
                value.append(' ');
                valuePositions.add(value.length() - 1, i + 1, from, from);
                valuePositions.add(value.length(), i + 1, from, from + more.length() - 1);
                value.append(more);
                continue;
            }
            if (key != null) {
                store(values, positions, sections, key, rawKey, value.toString(), valuePositions.build(value.length()));
            }
            if (i == end) {
                break;
            }
            int colon = line.indexOf(':');
            rawKey = line.substring(0, colon).strip();
            key = rawKey.toLowerCase(Locale.ROOT).replace(" ", "");
            positions.putIfAbsent(key, new int[] {i + 1, 1});
            int from = colon + 1;
            while (from < line.length() && (line.charAt(from) == ' ' || line.charAt(from) == '\t')) {
                from++;
            }
            value.setLength(0);
            valuePositions.clear();
            String v = line.substring(from).stripTrailing();
            valuePositions.add(0, i + 1, from + 1, from + Math.max(1, v.length()));
            value.append(v);
        }
        String body = lines.has(end + 1) ? text.substring(lines.start(end + 1)) : "";
        return new FrontMatterParser.Split(new FrontMatter("pelican", values, positions, List.of(), sections, end + 2,
                List.of(), true), body);
    }

    private static void store(Map<String, Object> values, Map<String, int[]> positions, List<FrontMatterSection> sections,
            String key, String rawKey, String value, Positions valuePositions) {
        if (values.containsKey(key)) {
            return; // Pelican keeps the first; a second line of the same key is not read
        }
        String k = key.equals("status") && PUBLICATION_STATES.contains(value.toLowerCase(Locale.ROOT))
                ? "publication-status" : key;
        values.put(k, value);
        int[] at = positions.get(key);
        positions.put(k, at);
        if (ProseFields.isProse(k, value)) {
            sections.add(FrontMatterSection.of(k, ProseFields.heading(rawKey), at[0], at[1], rawKey.length(), value,
                    valuePositions, 0));
        }
    }

    /**
     * The index of the blank line (or the end of the text) that ends a header of {@code Key: value} lines
     * from line 0, or -1: the first line is such a line, every line up to the blank one is one (or an
     * indented continuation), and a title or date is among them, since Markdown may open with "Note: ..." too.
     */
    private static int headerEnd(Lines lines) {
        boolean titled = false;
        for (int i = 0; i < MAX_LINES; i++) {
            if (!lines.has(i) || lines.text(i).isBlank()) {
                return i > 0 && titled ? i : -1;
            }
            String line = lines.text(i);
            if (i > 0 && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                continue;
            }
            int colon = keyEnd(line);
            if (colon < 0) {
                return -1;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            titled |= key.equals("title") || key.equals("date");
        }
        return -1;
    }

    /** The colon after a key of letters, digits, spaces, '_' and '-' that starts with a letter, or -1. */
    private static int keyEnd(String line) {
        if (line.isEmpty() || !Character.isLetter(line.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < line.length() && i < 40; i++) {
            char c = line.charAt(i);
            if (c == ':') {
                return i + 1 == line.length() || line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t' ? i : -1;
            }
            if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '_' || c == '-')) {
                return -1;
            }
        }
        return -1;
    }

    private static int firstNonBlank(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i + 1;
    }
}
