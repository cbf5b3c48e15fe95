package io.github.incidentnotice.rules;

import java.util.List;

import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Level;

/** Reports an element the notice's kind and stage require but the notice does not state ({@code missing-<element>}). */
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
        return element.levelFor(analysis.kindStage(), analysis.personalData(), analysis.severity());
    }

    @Override
    public void check(NoticeAnalysis analysis, List<Finding> findings) {
        Level level = levelFor(analysis);
        if (level == Level.OFF || WaiverRule.waives(analysis, element.id()) || analysis.evidence(element).isPresent()) {
            return;
        }
        var notice = analysis.notice();
        findings.add(new Finding(id(), element.id(), level, notice.file(), notice.bodyLine(), 1, message(analysis), ""));
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
