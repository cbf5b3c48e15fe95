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

                ## Admission
                TODO: The notice owns the problem; it says plainly what went wrong for customers and takes responsibility, even when a vendor was involved.

                ## Apology
                TODO: An apology to the people affected, saying what for, without hedging ("for any inconvenience" is not one).

                ## What happened
                TODO: What happened, as far as it is known (the cause or chain of events), and what is not known yet; for maintenance, what work is done.

                ## Impact
                TODO: Who and what was affected, how, and for how long, concretely (services, regions, times, counts); for maintenance, the window and what is unavailable.

                ## What You Can Do
                TODO: What customers must do now (retry, rotate a key, contact support), or a plain statement that they need do nothing.

                ## Thanks
                TODO: Thanks to customers for their patience, reports or understanding.

                ## Next update
                TODO: When the next update will come (a time or an interval).
                """, s.text());
        assertEquals(List.of(11, 14, 17, 20, 23, 26, 29), s.guideLines());
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
            headings.add("## " + ElementGuide.heading(DEFAULTS.element(id).orElseThrow()));
        }
        assertEquals(headings, s.text().lines().filter(l -> l.startsWith("## ")).toList());
    }

    /** A fresh scaffold fails with exactly one placeholder finding at each guide line, at column 1. */
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
        assertTrue(result.errors() >= expected.size());
        // the guide lines raise nothing but the placeholder: no defect is set off by a guide's own wording
        for (Finding f : result.findings()) {
            assertTrue(f.rule().equals("placeholder") || f.rule().startsWith("missing-"), f.toString());
        }
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
        String filled = Fillers.fill(s, fillers, headingToElement(DEFAULTS));
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
        assertTrue(s.text().contains("\n## Live status\nTODO: Link to the status page for live updates\n"), s.text());
        assertTrue(!s.text().contains("## Thanks"), s.text());
        NoticeResult fresh = new CheckEngine(team).check(s.fileName(), s.text());
        assertEquals(s.guideLines(), fresh.findings().stream().filter(f -> f.rule().equals("placeholder"))
                .map(Finding::line).toList());
        String filled = Fillers.fill(s, Fillers.INCIDENT, headingToElement(team));
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

    static Map<String, String> headingToElement(Checklist checklist) {
        Map<String, String> map = new HashMap<>();
        for (ElementSpec e : checklist.elements()) {
            map.put(ElementGuide.heading(e), e.id());
        }
        return map;
    }
}
