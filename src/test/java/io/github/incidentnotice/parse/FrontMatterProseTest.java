package io.github.incidentnotice.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Prose kept in front-matter fields is read as sections titled by their keys, every sentence at the
 * line and column of its text in the file, whatever the scalar style.
 */
class FrontMatterProseTest {

    private static final String STATUS_ENTRY = """
            ---
            title: Batch compute nodes unavailable
            status: Resolved
            type: Issue
            start_date: 2024-05-01 09:10
            end_date: 2024-05-01 11:40
            scope: Batch compute cluster in the north hall
            impact: Batch jobs failed to start on most compute nodes between 09:10 and 11:40.
            reason: >
              A cooling unit in the north hall failed and
              the nodes shut down to protect themselves.
            resolution: |
              We replaced the failed cooling unit.
              All nodes were back in service at 11:40.
            summary: "We are sorry \\"again\\": this is the second outage this month."
            note: 'It''s the second time this year, and we are adding a spare unit.'
            author: Infra Team of the North Hall Computing Centre
            affected: Batch Compute, Login Nodes, Object Storage, Web Portal
            ---
            """;

    /** Each sentence as {@code section line:column text}. */
    private static List<String> sentences(Notice notice) {
        return notice.sentences().stream().map(s -> s.section() + " " + s.line() + ":" + s.column() + " " + s.text()).toList();
    }

    @Test
    void proseFieldsAreSectionsTitledByTheirKeysAtTheirPlace() {
        Notice notice = NoticeReader.parse("n.md", STATUS_ENTRY);
        assertEquals(List.of(
                "-1 2:1 Batch compute nodes unavailable",
                "0 7:1 Scope",
                "0 7:8 Batch compute cluster in the north hall",
                "1 8:1 Impact",
                "1 8:9 Batch jobs failed to start on most compute nodes between 09:10 and 11:40.",
                "2 9:1 Reason",
                "2 10:3 A cooling unit in the north hall failed and the nodes shut down to protect themselves.",
                "3 12:1 Resolution",
                "3 13:3 We replaced the failed cooling unit.",
                "3 14:3 All nodes were back in service at 11:40.",
                "4 15:1 Summary",
                "4 15:11 We are sorry \"again\": this is the second outage this month.",
                "5 16:1 Note",
                "5 16:8 It's the second time this year, and we are adding a spare unit."), sentences(notice));
        assertEquals(List.of("scope", "impact", "reason", "resolution", "summary", "note"),
                notice.sections().stream().map(Section::normalizedHeading).toList());
        assertEquals(List.of("7:1", "8:1", "9:1", "12:1", "15:1", "16:1"),
                notice.sections().stream().map(s -> s.line() + ":" + s.column()).toList());
    }

    @Test
    void everyCharacterOfAFoldedValueKeepsItsOwnLineAndColumn() {
        Notice notice = NoticeReader.parse("n.md", STATUS_ENTRY);
        Sentence reason = notice.sentences().get(6);
        int the = reason.text().indexOf("the nodes");
        assertEquals("11:3", reason.lineAt(the) + ":" + reason.columnAt(the));
        int failed = reason.text().indexOf("failed");
        assertEquals("10:36", reason.lineAt(failed) + ":" + reason.columnAt(failed));
        Sentence summary = notice.sentences().get(11);
        // after the escaped quotes the columns still count the backslashes
        int colon = summary.text().indexOf(':');
        assertEquals("15:33", summary.lineAt(colon) + ":" + summary.columnAt(colon));
        Sentence note = notice.sentences().get(13);
        int second = note.text().indexOf("second");
        assertEquals("16:18", note.lineAt(second) + ":" + note.columnAt(second));
    }

    @Test
    void aPlainValueOverSeveralLinesIsFoldedAtItsLines() {
        Notice notice = NoticeReader.parse("n.md", """
                ---
                title: Mail delayed
                impact: Outgoing mail was delayed
                  by up to forty minutes for every customer.
                ---
                """);
        Sentence impact = notice.sentences().get(2);
        assertEquals("Outgoing mail was delayed by up to forty minutes for every customer.", impact.text());
        int by = impact.text().indexOf("by up");
        assertEquals("3:9 4:3", impact.line() + ":" + impact.column() + " " + impact.lineAt(by) + ":" + impact.columnAt(by));
    }

    @Test
    void metadataShapesAreNotProse() {
        Notice notice = NoticeReader.parse("n.md", """
                ---
                title: A title is the title, not a section of its own
                date: 2024-05-01 09:10
                author: Jane Doe and the platform team of the company
                affected: Checkout API, Web Shop, Mobile App, Partner Portal
                image: /images/outage-diagram.png
                canonical_url: https://example.com/blog/2024/05/01/outage-report
                severity: major
                impact: none
                reviewed: true
                ticket: 4711
                layout: post
                ---
                """);
        assertEquals(List.of(), notice.sections());
        assertEquals(1, notice.sentences().size());
    }

    @Test
    void aSentenceUnderAKeyNobodyListedIsProseByItsShape() {
        Notice notice = NoticeReader.parse("n.md", """
                ---
                title: Login errors
                what_we_are_doing: We are rolling back the identity service release.
                ---
                """);
        assertEquals(List.of("What we are doing"), notice.sections().stream().map(s -> s.heading().text()).toList());
        assertEquals("3:20", notice.sections().get(0).content().get(0).line() + ":"
                + notice.sections().get(0).content().get(0).column());
    }

    @Test
    void bodyTextBeforeTheFirstHeadingIsNotPartOfTheLastFieldSection() {
        Notice notice = NoticeReader.parse("n.md", """
                ---
                title: Login errors
                impact: Nobody could log in to the dashboard for an hour.
                ---
                We are sorry.

                ### Details
                The identity service rejected every token.
                """);
        assertEquals(List.of("impact:1", "details:1"),
                notice.sections().stream().map(s -> s.normalizedHeading() + ":" + s.content().size()).toList());
        assertEquals(-1, notice.sentences().get(3).section(), "the body's opening text stands under no heading");
    }

    @Test
    void aBlockScalarsBlankLineEndsASentenceAndKeepsLines() {
        Notice notice = NoticeReader.parse("n.md", """
                ---
                title: Storage slow
                details: |-
                  Reads were slow

                  Writes failed for ten minutes
                ---
                """);
        assertEquals(List.of("-1 2:1 Storage slow", "0 3:1 Details", "0 4:3 Reads were slow",
                "0 6:3 Writes failed for ten minutes"), sentences(notice));
    }

    @Test
    void tomlFieldsAreProseAtTheirKey() {
        Notice notice = NoticeReader.parse("n.md", """
                +++
                title = "Registry outage"
                impact = "Package downloads failed for forty minutes."
                +++
                """);
        assertEquals(List.of("-1 2:1 Registry outage", "0 3:1 Impact", "0 3:1 Package downloads failed for forty minutes."),
                sentences(notice));
    }
}
