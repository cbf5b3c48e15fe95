package io.github.incidentnotice.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** An {@code updates:} list in the front matter: each entry with text is a section titled by its date, in order. */
class UpdateListTest {

    private static final String NOTICE = """
            ---
            title: Webhooks delayed
            status: resolved
            updates:
              - date: 2024-05-01 10:00
                content: We are investigating delayed webhook deliveries.
              - date: 2024-05-01 10:20
                content: ''
              - date: "2024-05-01 10:45"
                message: >-
                  We found a stuck queue consumer and restarted it;
                  deliveries are catching up.
              - body: All delayed webhooks have been delivered.
            ---
            """;

    @Test
    void eachUpdateWithTextIsASectionInOrderAtItsPlace() {
        Notice notice = NoticeReader.parse("n.md", NOTICE);
        assertEquals(List.of("Update 2024-05-01 10:00 @5:11", "Update 2024-05-01 10:45 @9:11", "Update 3 @13:5"),
                notice.sections().stream().map(s -> s.heading().text() + " @" + s.line() + ":" + s.column()).toList());
        assertEquals(List.of(
                "0 6:14 We are investigating delayed webhook deliveries.",
                "1 11:7 We found a stuck queue consumer and restarted it; deliveries are catching up.",
                "2 13:11 All delayed webhooks have been delivered."),
                notice.sections().stream().flatMap(s -> s.content().stream())
                        .map(s -> s.update() + " " + s.line() + ":" + s.column() + " " + s.text()).toList());
        Sentence folded = notice.sections().get(1).content().get(0);
        int deliveries = folded.text().indexOf("deliveries");
        assertEquals("12:7", folded.lineAt(deliveries) + ":" + folded.columnAt(deliveries));
        assertEquals(3, notice.updates());
    }

    @Test
    void anEmptyOrTextlessListReadsNothing() {
        Notice notice = NoticeReader.parse("n.md", """
                ---
                title: Webhooks delayed
                updates:
                  - date: 2024-05-01 10:00
                    content: ''
                  - just a string
                  - date: 2024-05-01 11:00
                    content: 42
                ---
                """);
        assertEquals(List.of(), notice.sections());
    }

    @Test
    void anAliasedUpdateTextIsReadOnceWhereItStands() {
        Notice notice = NoticeReader.parse("n.md", """
                ---
                title: Webhooks delayed
                updates:
                  - date: 2024-05-01 10:00
                    content: &same We are investigating delayed webhook deliveries.
                  - date: 2024-05-01 10:05
                    content: *same
                ---
                """);
        assertEquals(1, notice.sections().size());
    }
}
