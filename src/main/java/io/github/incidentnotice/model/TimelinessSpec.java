package io.github.incidentnotice.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One timeliness check of the checklist ({@code stale-update}, {@code late-admission}, {@code left-open},
 * {@code resolved-without-time}): where it applies (kind/stage with a level, as for elements) and the times it
 * allows. Its verdict depends on the clock and the git history, so it is never part of a cached result.
 *
 * @param after         for {@code left-open}: the age after which an ongoing notice is left open; null otherwise
 * @param afterSeverity for {@code late-admission}: by severity (lower case), how long after the start the first
 *                      notice may come; a severity without an entry is not checked
 * @param examples      short notices with a fixed {@code now} (and first publication) that raise it and that do not
 */
public record TimelinessSpec(String id, String description, String hint, Map<KindStage, Level> levels,
                             Duration after, Map<String, Duration> afterSeverity, Origins origins,
                             List<Example> examples) {

    /** The ids of the timeliness checks the engine knows; a checklist may configure only these. */
    public static final List<String> IDS = List.of("stale-update", "late-admission", "left-open", "resolved-without-time");

    public TimelinessSpec {
        levels = Map.copyOf(levels);
        afterSeverity = FrozenMap.copyOf(afterSeverity);
        examples = List.copyOf(examples);
    }

    /** The level for a kind and stage; off where the checklist does not ask for it, and for informational notices. */
    public Level levelFor(KindStage kindStage) {
        if (kindStage.kind() == Kind.INFORMATIONAL) {
            return Level.OFF;
        }
        return levels.getOrDefault(kindStage, Level.OFF);
    }

    /** The highest level it has anywhere (SARIF's default configuration). */
    public Level highest() {
        return levels.containsValue(Level.ERROR) ? Level.ERROR
                : levels.containsValue(Level.WARNING) ? Level.WARNING : Level.OFF;
    }

    /** The same check without origins or examples (for comparing what two checklists enforce). */
    public TimelinessSpec withoutOrigins() {
        return new TimelinessSpec(id, description, hint, levels, after, afterSeverity, Origins.NONE, List.of());
    }
}
