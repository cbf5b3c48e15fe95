package io.github.incidentnotice.timeliness;

import java.time.Duration;
import java.util.List;

import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Stage;

/** {@code left-open}: a notice still ongoing longer after its start than the team allows (by default 14 days). */
public final class LeftOpenRule implements TimelinessRule {

    public static final String ID = "left-open";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(TimelinessContext c, List<Finding> findings) {
        NoticeTimes t = c.times();
        if (c.kindStage().stage() != Stage.ONGOING || t.start() == null || c.spec().after() == null) {
            return;
        }
        Duration open = Duration.between(t.start(), c.now());
        if (open.compareTo(c.spec().after()) <= 0) {
            return;
        }
        findings.add(new Finding(ID, null, c.spec().levelFor(c.kindStage()), c.file(), t.stageLine(), t.stageColumn(),
                "still ongoing " + Times.length(open) + " after it started (" + Times.at(t.start(), c.now())
                        + "); the checklist expects a notice to be closed within " + Times.length(c.spec().after())
                        + ". Resolve it (with the time it ended), or post an update saying why it is still open and waive"
                        + " left-open with that reason.", ""));
    }
}
