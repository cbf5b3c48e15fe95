package io.github.incidentnotice.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.ElementState;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.model.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a baseline, reading it back, and which findings of a later run it accepts. */
class BaselineTest {

    @TempDir
    Path dir;

    private static Finding finding(String file, String rule, Level level, int line, String message, String excerpt) {
        String element = rule.startsWith("missing-") ? rule.substring("missing-".length()) : null;
        return new Finding(rule, element, level, file, line, 1, message, excerpt);
    }

    private static NoticeResult notice(String file, Finding... findings) {
        return new NoticeResult(file, Kind.INCIDENT, Stage.RESOLVED, false, false,
                Map.of("apology", ElementState.ABSENT), List.of(findings));
    }

    private static CheckResult result(NoticeResult... notices) {
        return new CheckResult("default", List.of(notices), 5, 0);
    }

    private static final String A = "incidents/a.md";
    private static final String B = "incidents/b.md";

    private static CheckResult oldRun() {
        return result(
                notice(B, finding(B, "non-apology", Level.ERROR, 7, "\"for any inconvenience\" is not an apology",
                        "for any inconvenience")),
                notice(A,
                        finding(A, "missing-apology", Level.ERROR, 1, "no apology; say sorry", ""),
                        finding(A, "vague-impact", Level.WARNING, 4, "vague", "some users"),
                        finding(A, "vague-impact", Level.WARNING, 9, "vague", "some users"),
                        finding(A, "stale-update", Level.WARNING, 3, "the last update is 3 days old", ""),
                        finding(A, "info-only", Level.OFF, 2, "not a finding that counts", "")));
    }

    @Test
    void writesSortedStableJsonWithACountPerKindOfFinding() throws Exception {
        Baseline baseline = Baseline.of(oldRun());
        assertEquals(5, baseline.findings());
        assertEquals(2, baseline.notices());
        String expected = """
                {
                  "tool" : "incident-notice-maven-plugin",
                  "format" : 1,
                  "findings" : [
                    {
                      "notice" : "incidents/a.md",
                      "rule" : "missing-apology",
                      "fingerprint" : "apology",
                      "count" : 1
                    },
                    {
                      "notice" : "incidents/a.md",
                      "rule" : "stale-update",
                      "fingerprint" : "the last update is # days old",
                      "count" : 1
                    },
                    {
                      "notice" : "incidents/a.md",
                      "rule" : "vague-impact",
                      "fingerprint" : "some users",
                      "count" : 2
                    },
                    {
                      "notice" : "incidents/b.md",
                      "rule" : "non-apology",
                      "fingerprint" : "for any inconvenience",
                      "count" : 1
                    }
                  ]
                }
                """;
        assertEquals(expected, baseline.toJson());
        Path file = dir.resolve("sub/.incident-notice-baseline.json");
        baseline.write(file);
        assertEquals(expected, Files.readString(file));
        Baseline read = Baseline.read(file, ".incident-notice-baseline.json");
        assertEquals(baseline.entries(), read.entries());
        assertEquals(expected, read.toJson());
    }

    @Test
    void acceptsWhatItHoldsWhereverTheLinesMovedAndLetsTheRestThrough() {
        Baseline baseline = Baseline.of(oldRun());
        // lines moved, a third "some users", the stale update now 5 days old, b.md fixed
        Finding moved = finding(A, "missing-apology", Level.ERROR, 3, "no apology; say sorry. Closest: line 3", "");
        Finding v1 = finding(A, "vague-impact", Level.WARNING, 12, "vague", "some users");
        Finding v2 = finding(A, "vague-impact", Level.WARNING, 15, "vague", "some users");
        Finding v3 = finding(A, "vague-impact", Level.WARNING, 20, "vague", "some users");
        Finding stale = finding(A, "stale-update", Level.WARNING, 3, "the last update is 5 days old", "");
        Finding fresh = finding(A, "blame-shifting", Level.ERROR, 8, "blames a vendor", "our vendor");
        CheckResult later = result(notice(A, moved, stale, fresh, v1, v2, v3), notice(B));

        Baseline.Applied applied = baseline.apply(later, true);
        assertEquals(4, applied.acceptedCount());
        assertEquals(1, applied.gone(), "the non-apology of b.md was fixed");
        NoticeResult a = applied.result().notices().get(0);
        assertEquals(List.of(fresh, v3), a.findings());
        assertEquals(List.of(moved, stale, v1, v2), applied.result().accepted(A));
        assertEquals(List.of(), applied.result().accepted(B));
        assertEquals(1, applied.result().errors());
        assertEquals(1, applied.result().warnings());
        assertEquals(4, applied.result().acceptedCount());
    }

    @Test
    void entriesOfNoticesNotCheckedAreGoneOnlyWhenTheRunCheckedEveryNotice() {
        Baseline baseline = Baseline.of(oldRun());
        CheckResult onlyB = result(oldRun().notices().get(0));
        assertEquals(0, baseline.apply(onlyB, false).gone());
        assertEquals(4, baseline.apply(onlyB, true).gone(), "a.md deleted or renamed");
    }

    @Test
    void aBaselineIsKeyedByNoticeSoTheSameFindingInAnotherNoticeIsNew() {
        Baseline baseline = Baseline.of(oldRun());
        Finding copied = finding("incidents/c.md", "non-apology", Level.ERROR, 7,
                "\"for any inconvenience\" is not an apology", "for any inconvenience");
        Baseline.Applied applied = baseline.apply(result(notice("incidents/c.md", copied)), false);
        assertEquals(0, applied.acceptedCount());
        assertEquals(List.of(copied), applied.result().notices().get(0).findings());
    }

    @Test
    void fingerprintsQuoteTheTextOrNameTheElementOrTakeTheMessageWithoutNumbers() {
        assertEquals("some users", Fingerprint.of(finding(A, "r", Level.ERROR, 4, "vague at line 4", " some\n users ")));
        assertEquals("apology", Fingerprint.of(finding(A, "missing-apology", Level.ERROR, 4,
                "no apology. Closest: line 4 \"We regret\"", "")));
        assertEquals("stale at line #, column #", Fingerprint.of(finding(A, "r", Level.ERROR, 4,
                "stale at line 12, column 3", "")));
    }

    private String readError(String text) throws Exception {
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, text);
        return assertThrows(InvalidBaseline.class, () -> Baseline.read(file, ".incident-notice-baseline.json"))
                .getMessage();
    }

    @Test
    void aFileThatIsNotABaselineIsOneLineNamingItAndTheLine() throws Exception {
        assertEquals("The baseline .incident-notice-baseline.json:3 is not valid: Unexpected character (',' (code 44)):"
                + " was expecting double-quote to start field name; fix it, or write it again with mvn"
                + " incident-notice:baseline.", readError("{\n  \"findings\": [ {\n  ,} ]\n}\n"));
        assertEquals("The baseline .incident-notice-baseline.json:1 is not valid: No content to map due to end-of-input;"
                + " fix it, or write it again with mvn incident-notice:baseline.", readError(""));
        assertEquals("The baseline .incident-notice-baseline.json is not valid: it has no \"findings\" list; fix it, or"
                + " write it again with mvn incident-notice:baseline.", readError("{\"tool\": \"x\"}"));
        assertEquals("The baseline .incident-notice-baseline.json is not valid: finding 2 needs a notice, a rule, a"
                + " fingerprint and a count of 1 or more; fix it, or write it again with mvn incident-notice:baseline.",
                readError("{\"findings\": [{\"notice\": \"a.md\", \"rule\": \"r\", \"fingerprint\": \"f\", \"count\": 1},"
                        + " {\"notice\": \"a.md\", \"rule\": \"r\", \"fingerprint\": \"f\", \"count\": 0}]}"));
        assertEquals("The baseline .incident-notice-baseline.json is not valid: its format is 2, this plugin reads"
                + " format 1; fix it, or write it again with mvn incident-notice:baseline.",
                readError("{\"format\": 2, \"findings\": []}"));
        String wrongType = readError("{\"findings\": {\"notice\": \"a.md\"}}");
        assertEquals(true, wrongType.startsWith("The baseline .incident-notice-baseline.json:1 is not valid: "), wrongType);
        assertEquals(1, wrongType.lines().count(), wrongType);
    }
}
