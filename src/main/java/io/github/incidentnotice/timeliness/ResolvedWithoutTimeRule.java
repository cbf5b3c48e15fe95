package io.github.incidentnotice.timeliness;

import java.util.List;

import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Stage;

/**
 * {@code resolved-without-time}: a resolved notice (or postmortem) that does not say when the problem ended, in
 * a {@code resolvedWhen} (or end) field or in its text; customers and the SLA both need that time.
 */
public final class ResolvedWithoutTimeRule implements TimelinessRule {

    public static final String ID = "resolved-without-time";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(TimelinessContext c, List<Finding> findings) {
        if (c.kindStage().stage() == Stage.ONGOING || c.times().statesEnd()) {
            return;
        }
        findings.add(new Finding(ID, null, c.spec().levelFor(c.kindStage()), c.file(), c.times().stageLine(),
                c.times().stageColumn(), "resolved, but the notice does not say when the problem ended; add"
                        + " resolvedWhen (such as resolvedWhen: 2026-03-02T11:02:00Z) to the front matter, or say in the"
                        + " text when service was restored (\"resolved at 11:02 UTC\").", ""));
    }
}
