package io.github.incidentnotice.rules;

import java.util.List;

import io.github.incidentnotice.model.Finding;

/** One check with one job, like an enforcer rule: it has an id and adds its findings for one notice. */
public interface NoticeRule {

    /** The rule id findings carry (such as {@code missing-apology} or {@code non-apology}). */
    String id();

    /** Adds this rule's findings about the analysed notice. */
    void check(NoticeAnalysis analysis, List<Finding> findings);
}
