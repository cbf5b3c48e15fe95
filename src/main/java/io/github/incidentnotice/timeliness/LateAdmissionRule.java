package io.github.incidentnotice.timeliness;

import java.time.Duration;
import java.util.List;

import io.github.incidentnotice.model.Finding;

/**
 * {@code late-admission}: the first notice of an incident came later after its start than the team allows for its
 * severity. The first publication is the first commit that added the file; when that cannot be told (no git, a
 * shallow clone, a file not committed yet) the check says so in the debug log and finds nothing.
 */
public final class LateAdmissionRule implements TimelinessRule {

    public static final String ID = "late-admission";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(TimelinessContext c, List<Finding> findings) {
        NoticeTimes t = c.times();
        Duration allowed = c.spec().afterSeverity().get(t.severity());
        if (allowed == null || c.laterStage()) {
            return;
        }
        if (t.start() == null || !t.startHasTime()) {
            c.debug().accept(c.file() + ": " + ID + ": cannot tell how late the first notice came: its date"
                    + (t.start() == null ? " is missing" : " has no time of day"));
            return;
        }
        FirstPublication p = c.publication();
        if (!p.known()) {
            c.debug().accept(c.file() + ": " + ID + ": cannot tell when the notice was first published: " + p.unknownBecause());
            return;
        }
        if (p.time().isAfter(c.now())) {
            // the history is read as of now: a commit after it had not happened yet
            c.debug().accept(c.file() + ": " + ID + ": the notice was first committed after " + Times.at(c.now(), c.now())
                    + " (incident-notice.now); not timed");
            return;
        }
        Duration delay = Duration.between(t.start(), p.time());
        if (delay.compareTo(allowed) <= 0) {
            return;
        }
        findings.add(new Finding(ID, null, c.spec().levelFor(c.kindStage()), c.file(), t.startLine(), t.startColumn(),
                "the first notice came " + Times.length(delay) + " after the incident started (started "
                        + Times.at(t.start(), c.now()) + ", first committed " + Times.relative(p.time(), t.start(), c.now())
                        + "); for a " + t.severity() + " incident the checklist expects one within " + Times.length(allowed)
                        + ". Say in the notice why it came late, or waive late-admission with the reason.", ""));
    }
}
