package io.github.incidentnotice.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Front matter in the other shapes real notices keep: Pelican header lines, JSON, none at all. */
class MetadataShapesTest {

    private static List<String> sentences(Notice notice) {
        return notice.sentences().stream().map(s -> s.section() + " " + s.line() + ":" + s.column() + " " + s.text()).toList();
    }

    @Test
    void pelicanHeaderLinesAreFrontMatter() {
        Notice notice = NoticeReader.parse("n.md", """
                Title: Outage: DNS resolvers
                Date: 2024-03-05 14:00
                OutageFinish: 2024-03-05 15:10
                Summary: Our DNS resolvers answered slowly
                  for customers in the west region.
                Status: published

                We are sorry: name lookups took up to ten seconds.
                """);
        FrontMatter fm = notice.frontMatter();
        assertEquals("pelican", fm.format());
        assertEquals(List.of(), fm.problems());
        assertEquals("Outage: DNS resolvers", notice.title());
        assertEquals("2024-03-05 15:10", fm.string("outagefinish"));
        assertEquals(null, fm.string("status"), "Pelican's publication state is not an incident status");
        assertEquals("published", fm.string("publication-status"));
        assertEquals(8, fm.bodyLine());
        assertEquals(List.of("-1 1:1 Outage: DNS resolvers", "0 4:1 Summary",
                "0 4:10 Our DNS resolvers answered slowly for customers in the west region.",
                "-1 8:1 We are sorry: name lookups took up to ten seconds."), sentences(notice));
        Sentence summary = notice.sentences().get(2);
        int customers = summary.text().indexOf("for customers");
        assertEquals("5:3", summary.lineAt(customers) + ":" + summary.columnAt(customers));
    }

    @Test
    void markdownThatOpensWithALabelIsNotAHeader() {
        Notice notice = NoticeReader.parse("n.md", "Note: this page moved.\n\nWe are sorry.\n");
        assertEquals("none", notice.frontMatter().format());
    }

    @Test
    void jsonFrontMatterIsReadWithPositions() {
        Notice notice = NoticeReader.parse("n.md", """
                {
                  "title": "Search index stale",
                  "status": "Resolved",
                  "impact": "Search results were up to six hours old for every customer.",
                  "cause": "A \\"reindex\\" job stopped after a disk filled up.",
                  "updates": [
                    {"date": "2024-02-01 08:00", "content": "We are looking into stale search results."},
                    {"date": "2024-02-01 09:00", "content": ""}
                  ],
                  "waive": [{"element": "make-good", "reason": "Free plan"}]
                }
                We are sorry: search showed old results all morning.
                """);
        FrontMatter fm = notice.frontMatter();
        assertEquals("json", fm.format());
        assertEquals(List.of(), fm.problems());
        assertEquals("Resolved", fm.string("status"));
        assertEquals(12, fm.bodyLine());
        assertEquals(List.of(new FrontMatter.Waiver("make-good", "Free plan", 10, 1)), fm.waivers());
        assertEquals(List.of("-1 2:3 Search index stale", "0 4:4 Impact",
                "0 4:14 Search results were up to six hours old for every customer.", "1 5:4 Cause",
                "1 5:13 A \"reindex\" job stopped after a disk filled up.", "2 7:14 Update 2024-02-01 08:00",
                "2 7:46 We are looking into stale search results.",
                "-1 12:1 We are sorry: search showed old results all morning."), sentences(notice));
        Sentence cause = notice.sentences().get(4);
        int job = cause.text().indexOf("job");
        assertEquals("5:27", cause.lineAt(job) + ":" + cause.columnAt(job));
    }

    @Test
    void brokenJsonIsOneProblemAtItsLine() {
        FrontMatter fm = NoticeReader.parse("n.md", "{\n  \"title\": \"x\",\n  \"status\" \"resolved\"\n}\nText\n").frontMatter();
        assertFalse(fm.usable());
        assertEquals(1, fm.problems().size());
        assertEquals(3, fm.problems().get(0).line());
        assertTrue(fm.problems().get(0).message().startsWith("invalid JSON front matter: "), fm.problems().get(0).message());
    }

    @Test
    void deeplyNestedJsonIsRefusedNotACrash() {
        String deep = "{\n\"a\": " + "[".repeat(5000) + "]".repeat(5000) + "\n}\nText\n";
        FrontMatter fm = NoticeReader.parse("n.md", deep).frontMatter();
        assertFalse(fm.usable());
        assertTrue(fm.problems().get(0).message().startsWith("invalid JSON front matter: "), fm.problems().get(0).message());
    }

    @Test
    void aLiquidTagAtTheTopIsNotJson() {
        assertEquals("none", NoticeReader.parse("n.md", "{% include header.html %}\nWe are sorry.\n").frontMatter().format());
    }

    @Test
    void withoutFrontMatterTheOpeningHeadingIsTheTitle() {
        Notice notice = NoticeReader.parse("n.md", """
                # Postmortem: queue outage

                We are sorry: the job queue was down for an hour.
                """);
        assertEquals("Postmortem: queue outage", notice.title());
        assertTrue(notice.sentences().get(0).title());
        assertEquals("the notice has no front matter: start it with '---', a title, date and status, and '---'",
                notice.frontMatter().problems().get(0).message());
        Notice later = NoticeReader.parse("n.md", "We are sorry.\n\n# Details\n\nThe queue was down.\n");
        assertEquals(null, later.title(), "a heading after the opening text is a section, not the title");
    }
}
