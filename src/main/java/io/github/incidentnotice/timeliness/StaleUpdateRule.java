package io.github.incidentnotice.timeliness;

import java.time.Instant;
import java.util.List;

import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Stage;

/**
 * {@code stale-update}: an ongoing notice promised its next update by a time that has passed, and no update came
 * after the promise. Only the latest promise counts: one in an earlier update was kept by the updates that followed.
 */
public final class StaleUpdateRule implements TimelinessRule {

    public static final String ID = "stale-update";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(TimelinessContext c, List<Finding> findings) {
        if (c.kindStage().stage() != Stage.ONGOING) {
            return;
        }
        NoticeTimes times = c.times();
        Instant last = times.lastUpdate();
        NoticeTimes.Promise broken = null;
        for (NoticeTimes.Promise p : times.promises()) {
            if (!c.now().isAfter(p.due())) {
                continue;
            }
            // the front matter's field is rewritten with each update; a sentence's promise is kept by any later update
            boolean kept = p.frontMatter() ? last != null && !last.isBefore(p.due())
                    : last != null && p.madeAt() != null && last.isAfter(p.madeAt());
            if (!kept && (broken == null || broken.frontMatter() == p.frontMatter() && p.due().isAfter(broken.due()))) {
                broken = p;
            }
        }
        if (broken == null) {
            return;
        }
        // without a dated update, the notice's only update is the first one, written at the incident's start
        Instant lastSaid = last != null ? last : broken.madeAt() != null ? broken.madeAt() : times.start();
        String since = lastSaid == null ? "no update of the notice is dated"
                : "the last update is from " + Times.relative(lastSaid, broken.due(), c.now());
        findings.add(new Finding(ID, null, c.spec().levelFor(c.kindStage()), c.file(), broken.line(), broken.column(),
                "promised an update by " + Times.at(broken.due(), c.now()) + "; " + since
                        + ". Post the update you promised (with the time of the next one), or resolve the notice if it is over.",
                broken.excerpt()));
    }
}
