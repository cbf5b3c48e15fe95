package io.github.incidentnotice.scaffold;

import java.util.List;

import io.github.incidentnotice.model.KindStage;
import io.github.incidentnotice.model.Status;

/**
 * A notice ready to be written: its file name, its text, and the 1-based lines of the guides the
 * writer must replace (each one a {@code placeholder} finding until then).
 */
public record Scaffold(String fileName, String text, List<Integer> guideLines, KindStage kindStage, Status status) {

    public Scaffold {
        guideLines = List.copyOf(guideLines);
    }
}
