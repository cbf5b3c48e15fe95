package io.github.incidentnotice.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.github.incidentnotice.checklist.ChecklistDescription;
import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.report.ConsoleFormatter;
import org.junit.jupiter.api.Test;

/** What reaches the console from a notice: excerpts of at most 80 characters, control and escape characters escaped. */
class ConsoleSafetyTest {

    private final CheckEngine engine = new CheckEngine(ChecklistLoader.defaults());

    @Test
    void ansiEscapeInANoticeReachesTheConsoleEscaped() {
        NoticeResult r = engine.check("ansi.md", "---\ntitle: Checkout\nstatus: \"\\e[2J\\e[31mresolved\\u0007\"\n---\n"
                + "We apologize for any \u001b[8minconvenience.\n");
        Finding status = Fixtures.of(r, "front-matter").get(0);
        String line = ConsoleFormatter.line(status);
        assertEquals("ansi.md:3:1: [front-matter] unknown status '\\u001b[2J\\u001b[31mresolved\\u0007'; allowed: "
                + line.substring(line.indexOf("allowed: ") + 9), line);
        for (Finding f : r.findings()) {
            String shown = ConsoleFormatter.line(f);
            assertTrue(shown.chars().noneMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)),
                    () -> "a control character reaches the console: " + shown);
        }
    }

    @Test
    void aTeamsDescriptionsReachTheChecklistGoalEscaped() throws Exception {
        // an OSC title change, a forged build line after CR/LF, a colour, a right-to-left override
        Checklist team = ChecklistLoader.loadText("elements:\n  status-page-link:\n"
                + "    description: \"Link \\e]0;pwned\\a\\e[31mred\\r\\n[INFO] BUILD SUCCESS \\u202Etxt.exe\"\n"
                + "    levels: {incident/resolved: error}\n"
                + "    headings: ['Live status']\n", ".incident-checklist.yml");
        List<String> lines = ChecklistDescription.lines(team);
        assertTrue(lines.contains("  description      Link \\u001b]0;pwned\\u0007\\u001b[31mred\\r\\n[INFO] BUILD SUCCESS"
                + " \\u202etxt.exe  [.incident-checklist.yml:3]"), () -> String.join("\n", lines));
        for (String line : lines) {
            assertTrue(line.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == 0x202e),
                    () -> "a control character reaches the checklist goal's output: " + line);
        }
    }

    @Test
    void bidiOverridesAndLineBreaksInAFileNameAreEscaped() {
        Finding f = new Finding("read-error", null, Level.ERROR, "incidents/\u202Edm.exe\nfake.md", 1, 1, "bad\rline", "");
        assertEquals("incidents/\\u202edm.exe\\nfake.md:1:1: [read-error] bad\\rline", ConsoleFormatter.line(f));
    }

    @Test
    void directionMarksAreEscapedAsInTheHtmlReport() {
        // U+200E and U+200F are invisible and flip how neighbouring text reads, like the overrides
        assertEquals("a\\u200eb\\u200fc\\ufffe", ConsoleFormatter.safe("a\u200Eb\u200Fc\uFFFE", 80));
    }

    @Test
    void textLeftOutIsAlwaysMarked() {
        // escapes fill the limit before the text's length reaches it: what is left out still gets the ellipsis
        // three whole escapes (18 characters) fit before the ellipsis; a fourth would be cut in half
        assertEquals("\\u202e".repeat(3) + "\u2026", ConsoleFormatter.safe("\u202E".repeat(10) + "tail", 20));
        assertEquals("short", ConsoleFormatter.safe("short", 20));
        assertEquals("x".repeat(19) + "\u2026", ConsoleFormatter.safe("x".repeat(21), 20));
        assertEquals("x".repeat(20), ConsoleFormatter.safe("x".repeat(20), 20));
    }

    @Test
    void theCutNeverSplitsAnEscape() {
        // 17 plain characters, then a 6-character escape that would end past the 19 before the ellipsis
        assertEquals("x".repeat(17) + "\u2026", ConsoleFormatter.safe("x".repeat(17) + "\u202Eabc", 20));
        assertEquals("x".repeat(13) + "\\u202e\u2026", ConsoleFormatter.safe("x".repeat(13) + "\u202Eabc", 20));
        assertEquals("x".repeat(17) + "\\n\u2026", ConsoleFormatter.safe("x".repeat(17) + "\nabc", 20));
    }

    @Test
    void theCutNeverSplitsASurrogatePair() {
        String face = "\uD83D\uDE00";
        // the pair would take the 19th and 20th characters, where only the 19th is left before the ellipsis
        assertEquals("x".repeat(18) + "\u2026", ConsoleFormatter.safe("x".repeat(18) + face + "tail", 20));
        assertEquals("x".repeat(17) + face + "\u2026", ConsoleFormatter.safe("x".repeat(17) + face + "tail", 20));
        assertEquals("x".repeat(18) + face, ConsoleFormatter.safe("x".repeat(18) + face, 20));
    }

    @Test
    void aLoneSurrogateIsEscaped() {
        assertEquals("a\\ud83db\\ude00", ConsoleFormatter.safe("a\uD83Db\uDE00", 80));
    }

    @Test
    void excerptsAreCutToEightyCharactersAndMessagesBounded() {
        Finding f = new Finding("non-apology", null, Level.ERROR, "a.md", 1, 1, "m".repeat(5_000), "x".repeat(1_000));
        assertEquals(Finding.MAX_EXCERPT, f.excerpt().length());
        assertTrue(f.excerpt().endsWith("\u2026"));
        assertEquals(Finding.MAX_MESSAGE, f.message().length());
        assertTrue(ConsoleFormatter.line(f).length() < 700, "never a whole file on one line");
        Finding emoji = new Finding("r", null, Level.ERROR, "a.md", 1, 1, "m", "x".repeat(78) + "\uD83D\uDE00\uD83D\uDE00");
        assertFalse(Character.isHighSurrogate(emoji.excerpt().charAt(emoji.excerpt().length() - 2)),
                "a surrogate pair is never cut in half");
    }

    @Test
    void aLongFrontMatterValueIsNotPrintedWhole() {
        String value = "v".repeat(300_000);
        NoticeResult r = engine.check("long.md", "---\ntitle: x\nstatus: " + value + "\n---\nWe are sorry.\n");
        for (Finding f : r.findings()) {
            assertTrue(f.message().length() <= Finding.MAX_MESSAGE && f.excerpt().length() <= Finding.MAX_EXCERPT);
            assertTrue(ConsoleFormatter.line(f).length() <= 1000);
        }
    }
}
