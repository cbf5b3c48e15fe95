package io.github.incidentnotice.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.model.Stage;
import io.github.incidentnotice.parse.Notice;
import io.github.incidentnotice.parse.NoticeReader;
import io.github.incidentnotice.rules.NoticeAnalysis;
import io.github.incidentnotice.rules.PlaceholderGuide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NoticeTemplateTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:14:00Z"), ZoneOffset.UTC);
    private static final Checklist DEFAULTS = ChecklistLoader.defaults();

    private static Scaffold render(Checklist checklist, String title, String kind, String status, boolean personalData)
            throws ScaffoldException {
        return new NoticeTemplate(checklist).render(NewNotice.of(title, null, kind, status, null, personalData, CLOCK));
    }

    @Test
    void anOngoingIncident() throws Exception {
        Scaffold s = render(DEFAULTS, "Checkout failed for EU customers", null, null, false);
        assertEquals("2026-03-02-checkout-failed-for-eu-customers.md", s.fileName());
        assertEquals("""
                ---
                title: Checkout failed for EU customers
                date: 2026-03-02T09:14:00Z
                status: investigating
                kind: incident
                severity: major
                personal-data: false
                ---

                TODO (admission): The notice owns the problem; it says plainly what went wrong for customers and takes responsibility, even when a vendor was involved.

                TODO (apology): An apology to the people affected, saying what for, without hedging ("for any inconvenience" is not one).

                ## What happened
                TODO (what-happened): What happened, as far as it is known (the cause or chain of events), and what is not known yet; for maintenance, what work is done.

                ## Who was affected
                TODO (impact): Who and what was affected, how, and for how long, concretely (services, regions, times, counts); for maintenance, the window and what is unavailable.

                ## What you need to do
                TODO (customer-action): What customers must do now (retry, rotate a key, contact support), or a plain statement that they need do nothing.

                ## Thank you
                TODO (thanks): Thanks to customers for their patience, reports or understanding.

                ## Next update
                TODO (next-update): When the next update will come (a time or an interval).
                """, s.text());
        assertEquals(List.of(10, 12, 15, 18, 21, 24, 27), s.guideLines());

        // each guide line is one finding, the placeholder naming its element and what to write; no missing-* beside it
        List<String> findings = new CheckEngine(DEFAULTS).check(s.fileName(), s.text()).findings().stream()
                .map(f -> f.line() + ":" + f.column() + " [" + f.rule() + "] " + f.message()).toList();
        String placeholder = "\"TODO\" is a placeholder; replace it with the real text before publishing. It is the guide for ";
        assertEquals(List.of(
                "10:1 [placeholder] " + placeholder + "admission: The notice owns the problem; it says plainly what went wrong"
                        + " for customers and takes responsibility, even when a vendor was involved. For example: \"A"
                        + " configuration change we deployed at 09:12 broke checkout; this was our mistake.\"",
                "12:1 [placeholder] " + placeholder + "apology: An apology to the people affected, saying what for, without"
                        + " hedging (\"for any inconvenience\" is not one). For example: \"We are sorry: for two hours you"
                        + " could not check out, and that is on us.\"",
                "15:1 [placeholder] " + placeholder + "what-happened: What happened, as far as it is known (the cause or"
                        + " chain of events), and what is not known yet; for maintenance, what work is done. For example:"
                        + " \"At 09:12 a configuration change removed the EU database from the pool; checkout requests then"
                        + " failed.\"",
                "18:1 [placeholder] " + placeholder + "impact: Who and what was affected, how, and for how long, concretely"
                        + " (services, regions, times, counts); for maintenance, the window and what is unavailable. For"
                        + " example: \"From 09:12 to 11:02 UTC about 30% of checkout requests from EU customers failed.\"",
                "21:1 [placeholder] " + placeholder + "customer-action: What customers must do now (retry, rotate a key,"
                        + " contact support), or a plain statement that they need do nothing. For example: \"No action is"
                        + " needed: failed orders were retried automatically.\" or \"Please re-run any build that failed"
                        + " between 09:00 and 11:00 UTC.\"",
                "24:1 [placeholder] " + placeholder + "thanks: Thanks to customers for their patience, reports or"
                        + " understanding. For example: \"Thank you for your patience, and to everyone who reported the"
                        + " problem.\"",
                "27:1 [placeholder] " + placeholder + "next-update: When the next update will come (a time or an interval)."
                        + " For example: \"Next update by 10:30 UTC, or sooner if anything changes.\""), findings);
    }

    @ParameterizedTest
    @CsvSource({
            "incident, investigating, false, 'admission,apology,what-happened,impact,customer-action,thanks,next-update'",
            "incident, monitoring, true, 'admission,apology,what-happened,impact,customer-action,thanks,next-update,breach-details'",
            "incident, resolved, false, 'admission,apology,what-happened,impact,customer-action,fix,prevention,thanks,make-good'",
            "incident, postmortem, true, 'admission,apology,what-happened,impact,customer-action,fix,prevention,thanks,make-good,breach-details'",
            "maintenance, scheduled, false, 'what-happened,impact,customer-action'",
            "maintenance, completed, true, 'what-happened,impact,customer-action'",
    })
    void theSectionsAreTheElementsTheKindAndStatusRequire(String kind, String status, boolean personalData, String ids)
            throws Exception {
        Scaffold s = render(DEFAULTS, "Checkout failed", kind, status, personalData);
        List<String> headings = new ArrayList<>();
        for (String id : ids.split(",")) {
            ElementGuide.heading(DEFAULTS.element(id).orElseThrow()).ifPresent(h -> headings.add("## " + h));
        }
        assertEquals(headings, s.text().lines().filter(l -> l.startsWith("## ")).toList());
        // one guide per element, each naming it; the elements without a heading open the notice
        String[] lines = s.text().split("\n");
        assertEquals(List.of(ids.split(",")), s.guideLines().stream()
                .map(l -> PlaceholderGuide.named(lines[l - 1]).orElseThrow()).toList());
    }

    /**
     * Every heading is one a customer reads, and the default checklist counts it for its element once plain
     * sentences replace the guides: each section with a heading is evidence of its element by its wording.
     */
    @ParameterizedTest
    @CsvSource({"incident, investigating, true", "incident, postmortem, true", "maintenance, scheduled, false"})
    void eachHeadingCountsForItsElement(String kind, String status, boolean personalData) throws Exception {
        Scaffold s = render(DEFAULTS, "Checkout failed for EU customers", kind, status, personalData);
        Map<String, String> fillers = new HashMap<>(Fillers.INCIDENT);
        if (kind.equals("maintenance")) {
            fillers.putAll(Fillers.MAINTENANCE);
        }
        String filled = Fillers.fill(s, fillers);
        Notice notice = NoticeReader.parse(s.fileName(), filled);
        NoticeAnalysis analysis = new NoticeAnalysis(notice, DEFAULTS);
        String[] lines = s.text().split("\n");
        int headed = 0;
        for (int line : s.guideLines()) {
            String id = PlaceholderGuide.named(lines[line - 1]).orElseThrow();
            if (!lines[line - 2].startsWith("## ")) {
                assertTrue(List.of("admission", "apology").contains(id), id + " has no heading");
                continue;
            }
            headed++;
            int k = 0;
            while (notice.sections().get(k).line() != line - 1) {
                k++;
            }
            assertTrue(analysis.checklistHeadings(id)[k], lines[line - 2] + " does not count for " + id);
        }
        assertEquals(s.text().lines().filter(l -> l.startsWith("## ")).count(), headed);
        assertEquals(List.of(), new CheckEngine(DEFAULTS).check(s.fileName(), filled).findings());
    }

    /** A fresh scaffold fails with exactly one finding, the placeholder, at each guide line, at column 1. */
    @ParameterizedTest
    @CsvSource({"incident, investigating, false", "incident, identified, true", "incident, resolved, false",
            "incident, postmortem, true", "maintenance, scheduled, false", "maintenance, in-progress, false",
            "maintenance, completed, false"})
    void aFreshScaffoldHasOnePlaceholderPerGuideLine(String kind, String status, boolean personalData) throws Exception {
        Scaffold s = render(DEFAULTS, "Checkout failed for EU customers", kind, status, personalData);
        NoticeResult result = new CheckEngine(DEFAULTS).check(s.fileName(), s.text());
        List<String> placeholders = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (f.rule().equals("placeholder")) {
                placeholders.add(f.line() + ":" + f.column() + " " + f.excerpt());
            }
        }
        List<String> expected = s.guideLines().stream().map(l -> l + ":1 TODO").toList();
        assertEquals(expected, placeholders);
        // one finding per guide line: the placeholder names the element, and no missing-<element> repeats it
        String[] lines = s.text().split("\n");
        assertEquals(s.guideLines().size(), result.findings().size(), result.findings().toString());
        for (Finding f : result.findings()) {
            String id = PlaceholderGuide.named(lines[f.line() - 1]).orElseThrow();
            assertTrue(f.message().contains(" It is the guide for " + id), f.toString());
        }
        assertEquals(expected.size(), result.errors());
        assertEquals(Kind.parse(kind), result.kind());
        assertEquals(io.github.incidentnotice.model.Status.parse(status).stage(), result.stage());
    }

    /** Once every guide is replaced by text that states its element, the notice passes with no finding at all. */
    @ParameterizedTest
    @CsvSource({"incident, investigating, false", "incident, monitoring, true", "incident, resolved, false",
            "incident, postmortem, true", "maintenance, scheduled, false", "maintenance, completed, false"})
    void aFilledScaffoldPasses(String kind, String status, boolean personalData) throws Exception {
        Scaffold s = render(DEFAULTS, "Checkout failed for EU customers", kind, status, personalData);
        Map<String, String> fillers = new HashMap<>(Fillers.INCIDENT);
        if (kind.equals("maintenance")) {
            fillers.putAll(Fillers.MAINTENANCE);
        }
        String filled = Fillers.fill(s, fillers);
        NoticeResult result = new CheckEngine(DEFAULTS).check(s.fileName(), filled);
        assertEquals(List.of(), result.findings().stream().map(Finding::toString).toList(), filled);
    }

    @Test
    void aTeamsOwnElementAppearsWithItsDescription(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(".incident-checklist.yml");
        Files.writeString(file, """
                extends: default
                elements:
                  thanks: off
                  status-page-link:
                    description: Link to the status page for live updates
                    levels: {incident/ongoing: error, incident/resolved: warning}
                    headings: ["Live status"]
                    phrases: ["status\\\\.example\\\\.com"]
                """);
        Checklist team = ChecklistLoader.load(file, ".incident-checklist.yml");
        Scaffold s = render(team, "Checkout failed", null, null, false);
        assertTrue(s.text().contains("\n## Live status\nTODO (status-page-link): Link to the status page for live updates\n"), s.text());
        assertTrue(!s.text().contains("(thanks)"), s.text());
        NoticeResult fresh = new CheckEngine(team).check(s.fileName(), s.text());
        assertEquals(s.guideLines(), fresh.findings().stream().map(Finding::line).toList());
        assertTrue(fresh.findings().stream().allMatch(f -> f.rule().equals("placeholder")), fresh.findings().toString());
        String filled = Fillers.fill(s, Fillers.INCIDENT);
        assertEquals(List.of(), new CheckEngine(team).check(s.fileName(), filled).findings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Postmortem: search outage", "\"quoted\" title", "'single'", "yes", "2026-03-02", "123",
            "--- not a delimiter", "# not a comment", "key: value", "- list item", "[a, b]", "{a: b}", "&anchor *alias",
            "!!python/object:os.system", "@handle", "`tick`", "100% | pipe > fold", "Überlastung der Server", "a ... b",
            "null", "~", "trailing colon:", "tab\tinside"})
    void anyTitleReadsBackExactlyFromTheFrontMatter(String title) throws Exception {
        Scaffold s = render(DEFAULTS, title, null, null, false);
        Notice notice = NoticeReader.parse(s.fileName(), s.text());
        String expected = NewNotice.clean(title);
        assertEquals(expected, notice.frontMatter().string("title"));
        assertTrue(notice.frontMatter().problems().isEmpty(), notice.frontMatter().problems().toString());
        assertEquals("investigating", notice.frontMatter().string("status"));
        assertEquals(Stage.ONGOING, new CheckEngine(DEFAULTS).check(notice).stage());
    }
}
