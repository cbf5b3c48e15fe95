package io.github.incidentnotice.model;

import java.util.List;

/** Why the check judged one notice as it did: its kind and stage, and the decision of every checklist element. */
public record NoticeExplanation(String file, Kind kind, Stage stage, boolean inferred, List<ElementDecision> elements) {

    public NoticeExplanation {
        elements = List.copyOf(elements);
    }
}
