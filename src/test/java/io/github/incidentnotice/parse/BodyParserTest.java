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

    private static String positions(Sentence s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.text().length(); i++) {
            sb.append(s.lineAt(i)).append(':').append(s.columnAt(i)).append(' ');
        }
        return sb.toString().strip();
    }

    @Test
    void invisibleCharactersAreDroppedAndNoBreakSpacesKeepTheirColumn() {
        List<Sentence> s = sentences("---\ntitle: x\n---\nA\u00A0b\u200Bc\uFEFFd e.\n");
        Sentence only = find(s, "A b");
        assertEquals("A bcd e.", only.text());
        assertEquals("4:1 4:2 4:3 4:5 4:7 4:8 4:9 4:10", positions(only));
    }

    @Test
    void decodedEntityCountsColumnsFromTheStartOfItsLiteral() {
        // the literal is shorter than its source: columns run on from its first column, as they always have
        List<Sentence> s = sentences("---\ntitle: x\n---\nAb &amp; cd.\n");
        Sentence only = find(s, "Ab");
        assertEquals("Ab & cd.", only.text());
        assertEquals("4:1 4:2 4:3 4:4 4:5 4:6 4:7 4:8", positions(only));
    }

    @Test
    void blankedTemplateKeepsTheColumnsAfterIt() {
        List<Sentence> s = sentences("---\ntitle: x\n---\nWe {{< x >}}fixed it.\nNext **bold** line.\n");
        Sentence first = find(s, "We");
        assertEquals("We fixed it.", first.text());
        assertEquals("4:1 4:2 4:3 4:13 4:14 4:15 4:16 4:17 4:18 4:19 4:20 4:21", positions(first));
        Sentence next = find(s, "Next");
        assertEquals(5, next.line());
        assertEquals(8, next.columnAt(5));
    }

    @Test
    void lineSeparatorInANoticeIsASoftBreakAndUnitSeparatorASpace() {
        List<Sentence> s = sentences("---\ntitle: x\n---\n09:40 GMT\u2028The network is back\n\nOne\u001Ftwo three.\n");
        assertEquals(List.of("09:40 GMT", "The network is back", "One two three."), s.stream().map(Sentence::text).toList());
    }

    @Test
    void wrappedAsciiProseStaysLatin1() {
        // a soft break outside Latin-1 would make every wrapped paragraph a two-byte string
        String text = BodyParser.parse("One two\nthree four\n\n<p>Five\nsix</p>\n", 1).stream().map(TextBlock::text)
                .reduce("", String::concat);
        assertTrue(text.chars().allMatch(c -> c <= 0xFF), text);
        assertTrue(text.indexOf(TextBlock.SOFT_BREAK) > 0, text);
    }

    @Test
    void softBreakTakesTheColumnAfterTheLine() {
        List<Sentence> s = sentences("---\ntitle: x\n---\nOne two\nthree.\n");
        Sentence only = find(s, "One");
        assertEquals("One two three.", only.text());
        assertEquals("4:1 4:2 4:3 4:4 4:5 4:6 4:7 4:8 5:1 5:2 5:3 5:4 5:5 5:6", positions(only));
    }

    @Test
    void htmlBlockTextHasPositionsAndBoldLinesAreHeadings() {
        Notice n = NoticeReader.parse("n.md", "---\ntitle: x\n---\n<div>\n<b>Impact</b>\n<p>Logins&nbsp;failed.</p>\n</div>\n");
        assertEquals(List.of("impact"), n.sections().stream().map(Section::normalizedHeading).toList());
        Sentence failed = find(n.sentences(), "Logins");
        assertEquals("Logins failed.", failed.text());
        assertEquals("6:4 6:5 6:6 6:7 6:8 6:9 6:10 6:16 6:17 6:18 6:19 6:20 6:21 6:22", positions(failed));
    }
}
