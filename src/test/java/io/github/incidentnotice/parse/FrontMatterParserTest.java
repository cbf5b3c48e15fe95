package io.github.incidentnotice.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FrontMatterParserTest {

    @Test
    void readsYamlWithCStateFieldsAndKeyLines() {
        var split = FrontMatterParser.parse("---\ntitle: Outage\ndate: 2022-11-14 08:00:00\n\nresolved: yes\n"
                + "severity: Down\n---\nBody\n");
        FrontMatter fm = split.frontMatter();
        assertEquals("yaml", fm.format());
        assertEquals(List.of(), fm.problems());
        assertEquals("Outage", fm.string("title"));
        assertEquals(true, fm.bool("resolved"));
        assertEquals("2022-11-14 08:00:00", fm.string("date"), "dates stay text so every shape parses alike");
        assertEquals(5, fm.line("resolved"));
        assertEquals(8, fm.bodyLine());
        assertEquals("Body\n", split.body());
    }

    @Test
    void readsTomlFrontMatter() {
        var split = FrontMatterParser.parse("+++\ntitle = \"Crates.io incident\"\nauthors = [\"Team\"]\n[extra]\nteam = \"infra\"\n+++\nText");
        FrontMatter fm = split.frontMatter();
        assertEquals("toml", fm.format());
        assertEquals("Crates.io incident", fm.string("title"));
        assertEquals(2, fm.line("title"));
        assertEquals(7, fm.bodyLine());
    }

    @Test
    void reportsInvalidTomlAtItsLine() {
        FrontMatter fm = FrontMatterParser.parse("+++\ntitle = \"x\"\ndate = = 3\n+++\nText").frontMatter();
        assertEquals(1, fm.problems().size());
        assertEquals(3, fm.problems().get(0).line());
        assertTrue(fm.problems().get(0).message().startsWith("invalid TOML: "), fm.problems().get(0).message());
    }

    @Test
    void frontMatterNeverClosedIsOneProblemAndNoBody() {
        FrontMatter fm = FrontMatterParser.parse("---\ntitle: x\nWe are sorry.\n").frontMatter();
        assertFalse(fm.usable());
        assertEquals(1, fm.problems().size());
        assertEquals("the front matter opened on line 1 is never closed: add a line '---' after its last key",
                fm.problems().get(0).message());
    }

    @Test
    void missingOpeningDelimiterIsReadWithAnError() {
        var split = FrontMatterParser.parse("title: Outage\nresolved: true\n---\nWe are sorry.\n");
        FrontMatter fm = split.frontMatter();
        assertEquals("Outage", fm.string("title"));
        assertEquals("the front matter has no opening '---': add a line '---' before line 1",
                fm.problems().get(0).message());
        assertEquals(4, fm.bodyLine());
    }

    @Test
    void aListIsNotFrontMatter() {
        FrontMatter fm = FrontMatterParser.parse("---\n- a\n- b\n---\nx").frontMatter();
        assertEquals("the front matter is a list, not keys and values such as 'title: ...'", fm.problems().get(0).message());
        assertEquals(2, fm.problems().get(0).line());
    }

    @Test
    void duplicateKeyNamesBothLines() {
        FrontMatter fm = FrontMatterParser.parse("---\ntitle: a\ndate: 2024-01-01\ntitle: b\n---\nx").frontMatter();
        assertEquals(1, fm.problems().size());
        assertEquals(4, fm.problems().get(0).line());
        assertEquals("duplicate key 'title' (first on line 2)", fm.problems().get(0).message());
    }

    @Test
    void aJavaTagIsRefusedAndNothingIsConstructed() {
        FrontMatter fm = FrontMatterParser.parse("---\ntitle: !!java.io.FileOutputStream [x]\n---\nx").frontMatter();
        assertEquals(1, fm.problems().size());
        assertEquals(2, fm.problems().get(0).line());
        assertEquals("invalid YAML: Global tag is not allowed: tag:yaml.org,2002:java.io.FileOutputStream",
                fm.problems().get(0).message());
    }

    @Test
    void crlfLineEndsKeepLineNumbers() {
        var split = FrontMatterParser.parse("---\r\ntitle: x\r\nstatus: resolved\r\n---\r\nBody\r\n");
        assertEquals(3, split.frontMatter().line("status"));
        assertEquals(5, split.frontMatter().bodyLine());
    }

    @Test
    void noFrontMatterIsAProblemButTheBodyIsRead() {
        var split = FrontMatterParser.parse("We are sorry.\n");
        assertEquals("none", split.frontMatter().format());
        assertEquals("the notice has no front matter: start it with '---', a title, date and status, and '---'",
                split.frontMatter().problems().get(0).message());
        assertEquals("We are sorry.\n", split.body());
    }
}
