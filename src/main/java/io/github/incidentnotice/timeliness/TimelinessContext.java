package io.github.incidentnotice.timeliness;

import java.time.Instant;
import java.util.function.Consumer;

import io.github.incidentnotice.model.KindStage;
import io.github.incidentnotice.model.TimelinessSpec;

/**
 * What one timeliness check of one notice reads: the notice's file name, kind and stage and times, the check's
 * settings, the clock, the file's first publication, whether the file is a later stage of another notice file,
 * and where to say that something cannot be told.
 */
public record TimelinessContext(String file, KindStage kindStage, NoticeTimes times, TimelinessSpec spec, Instant now,
                                FirstPublication publication, boolean laterStage, Consumer<String> debug) {
}
