package io.github.incidentnotice.parse;

import java.util.List;
import java.util.Map;

/**
 * The front matter of a notice as read: its top-level values, the line of each key, the waivers,
 * the prose it holds (read as sections of the notice), where the body starts, and the problems found
 * while reading it.
 *
 * @param format    {@code yaml}, {@code toml}, {@code json}, {@code pelican} (bare {@code Key: value} header
 *                  lines) or {@code none}
 * @param bodyLine  the 1-based file line on which the body starts
 * @param usable    false when the front matter is so broken that the body cannot be told apart
 */
public record FrontMatter(String format, Map<String, Object> values, Map<String, int[]> keyPositions,
                          List<Waiver> waivers, List<FrontMatterSection> sections, int bodyLine,
                          List<Problem> problems, boolean usable) {

    /** The format of a notice that has no front matter at all. */
    public static final String NONE = "none";


    public FrontMatter {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        keyPositions = Map.copyOf(keyPositions);
        waivers = List.copyOf(waivers);
        sections = List.copyOf(sections);
        problems = List.copyOf(problems);
    }

    /** Front matter that holds no prose. */
    public FrontMatter(String format, Map<String, Object> values, Map<String, int[]> keyPositions, List<Waiver> waivers,
            int bodyLine, List<Problem> problems, boolean usable) {
        this(format, values, keyPositions, waivers, List.of(), bodyLine, problems, usable);
    }

    /** A string value, or null when missing (numbers and booleans are turned into text). */
    public String string(String key) {
        Object v = values.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof List<?> || v instanceof Map<?, ?>) {
            return null;
        }
        return String.valueOf(v).strip();
    }

    /**
     * The words of a list value ({@code tags: [security, postmortem]}), or of a string that a site generator
     * splits on spaces and commas ({@code categories: cocoapods trunk}, as Jekyll does); empty when missing.
     */
    public List<String> terms(String key) {
        Object v = values.get(key);
        List<String> terms = new java.util.ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object o : list) {
                if (o != null && !(o instanceof List<?>) && !(o instanceof Map<?, ?>)) {
                    String t = String.valueOf(o).strip();
                    if (!t.isEmpty()) {
                        terms.add(t);
                    }
                }
            }
        } else if (v != null && !(v instanceof Map<?, ?>)) {
            for (String t : String.valueOf(v).split("[\\s,]+")) {
                if (!t.isEmpty()) {
                    terms.add(t);
                }
            }
        }
        return terms;
    }

    /** A boolean value: YAML booleans, and the strings "yes"/"true"/"no"/"false" in any case. */
    public Boolean bool(String key) {
        Object v = values.get(key);
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s) {
            String w = s.strip().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("yes") || w.equals("true") || w.equals("y") || w.equals("on")) {
                return true;
            }
            if (w.equals("no") || w.equals("false") || w.equals("n") || w.equals("off")) {
                return false;
            }
        }
        return null;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The 1-based line of a key, or the line the front matter starts on. */
    public int line(String key) {
        int[] pos = keyPositions.get(key);
        return pos == null ? 1 : pos[0];
    }

    public int column(String key) {
        int[] pos = keyPositions.get(key);
        return pos == null ? 1 : pos[1];
    }

    /** A problem in the front matter, at a line and column of the file. */
    public record Problem(int line, int column, String message, boolean warning) {
    }

    /**
     * A waived element, with the reason given (null when missing) and where it stands; {@code found} says what
     * stood there instead when {@code waive} was not a list (a single table, a text), else null.
     */
    public record Waiver(String element, String reason, int line, int column, String found) {

        public Waiver(String element, String reason, int line, int column) {
            this(element, reason, line, column, null);
        }
    }
}
