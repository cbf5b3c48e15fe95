package io.github.incidentnotice.model;

import java.util.List;
import java.util.Map;

/**
 * What the engine concluded about one notice: its kind and stage (and whether they were inferred
 * from the text rather than stated), the state of every checklist element, and the findings.
 *
 * @param levels   the level at which this notice requires each element (off: not required); empty when unknown
 * @param evidence where the notice states each present element, and where each defect found first stands, by
 *                 element or defect id; empty when unknown
 * @param title    the notice's title (front matter, else its first heading), or null when it has none
 * @param date     when the incident started, from the front matter, as an ISO instant; null when not stated or not read
 */
public record NoticeResult(String file, Kind kind, Stage stage, boolean inferred, boolean personalData,
                           Map<String, ElementState> elements, List<Finding> findings, Map<String, Level> levels,
                           Map<String, Citation> evidence, String title, String date) {

    public NoticeResult {
        elements = FrozenMap.copyOf(elements);
        findings = List.copyOf(findings);
        levels = levels == null ? Map.of() : FrozenMap.copyOf(levels);
        evidence = evidence == null || evidence.isEmpty() ? Map.of() : FrozenMap.copyOf(evidence);
    }

    /** A result without title and date. */
    public NoticeResult(String file, Kind kind, Stage stage, boolean inferred, boolean personalData,
                        Map<String, ElementState> elements, List<Finding> findings, Map<String, Level> levels,
                        Map<String, Citation> evidence) {
        this(file, kind, stage, inferred, personalData, elements, findings, levels, evidence, null, null);
    }

    /** A result without evidence. */
    public NoticeResult(String file, Kind kind, Stage stage, boolean inferred, boolean personalData,
                        Map<String, ElementState> elements, List<Finding> findings, Map<String, Level> levels) {
        this(file, kind, stage, inferred, personalData, elements, findings, levels, Map.of());
    }

    /** A result without per-element levels (reports then derive them from the checklist). */
    public NoticeResult(String file, Kind kind, Stage stage, boolean inferred, boolean personalData,
                        Map<String, ElementState> elements, List<Finding> findings) {
        this(file, kind, stage, inferred, personalData, elements, findings, Map.of(), Map.of());
    }

    /** The same result with other findings (kind, stage, element states and levels kept). */
    public NoticeResult withFindings(List<Finding> otherFindings) {
        return new NoticeResult(file, kind, stage, inferred, personalData, elements, otherFindings, levels, evidence,
                title, date);
    }

    public long errors() {
        return count(Level.ERROR);
    }

    public long warnings() {
        return count(Level.WARNING);
    }

    // a loop, not a stream: reports ask each notice for its counts several times
    private long count(Level level) {
        long n = 0;
        for (Finding f : findings) {
            if (f.level() == level) {
                n++;
            }
        }
        return n;
    }

    /** Fails when the notice has at least one error finding. */
    public boolean failed() {
        return errors() > 0;
    }

    public long waivers() {
        return elements.values().stream().filter(s -> s == ElementState.WAIVED).count();
    }
}
