package io.github.incidentnotice.rules;

import java.util.List;

import io.github.incidentnotice.model.DefectSpec;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.parse.Section;

/**
 * Reports a heading with nothing under it ({@code empty-section}, at the placeholder defect's level): an empty
 * section satisfies nothing.
 */
public final class EmptySectionRule implements NoticeRule {

    /** Its own id, so that skipping it leaves the placeholder phrases on, and the other way round. */
    public static final String ID = "empty-section";

    private final DefectSpec placeholder;

    public EmptySectionRule(DefectSpec placeholder) {
        this.placeholder = placeholder;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(NoticeAnalysis analysis, List<Finding> findings) {
        if (placeholder.level() == Level.OFF) {
            return;
        }
        for (Section section : analysis.notice().sections()) {
            if (section.content().isEmpty() && !section.opaqueContent() && section.heading().headingLevel() <= 6) {
                String heading = Prose.excerpt(section.heading().text(), 60);
                findings.add(new Finding(id(), null, placeholder.level(), analysis.notice().file(), section.line(),
                        section.column(), "the section \"" + heading
                                + "\" is empty; write what belongs there or remove the heading.", heading));
            }
        }
    }
}
