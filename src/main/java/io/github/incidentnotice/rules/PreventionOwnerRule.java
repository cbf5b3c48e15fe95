package io.github.incidentnotice.rules;

import java.util.List;

import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.match.Phrase;
import io.github.incidentnotice.model.Stage;
import io.github.incidentnotice.parse.Sentence;

/**
 * In a postmortem, each follow-up action needs an owner or a date (the checklist's {@code owner-or-date}
 * marker); when prevention is stated but an action has neither, a warning of {@code prevention-without-owner}
 * stands at the first such action. A plan without owners or dates is how follow-ups get forgotten.
 */
public final class PreventionOwnerRule implements NoticeRule {

    /** Its own id, so that skipping it leaves the check for a missing prevention on, and the other way round. */
    public static final String ID = "prevention-without-owner";

    static final String ELEMENT = "prevention";

    private final ElementRule prevention;
    private final List<Phrase> ownerOrDate;

    public PreventionOwnerRule(ElementSpec prevention, List<Phrase> ownerOrDate) {
        this.prevention = new ElementRule(prevention);
        this.ownerOrDate = List.copyOf(ownerOrDate);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(NoticeAnalysis analysis, List<Finding> findings) {
        if (ownerOrDate.isEmpty() || analysis.stage() != Stage.POSTMORTEM
                || prevention.levelFor(analysis) == Level.OFF || WaiverRule.waives(analysis, ELEMENT)
                || analysis.evidence(prevention.element()).isEmpty()) {
            return;
        }
        List<Sentence> actions = analysis.sentencesShowing(prevention.element());
        List<Sentence> unowned = actions.stream()
                .filter(s -> !analysis.anyPlain(ownerOrDate, s)).toList();
        if (unowned.isEmpty()) {
            return;
        }
        Sentence first = unowned.get(0);
        String excerpt = Prose.excerpt(first.text(), 80);
        findings.add(new Finding(id(), ELEMENT, Level.WARNING, analysis.notice().file(), first.line(), first.column(),
                unowned.size() + " of " + actions.size() + " follow-up action" + (actions.size() == 1 ? "" : "s")
                        + " name no owner or date, starting with \"" + excerpt + "\"; say who will do each and by when "
                        + "(for example: \"By 15 March the platform team will ...\").", excerpt));
    }
}
