package io.github.incidentnotice.timeliness;

import java.util.List;

import io.github.incidentnotice.model.Finding;

/** One timeliness check with one rule id; it adds its findings (at most one) for one notice. */
public interface TimelinessRule {

    String id();

    void check(TimelinessContext context, List<Finding> findings);

    /** The engine's four checks, one per id of {@link io.github.incidentnotice.model.TimelinessSpec#IDS}. */
    static List<TimelinessRule> all() {
        return List.of(new StaleUpdateRule(), new LateAdmissionRule(), new LeftOpenRule(), new ResolvedWithoutTimeRule());
    }
}
