package io.github.incidentnotice.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class BodyParserTest {

    private static List<Sentence> sentences(String text) {
        return NoticeReader.parse("n.md", text).sentences().stream().filter(s -> !s.title()).toList();
    }

    private static Sentence find(List<Sentence> sentences, String start) {
        return sentences.stream().filter(s -> s.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence starting with " + start + " in " + sentences));
    }

    @Test
    void positionsCountFrontMatterLinesAndColumns() {
        List<Sentence> s = sentences("---\ntitle: x\n---\n# Heading\n\nFirst one. Second **bold** one.\n");
        Sentence second = find(s, "Second");
        assertEquals(6, second.line());
        assertEquals(12, second.column());
        assertEquals("Second bold one.", second.text());
    }

    @Test
    void codeCommentsShortcodesAndHtmlTagsAreNotText() {
        List<Sentence> s = sentences("---\ntitle: x\n---\n<!-- We are sorry. -->\n\n```\nwe apologize\n```\n\n"
                + "    indented code we apologize\n\n{{< track \"x\" >}} Restarted the `sorry` server.\n\n<p>Raw <b>html</b> text.</p>\n");
        assertTrue(s.stream().noneMatch(x -> x.text().toLowerCase().contains("sorry") && !x.text().contains("Restarted")));
        assertTrue(s.stream().noneMatch(x -> x.text().contains("apologize")));
        Sentence restarted = find(s, "Restarted");
        assertFalse(restarted.text().contains("sorry"), "inline code is not text");
        assertEquals(12, restarted.line());
        assertEquals(19, restarted.column());
        Sentence html = find(s, "Raw html text.");
        assertEquals(14, html.line());
        assertEquals(4, html.column());
    }

    @Test
    void blockquotesAreQuotedWords() {
        List<Sentence> s = sentences("---\ntitle: x\n---\n> We are sorry, said the vendor.\n\nOur own words.\n");
        assertTrue(find(s, "We are sorry").quoted());
        assertFalse(find(s, "Our own").quoted());
    }

    @Test
    void feffInsideWordsAndCrlfAreHandled() {
        List<Sentence> s = sentences("---\r\ntitle: x\r\n---\r\nWe apolo\uFEFFgize for the outage.\r\nNext line.\r\n");
        Sentence apology = find(s, "We apologize");
        assertEquals(4, apology.line());
        assertEquals(1, apology.column());
    }

    @Test
    void boldLineAndLeadInAreSectionTitles() {
        Notice n = NoticeReader.parse("n.md", "---\ntitle: x\n---\n**Impact**\n\nBuilds failed for two hours.\n\n"
                + "**Root cause:** a full disk.\n");
        assertEquals(List.of("impact", "root cause"), n.sections().stream().map(Section::normalizedHeading).toList());
        assertEquals("Builds failed for two hours.", n.sections().get(0).content().get(0).text());
        assertEquals("a full disk.", n.sections().get(1).content().get(0).text());
    }

    @Test
    void oneStatementPerLineSplitsButWrappedProseDoesNot() {
        List<Sentence> s = sentences("---\ntitle: x\n---\n09:40 GMT\nThe network is back\n"
                + "This is caused by a failed migration during the automatic deployment\nof the new images.\n");
        assertEquals(List.of("09:40 GMT", "The network is back",
                "This is caused by a failed migration during the automatic deployment of the new images."),
                s.stream().map(Sentence::text).toList());
    }

    @Test
    void thematicBreaksSeparateUpdates() {
        Notice n = NoticeReader.parse("n.md", "---\ntitle: x\n---\nResolved now.\n\n---\nWe are investigating.\n");
        assertEquals(2, n.updates());
        assertEquals(1, find(n.sentences(), "We are investigating").update());
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        List<Sentence> s = sentences("---\ntitle: x\n---\nSome services, e.g. the API, failed. Then we fixed it.\n");
        assertEquals(List.of("Some services, e.g. the API, failed.", "Then we fixed it."),
                s.stream().map(Sentence::text).toList());
    }
}
