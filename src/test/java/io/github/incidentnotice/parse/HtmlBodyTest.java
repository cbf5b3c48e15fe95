package io.github.incidentnotice.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Bodies exported from old blog engines as HTML: sentences across tags, bold or underlined update titles, code unread. */
class HtmlBodyTest {

    private static Notice html(String body) {
        return NoticeReader.parse("incidents/n.md", "---\ntitle: Login failed\n---\n" + body);
    }

    /** Each sentence (not the title) as "line:column heading? text". */
    private static List<String> sentences(Notice n) {
        return n.sentences().stream().filter(s -> !s.title())
                .map(s -> s.line() + ":" + s.column() + (s.heading() ? " # " : " ") + s.text()).toList();
    }

    @Test
    void textSplitAcrossInlineTagsIsOneSentence() {
        assertEquals(List.of("4:4 We rolled back the release.", "5:4 Logins work again."),
                sentences(html("<p>We <b>rolled</b> <span class=\"x\">back</span> the release.</p>\n<p>Logins"
                        + " <em>work</em> again.</p>\n")));
        assertEquals(List.of("4:1 We rolled back the release at 10:40 UTC."),
                sentences(html("We <i>rolled</i> back\n<a href=\"/r\">the release</a> at 10:40 UTC.\n")));
    }

    @Test
    void boldOrUnderlinedLinesAreUpdateTitles() {
        Notice n = html("""
                <b><u>UPDATE 7 May 19:27 UTC</u></b>

                We have restored logins.

                <p><strong>Update</strong></p>
                <p>We are <u>still</u> monitoring.</p>

                <b><u>UPDATE 7 May 18:02 UTC</u></b><br>
                We are investigating.
                """);
        assertEquals(List.of("4:7 # UPDATE 7 May 19:27 UTC", "6:1 We have restored logins.", "8:12 # Update",
                "9:4 We are still monitoring.", "11:7 # UPDATE 7 May 18:02 UTC", "12:1 We are investigating."),
                sentences(n));
        assertEquals(List.of("update 7 may 19 27 utc", "update", "update 7 may 18 02 utc"),
                n.sections().stream().map(Section::normalizedHeading).toList());
    }

    @Test
    void aBoldLeadInEndingInAColonTitlesTheRestOfTheHtmlParagraph() {
        assertEquals(List.of("4:12 # Resolved:", "4:31 We are sorry for the failed logins."),
                sentences(html("<p><strong>Resolved:</strong> We are sorry for the failed logins.</p>\n")));
    }

    @Test
    void codeAndPreStayUnread() {
        assertEquals(List.of("4:1 Run   to sign in again.", "7:4 We restarted  the server."),
                sentences(html("Run <code>we apologize</code> to sign in again.\n\n<pre>we apologize</pre>\n"
                        + "<p>We restarted <kbd>sorry</kbd> the server.</p>\n")));
    }

    @Test
    void entitiesAreDecodedAtTheColumnOfTheirAmpersand() {
        Notice n = html("<p>We&rsquo;re sorry &mdash; caf&eacute; &amp; shop &#8212; done&hellip;</p>\n");
        assertEquals(List.of("4:4 We\u2019re sorry \u2014 caf\u00e9 & shop \u2014 done\u2026"), sentences(n));
        Sentence s = n.sentences().get(1);
        int cafe = s.text().indexOf("caf\u00e9") + 3;
        assertEquals(33, s.columnAt(cafe), "the é stands where its &eacute; starts");
    }

    @Test
    void hostileHtmlEndsQuickly() {
        String hostile = "<p>" + "<b>".repeat(30_000) + "x" + "<code>".repeat(30_000) + "\n\n"
                + "<b>&".repeat(30_000) + "\n\n" + "a <u>".repeat(30_000) + "<br>\n";
        long start = System.nanoTime();
        html(hostile);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5000, "linear in the body");
    }
}
