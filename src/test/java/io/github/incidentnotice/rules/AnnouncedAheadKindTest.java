package io.github.incidentnotice.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;

/**
 * Work announced ahead of its day is maintenance still to come: a lead sentence in the present progressive (or
 * the future) that names a day after the notice's own date, from its front matter or its file name.
 */
class AnnouncedAheadKindTest {

    private final CheckEngine engine = new CheckEngine(ChecklistLoader.defaults());

    private String kindStage(String file, String frontMatter, String body) {
        var result = engine.check(file, "---\n" + frontMatter + "---\n" + body + "\n");
        return result.kind().id() + "/" + result.stage().id();
    }

    @Test
    void aDayAfterTheFrontMatterDateInAProgressiveLeadIsWorkToCome() {
        assertEquals("maintenance/ongoing", kindStage("incidents/n.md", "title: New mail provider\ndate: 2026-02-20\n",
                "The support team is moving the help desk to a new mail provider on March 3rd.\n\n"
                        + "Replies to open tickets keep working."));
        assertEquals("maintenance/ongoing", kindStage("incidents/n.md", "title: New mail provider\ndate: 2026-02-20\n",
                "We are retiring the old upload endpoint on 2026-03-10; clients should switch before then."));
    }

    @Test
    void theFileNameDatesAPostWithoutADate() {
        assertEquals("maintenance/ongoing", kindStage("_posts/2026-02-20-mail.md", "title: New mail provider\n",
                "The support team is moving the help desk to a new mail provider on 3 March 2026."));
    }

    @Test
    void aDayThatHasPassedOrNoDateAtAllLeavesItAnIncident() {
        // the same sentence written after the day: a report of what is under way, not an announcement
        assertEquals("incident/resolved", kindStage("incidents/n.md", "title: Help desk mail\ndate: 2026-03-05\n",
                "The support team is moving the help desk to a new mail provider on March 3rd."));
        // no date to compare with
        assertEquals("incident/resolved", kindStage("incidents/n.md", "title: Help desk mail\n",
                "The support team is moving the help desk to a new mail provider on March 3rd."));
        // a report in the past beside it
        assertEquals("incident/resolved", kindStage("incidents/n.md", "title: Help desk mail\ndate: 2026-02-20\n",
                "Mail to the help desk bounced for two hours this morning. We are moving it to a new provider on March 3rd."));
    }

    @Test
    void theNoticesDateIsReadAsItsSiteGeneratorReadsIt() {
        // 03-02-2026: 2 March on an MDX site (JavaScript's Date), 3 February on a Jekyll one
        String body = "The support team is moving the help desk to a new mail provider on 10 February.";
        assertEquals("incident/resolved", kindStage("docs/status/mail.mdx", "title: Help desk mail\ndate: 03-02-2026\n", body));
        assertEquals("maintenance/ongoing", kindStage("incidents/mail.md", "title: Help desk mail\ndate: 03-02-2026\n", body));
    }
}
