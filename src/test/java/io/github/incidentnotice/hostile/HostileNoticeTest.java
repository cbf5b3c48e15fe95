package io.github.incidentnotice.hostile;

import static io.github.incidentnotice.hostile.Fixtures.BAD;
import static io.github.incidentnotice.hostile.Fixtures.GOOD;
import static io.github.incidentnotice.hostile.Fixtures.only;
import static io.github.incidentnotice.hostile.Fixtures.positions;
import static io.github.incidentnotice.hostile.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.parse.NoticeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each hostile or broken notice gives one clear finding at its line, with the exact message, and
 * the check goes on. Positions are 1-based; {@code read-error} means the notice could not be read at
 * all, {@code front-matter} that its front matter is broken but its body was still checked.
 */
class HostileNoticeTest {

    private static final String FM = "---\ntitle: Checkout errors\nstatus: resolved\n---\n";

    private final CheckEngine engine = new CheckEngine(ChecklistLoader.defaults());

    @TempDir
    Path dir;

    @Test
    void aTomlWaiveTableSaysWhichShapeIsExpectedAndWhatWasFound() {
        NoticeResult r = engine.check("table.md", "+++\ntitle = \"Checkout errors\"\nstatus = \"resolved\"\n\n[waive]\n"
                + "element = \"make-good\"\nreason = \"Free plan\"\n+++\nWe apologize.\n");
        only(r, "waiver", "error", 5, 2, "waive must be a list of waivers, each with an element and a reason:"
                + " [[waive]] with element = \"make-good\" and reason = \"...\"; found a single table (keys element, reason),"
                + " not a list");
    }

    @Test
    void aYamlWaiveTextSaysWhichShapeIsExpected() {
        NoticeResult r = engine.check("text.md",
                "---\ntitle: Checkout errors\nstatus: resolved\nwaive: make-good\n---\nWe apologize.\n");
        only(r, "waiver", "error", 4, 1, "waive must be a list of waivers, each with an element and a reason:"
                + " 'waive:' then '- element: make-good' and 'reason: ...'; found 'make-good'");
    }

    @Test
    void aStatusWrittenAsAListSaysItMustBeOneValue() {
        NoticeResult r = engine.check("list.md", "---\ntitle: Checkout errors\nstatus: [resolved]\nkind: {a: b}\n---\n"
                + "We apologize.\n");
        List<Finding> fm = Fixtures.of(r, "front-matter");
        assertEquals("3:1 status must be one value, not a list; allowed: " + io.github.incidentnotice.model.Status.allowed(),
                fm.get(0).line() + ":" + fm.get(0).column() + " " + fm.get(0).message());
        assertEquals("4:1 kind must be one value, not a table or map; allowed: incident, maintenance, informational",
                fm.get(1).line() + ":" + fm.get(1).column() + " " + fm.get(1).message());
        assertTrue(fm.stream().noneMatch(f -> f.message().contains("'null'")), fm::toString);
    }

    private NoticeResult check(String name, byte[] bytes, Charset charset) throws IOException {
        Path file = write(dir, name, bytes);
        return engine.check(new NoticeReader(charset), file, name);
    }

    private NoticeResult check(String name, String text) throws IOException {
        return check(name, text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    @Test
    void yamlAliasBombIsRefusedAtTheFrontMatter() throws IOException {
        StringBuilder yaml = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char prev = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [").append(("*" + prev + ",").repeat(8)).append('*').append(prev)
                    .append("]\n");
        }
        long start = System.nanoTime();
        NoticeResult r = check("bomb.md", yaml + "---\n" + BAD);
        assertTrue((System.nanoTime() - start) / 1_000_000 < 2_000, "refused quickly, not expanded");
        only(r, "front-matter", "error", 2, 1, "invalid YAML: more than 20 aliases (an alias bomb?)");
        assertTrue(r.failed());
    }

    @Test
    void yamlAliasInsideItsOwnAnchorIsAFrontMatterError() throws IOException {
        // SnakeYAML lets an anchor's collection hold an alias of itself: converting it must not recurse forever
        NoticeResult r = check("self.md", "---\ntitle: x\ntags: &x [a, *x]\n---\n" + BAD);
        Finding f = r.findings().stream().filter(x -> x.rule().equals("front-matter")).findFirst().orElseThrow();
        assertEquals(List.of("error", 3, 7, "a YAML alias refers to the collection it stands in; write the values out"),
                List.of(f.level().id(), f.line(), f.column(), f.message()));
        assertTrue(r.findings().stream().noneMatch(x -> x.message().contains("bug in the plugin")));
    }

    @Test
    void yamlTagNamingAJavaClassConstructsNothing() throws IOException {
        Path target = dir.resolve("created-by-yaml");
        NoticeResult r = check("tag.md", "---\ntitle: !!java.io.FileOutputStream [\"" + target + "\"]\nstatus: resolved\n---\n"
                + "We are sorry.\n");
        only(r, "front-matter", "error", 2, 8,
                "invalid YAML: Global tag is not allowed: tag:yaml.org,2002:java.io.FileOutputStream");
        assertFalse(Files.exists(target), "no FileOutputStream was constructed");
        assertFalse(Files.exists(Path.of("x")), "nor one relative to the working directory");
    }

    @Test
    void localTagInFrontMatterIsRefusedAtItsKey() throws IOException {
        NoticeResult r = check("local-tag.md", "---\ntitle: !shell rm -rf /\nstatus: resolved\n---\nWe are sorry.\n");
        only(r, "front-matter", "error", 2, 8, "YAML tag '!shell' is not allowed; write plain values");
    }

    @Test
    void twentyMegabyteNoticeIsNotReadOnlyMeasured() throws IOException {
        Path file = dir.resolve("huge.md");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(20L * 1024 * 1024);
        }
        NoticeResult r = engine.check(new NoticeReader(StandardCharsets.UTF_8), file, "huge.md");
        only(r, "read-error", "error", 1, 1,
                "the file is 20,480 kB, over the 512 kB limit for a notice; it is not read (is it really a notice?)");
        assertEquals(1, r.findings().size());
    }

    @Test
    void oneMegabyteSingleLineIsOverTheSizeLimit() throws IOException {
        NoticeResult r = check("one-line.md", FM + "x".repeat(1_000_000));
        only(r, "read-error", "error", 1, 1,
                "the file is 977 kB, over the 512 kB limit for a notice; it is not read (is it really a notice?)");
    }

    @Test
    void lineLongerThanTheLineLimitIsNamed() throws IOException {
        NoticeResult r = check("long-line.md", FM + "We are sorry.\n" + "word ".repeat(20_000) + "\nMore text.\n");
        only(r, "read-error", "error", 6, 1, "line 6 is 100,000 characters long, over the 20,000-character limit for a"
                + " line of a notice; the notice is not checked (break the text into lines and paragraphs)");
        assertEquals(1, r.findings().size());
    }

    @Test
    void lineJustUnderTheLimitIsChecked() throws IOException {
        NoticeResult r = check("long-ok.md", FM + "x".repeat(NoticeReader.MAX_LINE_CHARS) + "\n");
        assertEquals(List.of(), Fixtures.of(r, "read-error"));
    }

    @Test
    void binaryFileNamedMdIsReadError() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        NoticeResult r = check("image.md", png, StandardCharsets.UTF_8);
        only(r, "read-error", "error", 3, 1, "the file is binary (it contains NUL bytes), not a Markdown notice");
        assertEquals(1, r.findings().size());
    }

    @Test
    void latin1FileReadAsUtf8IsAnErrorAtTheByte() throws IOException {
        NoticeResult r = check("latin1.md", (FM + "The caf\u00e9 API failed.\n").getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_8);
        only(r, "read-error", "error", 5, 8,
                "the file is not valid UTF-8 (byte 0xE9); save it as UTF-8 or set <encoding> (incident-notice.encoding)");
    }

    @Test
    void utf8FileReadAsLatin1IsCheckedWithAWarning() throws IOException {
        // every byte is valid ISO-8859-1, so decoding cannot fail: the notice is checked, and a warning names the line
        NoticeResult r = check("utf8.md", (FM + BAD.substring(BAD.indexOf("---\n", 4) + 4) + "Caf\u00e9 open.\n")
                .getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        only(r, "read-error", "warning", 10, 4, "the file looks like UTF-8 but is read as ISO-8859-1, so '\u00e9' reads as"
                + " '\u00c3\u00a9'; set <encoding>UTF-8</encoding> (incident-notice.encoding) or save the file as ISO-8859-1");
        only(r, "non-apology", "error", 9, 31, "\"apologize for any inconvenience\" is not an apology; say what you are"
                + " sorry for and to whom, without \"any\" or \"may have\".");
    }

    @Test
    void asciiFileReadAsLatin1HasNoWarning() throws IOException {
        NoticeResult r = check("ascii.md", GOOD.getBytes(StandardCharsets.US_ASCII), StandardCharsets.ISO_8859_1);
        assertEquals(List.of(), r.findings());
    }

    @Test
    void utf8ByteOrderMarkIsSkippedAndPositionsStay() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = BAD.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(text, 0, withBom, 3, text.length);
        NoticeResult plain = check("plain.md", BAD);
        NoticeResult marked = check("bom.md", withBom, StandardCharsets.UTF_8);
        assertEquals(positions(plain), positions(marked));
        only(marked, "non-apology", "error", 10, 31, "\"apologize for any inconvenience\" is not an apology; say what you"
                + " are sorry for and to whom, without \"any\" or \"may have\".");

        NoticeResult latin1 = check("bom-latin1.md", withBom, StandardCharsets.ISO_8859_1);
        only(latin1, "read-error", "error", 1, 1, "the file is UTF-8 (it starts with a UTF-8 byte order mark), not"
                + " ISO-8859-1; save it as ISO-8859-1 or set <encoding>UTF-8</encoding> (incident-notice.encoding)");
    }

    @Test
    void utf16FileIsNamedAsSuch() throws IOException {
        byte[] utf16 = ("\uFEFF" + GOOD).getBytes(StandardCharsets.UTF_16LE);
        NoticeResult r = check("utf16.md", utf16, StandardCharsets.UTF_8);
        only(r, "read-error", "error", 1, 1, "the file is UTF-16 (it starts with a UTF-16 byte order mark), not UTF-8;"
                + " save it as UTF-8 or set <encoding>UTF-16</encoding> (incident-notice.encoding)");
        NoticeResult asUtf16 = check("utf16-ok.md", utf16, StandardCharsets.UTF_16);
        assertEquals(List.of(), asUtf16.findings(), "read in its own encoding it is a good notice");
    }

    @Test
    void crlfAndCrOnlyLineEndsGiveTheSamePositionsAsLf() throws IOException {
        NoticeResult lf = check("lf.md", BAD);
        NoticeResult crlf = check("crlf.md", BAD.replace("\n", "\r\n"));
        NoticeResult cr = check("cr.md", BAD.replace("\n", "\r"));
        assertEquals(List.of("missing-admission@6:1", "missing-apology@6:1", "missing-customer-action@6:1",
                "missing-fix@6:1", "missing-impact@6:1", "missing-prevention@6:1", "missing-thanks@6:1",
                "vague-impact@6:12", "blame-shifting@8:70", "non-apology@10:31"), positions(lf));
        assertEquals(positions(lf), positions(crlf));
        assertEquals(positions(lf), positions(cr));
    }

    @Test
    void emptyFileIsOneFinding() throws IOException {
        NoticeResult r = check("empty.md", "");
        only(r, "front-matter", "error", 1, 1,
                "the notice is empty: start it with front matter ('---', title, date, status, '---') and its text");
        assertEquals(1, r.findings().size());
        assertEquals(1, check("blank.md", " \n\n\t\n").findings().size());
    }

    @Test
    void frontMatterThatNeverClosesIsOneFinding() throws IOException {
        NoticeResult r = check("unclosed.md", "---\ntitle: Checkout errors\nstatus: resolved\nWe are sorry.\n");
        only(r, "front-matter", "error", 1, 1,
                "the front matter opened on line 1 is never closed: add a line '---' after its last key");
        assertEquals(1, r.findings().size());
    }

    @Test
    void frontMatterThatIsAListOrAScalar() throws IOException {
        only(check("list.md", "---\n- title\n- status\n---\nWe are sorry.\n"), "front-matter", "error", 2, 1,
                "the front matter is a list, not keys and values such as 'title: ...'");
        only(check("scalar.md", "---\njust some words\n---\nWe are sorry.\n"), "front-matter", "error", 2, 1,
                "the front matter is a single value, not keys and values such as 'title: ...'");
    }

    @Test
    void duplicateKeysNameBothLines() throws IOException {
        NoticeResult r = check("dup.md", "---\ntitle: Checkout errors\nstatus: resolved\ntitle: Other\n---\nWe are sorry.\n");
        only(r, "front-matter", "error", 4, 1, "duplicate key 'title' (first on line 2)");
    }

    @Test
    void dateInYear99999IsNotADate() throws IOException {
        NoticeResult r = check("year.md", "---\ntitle: Checkout errors\nstatus: resolved\ndate: 99999-01-01\n---\nWe are sorry.\n");
        only(r, "front-matter", "error", 4, 1,
                "date '99999-01-01' is not a date; write it as 2026-03-02T09:14:00Z (time and zone optional)");
    }

    @Test
    void yamlNestedFiveThousandLevelsDeep() throws IOException {
        String flow = "---\ntitle: " + "[".repeat(5000) + "]".repeat(5000) + "\n---\nWe are sorry.\n";
        only(check("deep-flow.md", flow), "front-matter", "error", 2, 1, "invalid YAML: nested deeper than 50 levels");
        // block style: "- - - x" nests a list in a list on one line
        only(check("deep-block.md", "---\ntitle:\n" + "- ".repeat(5000) + "x\n---\nWe are sorry.\n"), "front-matter",
                "error", 2, 1, "invalid YAML: nested deeper than 50 levels");
    }

    @Test
    void tomlFrontMatterNestedDeepOrWithABadDate() throws IOException {
        only(check("deep.md", "+++\na = " + "[".repeat(5000) + "]".repeat(5000) + "\n+++\nWe are sorry.\n"), "front-matter",
                "error", 2, 1, "invalid TOML: Document nesting depth (1001) exceeds the maximum allowed (1000, from"
                        + " `StreamReadConstraints.getMaxNestingDepth()`)");
        only(check("year.md", "+++\ndate = 99999-01-01\n+++\nWe are sorry.\n"), "front-matter", "error", 2, 13,
                "invalid TOML: More data after value has already ended. Invalid value preceding this position?");
    }

    @Test
    void frontMatterLongerThanTheYamlLimitIsRefusedBeforeParsing() throws IOException {
        String text = "---\ntitle: x\n" + ("k: " + "v".repeat(1000) + "\n").repeat(1100) + "---\nWe are sorry.\n";
        long start = System.nanoTime();
        NoticeResult r = engine.check("long-yaml.md", text);
        assertTrue((System.nanoTime() - start) / 1_000_000 < 3_000);
        only(r, "front-matter", "error", 2, 1, "invalid YAML: longer than 1000000 characters");
    }

    @Test
    void everyOtherNoticeIsStillCheckedAndBrokenOnesFail() throws IOException {
        Path notices = dir.resolve("incidents");
        write(notices, "a-good.md", GOOD);
        write(notices, "b-bad.md", BAD);
        write(notices, "c-binary.md", new byte[] {'#', ' ', 0, 1, 2});
        write(notices, "d-empty.md", "");
        write(notices, "e-latin1.md", (FM + "Caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
        write(notices, "f-unclosed.md", "---\ntitle: x\n");
        write(notices, "g-good-too.md", GOOD);
        var result = engine.run(io.github.incidentnotice.engine.CheckRequest.of(dir, notices));
        assertEquals(List.of("incidents/a-good.md pass", "incidents/b-bad.md fail", "incidents/c-binary.md fail",
                "incidents/d-empty.md fail", "incidents/e-latin1.md fail", "incidents/f-unclosed.md fail",
                "incidents/g-good-too.md pass"),
                result.notices().stream().map(n -> n.file() + (n.failed() ? " fail" : " pass")).toList());
    }
}
