package io.github.incidentnotice.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** An MDX notice is read as its page shows it, every sentence and title at its own line and column. */
class MdxBodyTest {

    private static Notice mdx(String body) {
        return NoticeReader.parse("incidents/n.mdx", "---\ntitle: Login failed\n---\n" + body);
    }

    /** Each sentence (not the title) as "line:column section update text". */
    private static List<String> sentences(Notice n) {
        return n.sentences().stream().filter(s -> !s.title())
                .map(s -> s.line() + ":" + s.column() + " " + s.section() + " " + s.update() + " " + s.text()).toList();
    }

    private static List<String> sections(Notice n) {
        return n.sections().stream().map(s -> s.line() + ":" + s.column() + " " + s.heading().text() + " "
                + s.content().stream().map(Sentence::text).toList()).toList();
    }

    @Test
    void importsExportsAndExpressionsAreNotText() {
        Notice n = mdx("""
                import Update from '../components/Update.astro';
                export const meta = {
                  severity: 'major',
                };

                We are sorry{/* a comment */} that login failed for {props.count} customers.
                """);
        assertEquals(List.of("9:1 -1 0 We are sorry that login failed for  customers."), sentences(n));
    }

    @Test
    void aDatedComponentIsASectionTitledByItsDate() {
        Notice n = mdx("""
                import Update from '../components/Update.astro';

                <Update date="2025-01-02 10:00">We rolled the release back.</Update>
                <Update date='2025-01-02 09:00'>
                  We are investigating   failed logins.
                </Update>
                """);
        assertEquals(List.of("6:15 2025-01-02 10:00 [We rolled the release back.]",
                "7:15 2025-01-02 09:00 [We are investigating   failed logins.]"), sections(n));
        assertEquals(List.of("6:15 0 0 2025-01-02 10:00", "6:33 0 0 We rolled the release back.",
                "7:15 1 1 2025-01-02 09:00", "8:3 1 1 We are investigating   failed logins."), sentences(n));
    }

    @Test
    void attributesAndSelfClosingComponentsAreDroppedChildrenKept() {
        Notice n = mdx("""
                <Banner kind="warning" text="We apologize for any inconvenience" />

                <Callout title="Not read" onClick={() => { go('>'); }}>
                We <Term id="x">restarted</Term> the login service.
                </Callout>

                <>We thank you for your patience.</>
                """);
        assertEquals(List.of("7:1 -1 0 We restarted the login service.", "10:3 -1 0 We thank you for your patience."),
                sentences(n));
    }

    @Test
    void codeAndLowerCaseHtmlStayAsMarkdownReadsThem() {
        Notice n = mdx("""
                Run `<Reset />` and {`x`} then <b>sign in</b> again.

                ```
                <Update date="2020-01-01">We apologize.</Update>
                ```
                """);
        assertEquals(List.of("4:1 -1 0 Run   and  then sign in again."), sentences(n));
        assertTrue(n.sections().isEmpty());
    }

    @Test
    void aComponentOpeningInsideAParagraphSplitsIt() {
        Notice n = mdx("First words. <Update date=\"May 7\">Later words.</Update>\n");
        assertEquals(List.of("4:1 -1 0 First words.", "4:28 0 1 May 7", "4:35 0 1 Later words."), sentences(n));
    }

    @Test
    void aMarkdownNoticeIsNotReadAsMdx() {
        Notice n = NoticeReader.parse("incidents/n.md", "---\ntitle: x\n---\n<Update date=\"x\">We rolled back.</Update>\n");
        assertTrue(n.sections().isEmpty());
        assertEquals("We rolled back.", n.sentences().get(1).text());
    }

    @Test
    void hostileMdxEndsQuickly() {
        String hostile = "<A \"".repeat(20_000) + "\n" + "{".repeat(50_000) + "\n" + "<B ".repeat(20_000) + "\n"
                + "`".repeat(3000) + " x " + "``".repeat(3000) + "\n" + "import x from 'y'\n".repeat(1000);
        long start = System.nanoTime();
        mdx(hostile);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 3000, "linear in the body");
    }
}
