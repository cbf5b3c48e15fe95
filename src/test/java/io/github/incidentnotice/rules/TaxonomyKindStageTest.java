package io.github.incidentnotice.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import org.junit.jupiter.api.Test;

/** A blog post's tags and categories, the team's own filing of it, say its kind and stage as its title would. */
class TaxonomyKindStageTest {

    private final CheckEngine engine = new CheckEngine(ChecklistLoader.defaults());

    private String kindStage(String frontMatter) {
        var result = engine.check("_posts/2026-03-02-database.md", "---\ntitle: About the database\n" + frontMatter
                + "---\nThe database moved to new disks on Monday night and the site was slow for an hour.\n");
        return result.kind().id() + "/" + result.stage().id();
    }

    @Test
    void aCategoryOfPostmortemsMakesAWriteUp() {
        assertEquals("incident/postmortem", kindStage("categories:\n  - Postmortems\n"));
        assertEquals("incident/postmortem", kindStage("tags: [security, post-mortem]\n"));
        assertEquals("incident/postmortem", kindStage("tags: incident_report\n"));
    }

    @Test
    void aMaintenanceTagMakesPlannedWorkUnlessItSaysUnplanned() {
        assertEquals("maintenance/ongoing", kindStage("tags: [maintenance]\n"));
        assertEquals("maintenance/ongoing", kindStage("categories: infrastructure maintenance\n"));
        assertEquals("incident/resolved", kindStage("tags: [maintenance, emergency]\n"));
        assertEquals("incident/postmortem", kindStage("tags: [maintenance, postmortem]\n"));
    }

    @Test
    void aPolicyCategoryIsAnAnnouncementAndOtherTermsLeaveTheTextToDecide() {
        assertEquals("informational/resolved", kindStage("categories: [Policies]\n"));
        assertEquals("incident/resolved", kindStage("tags: [security, transparency]\ncategories: cocoapods trunk\n"));
        assertEquals("incident/resolved", kindStage("tags: {a: b}\n"));
    }

    @Test
    void theStatusStillWins() {
        assertEquals("incident/ongoing", kindStage("status: investigating\ncategories: [postmortems]\n"));
    }
}
