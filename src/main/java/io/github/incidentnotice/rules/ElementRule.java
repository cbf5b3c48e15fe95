package io.github.incidentnotice.rules;

import java.util.List;

import io.github.incidentnotice.model.Citation;
import io.github.incidentnotice.model.Closest;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Level;

/**
 * Reports an element the notice's kind and stage require but the notice does not state ({@code missing-<element>}),
 * unless an unreplaced placeholder stands for it (that placeholder's finding names the element).
 */
public final class ElementRule implements NoticeRule {

    private final ElementSpec element;

    public ElementRule(ElementSpec element) {
        this.element = element;
    }

    @Override
    public String id() {
        return element.ruleId();
    }

    public ElementSpec element() {
        return element;
    }

    /** The level this element has for the analysed notice, off when it does not apply. */
    public Level levelFor(NoticeAnalysis analysis) {
        return analysis.level(element);
    }

    @Override
    public void check(NoticeAnalysis analysis, List<Finding> findings) {
        Level level = levelFor(analysis);
        if (!missing(analysis, element) || analysis.awaitsGuide(element)) {
            // an unreplaced guide for the element is reported once, as the placeholder that names it
            return;
        }
        var notice = analysis.notice();
        Closest closest = ClosestCandidate.of(analysis, element).orElse(null);
        findings.add(new Finding(id(), element.id(), level, notice.file(), notice.bodyLine(), 1,
                sentence(message(analysis)) + " " + closest(closest), "", closest));
    }

    /**
     * Whether the notice's kind and stage require the element, no waiver excuses it and the notice does not
     * state it: the engine's decision, which the next stage of a notice also goes by.
     */
    public static boolean missing(NoticeAnalysis analysis, ElementSpec element) {
        return analysis.level(element) != Level.OFF && !WaiverRule.waives(analysis, element.id()) && analysis.evidence(element).isEmpty();
    }

    /** The text ended as a sentence, so that the closest candidate reads as one of its own. */
    static String sentence(String text) {
        return text.endsWith(".") || text.endsWith(".\"") ? text : text + ".";
    }

    /** The message's last sentence: what came closest, where, and why it did not count. */
    static String closest(Closest closest) {
        if (closest == null) {
            return "Nothing in the notice came close.";
        }
        Citation at = closest.at();
        String words = Prose.excerpt(at.excerpt(), 80);
        String what = closest.section()
                ? "the section \"" + words + "\" at line " + at.line()
                : "line " + at.line() + " \"" + words + "\"";
        return "Closest: " + what + " (" + closest.reason() + ").";
    }

    private String message(NoticeAnalysis analysis) {
        StringBuilder sb = new StringBuilder();
        sb.append("no ").append(element.id()).append(" found in this ").append(analysis.kindStage().kind().id())
                .append(" notice (").append(analysis.stage().id()).append("): ").append(element.description());
        if (!element.headings().isEmpty()) {
            sb.append(" Add a \"## ").append(element.headings().get(0)).append("\" section or say it in the text");
        } else {
            sb.append(" Say it in the text");
        }
        if (element.hint() != null && !element.hint().isBlank()) {
            sb.append("; ").append(element.hint());
        } else {
            sb.append('.');
        }
        return sb.toString();
    }
}
