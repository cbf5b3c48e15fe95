package io.github.incidentnotice.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.KindStage;
import io.github.incidentnotice.model.Level;

/**
 * The elements of a checklist that a notice of a given kind, stage, severity and personal-data flag
 * must state, in the checklist's order: the same filter the check applies, so a scaffold asks for
 * exactly what the check will look for.
 */
public final class ApplicableElements {

    private ApplicableElements() {
    }

    public static List<ElementSpec> of(Checklist checklist, KindStage kindStage, boolean personalData, String severity) {
        List<ElementSpec> result = new ArrayList<>();
        String sev = severity == null ? "" : severity.strip().toLowerCase(Locale.ROOT);
        for (ElementSpec e : checklist.elements()) {
            if (e.levelFor(kindStage, personalData, sev) != Level.OFF) {
                result.add(e);
            }
        }
        return result;
    }
}
