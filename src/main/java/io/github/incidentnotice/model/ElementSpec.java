package io.github.incidentnotice.model;

import java.util.List;
import java.util.Map;

import io.github.incidentnotice.match.Phrase;

/**
 * One checklist element: what good looks like, the level at which each kind and stage requires it,
 * the headings that introduce it, and the prose phrases that show it (and the ones that look like it
 * but do not count, such as a hedged apology).
 *
 * @param onlyWithPersonalData the element applies only to notices involving personal data
 * @param severities           when not empty, the element applies only to notices of these severities
 * @param ongoingPhrases       phrases that show the element only while the notice is ongoing
 * @param origins              where each setting comes from (default checklist or a team's file, with lines)
 * @param examples             sentences and short notices that show the element and that do not (run as tests)
 */
public record ElementSpec(String id, String description, String hint, Map<KindStage, Level> levels,
                          boolean onlyWithPersonalData, List<String> severities, List<String> headings,
                          List<Phrase> phrases, List<Phrase> unless, List<Phrase> ongoingPhrases,
                          Origins origins, List<Example> examples) {

    public ElementSpec {
        levels = Map.copyOf(levels);
        severities = List.copyOf(severities);
        headings = List.copyOf(headings);
        phrases = List.copyOf(phrases);
        unless = List.copyOf(unless);
        ongoingPhrases = List.copyOf(ongoingPhrases);
        examples = List.copyOf(examples);
    }

    /** The level this element has for a kind and stage; off when the checklist does not require it there. */
    public Level levelFor(KindStage kindStage) {
        return levels.getOrDefault(kindStage, Level.OFF);
    }

    /**
     * The level this element has for one notice: off for an informational notice, for a notice without
     * personal data when the element is only for breaches, and outside the element's severities (when
     * it has any; {@code severity} as the notice gives it, lower case). The check and the {@code new}
     * goal's scaffold both decide with this, so a scaffold asks for what the check looks for.
     */
    public Level levelFor(KindStage kindStage, boolean personalData, String severity) {
        if (kindStage.kind() == Kind.INFORMATIONAL || (onlyWithPersonalData && !personalData)
                || (!severities.isEmpty() && !severities.contains(severity))) {
            return Level.OFF;
        }
        return levelFor(kindStage);
    }

    /** The same element without origins or examples (for comparing what two checklists enforce). */
    public ElementSpec withoutOrigins() {
        return new ElementSpec(id, description, hint, levels, onlyWithPersonalData, severities, headings, phrases,
                unless, ongoingPhrases, Origins.NONE, List.of());
    }

    /** The rule id of the finding raised when the element is missing. */
    public String ruleId() {
        return "missing-" + id;
    }
}
