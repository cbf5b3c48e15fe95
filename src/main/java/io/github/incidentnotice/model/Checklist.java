package io.github.incidentnotice.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.incidentnotice.match.Phrase;

/**
 * The effective checklist: elements and defects in their declared order, plus the title markers
 * that say a notice is maintenance or a postmortem when its front matter does not, and the named
 * pattern pieces ({@code vocabulary}) its phrases are written with; {@code missingFrontMatter} is the level
 * of the finding for a notice without front matter (a team whose site keeps none may lower it); {@code timeliness}
 * are the checks of when a notice was written rather than what it says (see {@link TimelinessSpec}).
 */
public record Checklist(String name, List<ElementSpec> elements, List<DefectSpec> defects,
                        Map<String, List<Phrase>> markers, Map<String, String> vocabulary, Level missingFrontMatter,
                        List<TimelinessSpec> timeliness) {

    /** A checklist without timeliness checks. */
    public Checklist(String name, List<ElementSpec> elements, List<DefectSpec> defects,
                     Map<String, List<Phrase>> markers, Map<String, String> vocabulary, Level missingFrontMatter) {
        this(name, elements, defects, markers, vocabulary, missingFrontMatter, List.of());
    }

    /** A checklist whose notices must have front matter (a missing one is an error). */
    public Checklist(String name, List<ElementSpec> elements, List<DefectSpec> defects,
                     Map<String, List<Phrase>> markers, Map<String, String> vocabulary) {
        this(name, elements, defects, markers, vocabulary, Level.ERROR, List.of());
    }

    public Checklist {
        elements = List.copyOf(elements);
        timeliness = timeliness == null ? List.of() : List.copyOf(timeliness);
        defects = List.copyOf(defects);
        Map<String, List<Phrase>> m = new LinkedHashMap<>();
        markers.forEach((k, v) -> m.put(k, List.copyOf(v)));
        markers = java.util.Collections.unmodifiableMap(m);
        vocabulary = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(vocabulary));
    }

    // loops, not streams: rules look elements up for every notice, and a stream pipeline per lookup is
    // slow in the interpreter and costly to compile on a cold run

    public Optional<ElementSpec> element(String id) {
        for (int i = 0; i < elements.size(); i++) {
            ElementSpec e = elements.get(i);
            if (e.id().equals(id)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public Optional<DefectSpec> defect(String id) {
        for (int i = 0; i < defects.size(); i++) {
            DefectSpec d = defects.get(i);
            if (d.id().equals(id)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    public Optional<TimelinessSpec> timeliness(String id) {
        for (int i = 0; i < timeliness.size(); i++) {
            TimelinessSpec t = timeliness.get(i);
            if (t.id().equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public List<Phrase> marker(String name) {
        return markers.getOrDefault(name, List.of());
    }

    /** Every rule id this checklist can report, in a stable order (built-in rules first). */
    public Map<String, String> ruleIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("front-matter", "The front matter is missing, broken or has a value that is not allowed.");
        ids.put("read-error", "The notice could not be read.");
        ids.put("waiver", "A waiver in the front matter is incomplete or names an unknown element.");
        ids.put("too-many-findings", "A notice has more findings than are listed for one notice.");
        for (ElementSpec e : elements) {
            ids.put(e.ruleId(), e.description());
        }
        for (DefectSpec d : defects) {
            ids.put(d.id(), d.description());
        }
        // two checks of their own beside the element and the defect they belong to (see PreventionOwnerRule, EmptySectionRule)
        if (element("prevention").isPresent()) {
            ids.put("prevention-without-owner", "In a postmortem, a follow-up action names no owner or date.");
        }
        if (defect("placeholder").isPresent()) {
            ids.put("empty-section", "A heading has nothing under it.");
        }
        for (TimelinessSpec t : timeliness) {
            ids.put(t.id(), t.description());
        }
        return ids;
    }
}
