package io.github.incidentnotice.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.ElementState;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.model.Stage;
import org.junit.jupiter.api.Test;

/** The HTML page: counts, worst-first order, element marks, no script or outside request, everything escaped. */
class HtmlReportTest {

    @Test
    void summaryOrderAndMarksOfTheFixtures() throws Exception {
        String html = new HtmlReport(ReportFixtures.checklist(), "1").toHtml(ReportFixtures.result());
        assertEquals("4", count(html, "notices"));
        assertEquals("2", count(html, "passed"));
        assertEquals("2", count(html, "failed"));
        assertEquals("8", count(html, "errors"));
        assertEquals("5", count(html, "warnings"));
        assertEquals("1", count(html, "waivers"));
        List<String> order = Pattern.compile("data-file=\"([^\"]+)\"").matcher(html).results().map(m -> m.group(1)).toList();
        assertEquals(List.of("incidents/2026/2026-02-11-search-down.md", "incidents/2026-04-20-login-slow.md",
                "incidents/2026-03-02-checkout.md", "incidents/2026-05-01-storage-maintenance.md"), order);
        String maintenance = html.substring(html.indexOf("data-file=\"incidents/2026-05-01-storage-maintenance.md\""));
        assertTrue(maintenance.contains("data-element=\"customer-action\" data-mark=\"waived\""));
        assertTrue(maintenance.contains("data-element=\"impact\" data-mark=\"present\""));
        assertTrue(maintenance.contains("data-element=\"apology\" data-mark=\"not-required\""));
        String search = html.substring(html.indexOf("data-file=\"incidents/2026/2026-02-11-search-down.md\""));
        assertTrue(search.contains("data-element=\"make-good\" data-mark=\"absent\""), "severity major requires make-good");
        String checkout = html.substring(html.indexOf("data-file=\"incidents/2026-03-02-checkout.md\""));
        assertTrue(checkout.contains("data-element=\"make-good\" data-mark=\"not-required\""), "severity minor does not");
    }

    @Test
    void selfContainedWithoutScriptOrRequests() throws Exception {
        String html = new HtmlReport(ReportFixtures.checklist(), "1").toHtml(ReportFixtures.result());
        assertFalse(html.toLowerCase().contains("<script"));
        // the only links are to the page's own sections
        assertFalse(Pattern.compile("(?i)src\\s*=|href\\s*=\\s*\"(?!#notice-\\d+\")").matcher(html).find(), "no linked resource");
        assertEquals(4, Pattern.compile("href=\"#notice-\\d\"").matcher(html).results().count());
        assertFalse(html.contains("http://") || html.contains("https://"), "no address to fetch");
        assertTrue(html.contains("default-src 'none'"));
        assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
    }

    @Test
    void escapesEverythingFromNotices() {
        Finding f = new Finding("placeholder", null, Level.ERROR, "a<b>.md", 3, 2,
                "\"<img src=x onerror=alert(1)>\" is a placeholder", "<script>alert('x')</script> & \u202Egnp.exe");
        NoticeResult n = new NoticeResult("a<b>.md", Kind.INCIDENT, Stage.RESOLVED, false, false,
                Map.of("apology", ElementState.ABSENT), List.of(f));
        String html = new HtmlReport(ReportFixtures.checklist(), "1<2").toHtml(new CheckResult("team<x>", List.of(n), 5, 0));
        assertFalse(html.contains("<script>alert"));
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("\u202E"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; \\u202egnp.exe"));
        assertTrue(html.contains("a&lt;b&gt;.md"));
        assertTrue(html.contains("team&lt;x&gt;") && html.contains("1&lt;2"));
    }

    @Test
    void closestCandidateIsShownOnceBesideTheMessage() {
        io.github.incidentnotice.model.Closest closest = new io.github.incidentnotice.model.Closest(
                new io.github.incidentnotice.model.Citation(19, 1, "We will keep monitoring the job."), false,
                "a vague promise");
        Finding f = new Finding("missing-prevention", "prevention", Level.ERROR, "a.md", 7, 1,
                "no prevention found. Closest: line 19 \"We will keep monitoring the job.\" (a vague promise).", "",
                closest);
        NoticeResult n = new NoticeResult("a.md", Kind.INCIDENT, Stage.RESOLVED, false, false,
                Map.of("prevention", ElementState.ABSENT), List.of(f));
        String html = new HtmlReport(ReportFixtures.checklist(), "1").toHtml(new CheckResult("default", List.of(n), 1, 0));
        assertTrue(html.contains("<code class=\"rule\">missing-prevention</code> no prevention found.<span class=\"closest\""
                + " data-closest-line=\"19\">closest: line 19:1 <q>We will keep monitoring the job.</q> (a vague promise)</span>"),
                html);
        assertEquals(1, html.split("keep monitoring", -1).length - 1, "the candidate is quoted once");
    }

    @Test
    void aMessageThatOnlyMentionsClosestKeepsItsWords() {
        io.github.incidentnotice.model.Closest closest = new io.github.incidentnotice.model.Closest(
                new io.github.incidentnotice.model.Citation(4, 1, "Next steps"), true, "there is no text under it");
        Finding f = new Finding("missing-prevention", "prevention", Level.ERROR, "a.md", 7, 1,
                "Closest: line 4 \"x\" is the team's own wording.", "", closest);
        assertEquals(f.message(), HtmlReport.withoutClosest(f));
    }

    @Test
    void eachNoticeIsListedAndHeadedByItsTitleAndDateWithItsFileBeneath() {
        NoticeResult n = new NoticeResult("incidents/a<b>.md", Kind.INCIDENT, Stage.RESOLVED, false, false,
                Map.of("apology", ElementState.PRESENT), List.of(), Map.of(), Map.of(), "Checkout <failed> & more",
                "2026-03-02T09:14:00Z");
        String html = new HtmlReport(ReportFixtures.checklist(), "1").toHtml(new CheckResult("default", List.of(n), 1, 0));
        String name = "<span class=\"title\">Checkout &lt;failed&gt; &amp; more</span> <time class=\"date\""
                + " datetime=\"2026-03-02T09:14:00Z\">2026-03-02 09:14 UTC</time>";
        assertTrue(html.contains("<li data-toc=\"1\"><span class=\"verdict pass\">pass</span> <a href=\"#notice-1\">"
                + name + "</a><span class=\"file\">incidents/a&lt;b&gt;.md</span></li>"), html);
        assertTrue(html.contains("<h2><span class=\"verdict pass\">pass</span> " + name + "</h2>\n"
                + "<p class=\"file\">incidents/a&lt;b&gt;.md</p>\n"), html);
        assertFalse(html.contains("<failed>"));
    }

    @Test
    void aNoticeWithoutTitleIsHeadedByItsFile() {
        NoticeResult n = new NoticeResult("incidents/untitled.md", Kind.INCIDENT, Stage.RESOLVED, false, false,
                Map.of("apology", ElementState.PRESENT), List.of());
        String html = new HtmlReport(ReportFixtures.checklist(), "1").toHtml(new CheckResult("default", List.of(n), 1, 0));
        assertTrue(html.contains("<h2><span class=\"verdict pass\">pass</span> <span class=\"file\">incidents/untitled.md"
                + "</span></h2>\n<p class=\"meta\">"), html);
        assertTrue(html.contains("<a href=\"#notice-1\"><span class=\"file\">incidents/untitled.md</span></a></li>"), html);
        assertEquals(2, html.split("incidents/untitled.md", -1).length - 2, "the file once in the list, once as heading");
    }

    @Test
    void warningsAreStyledApartFromErrorsAndLabelledInWords() {
        Finding error = new Finding("missing-fix", "fix", Level.ERROR, "a.md", 7, 1, "no fix found.", "");
        Finding warning = new Finding("missing-thanks", "thanks", Level.WARNING, "a.md", 7, 1, "no thanks found.", "");
        NoticeResult n = new NoticeResult("a.md", Kind.INCIDENT, Stage.RESOLVED, false, false,
                Map.of("fix", ElementState.ABSENT, "thanks", ElementState.ABSENT), List.of(error, warning));
        String html = new HtmlReport(ReportFixtures.checklist(), "1").toHtml(new CheckResult("default", List.of(n), 1, 0));
        assertTrue(html.contains("<li class=\"finding error\"><span class=\"where\">line 7:1</span> <span class=\"level error\">"
                + "error</span> <code class=\"rule\">missing-fix</code> no fix found.</li>"), html);
        assertTrue(html.contains("<li class=\"finding warning\"><span class=\"where\">line 7:1</span> <span class=\"level warning\">"
                + "warning</span> <code class=\"rule\">missing-thanks</code> no thanks found.</li>"), html);
        assertTrue(html.contains("<ul class=\"legend\" aria-label=\"Finding levels\"><li><span class=\"level error\">error</span>"
                + " fails the build</li><li><span class=\"level warning\">warning</span> is reported; the build passes</li></ul>"));
        assertEquals(background(".level.error"), "var(--fail)");
        assertEquals(background(".level.warning"), "#ffd33d");
        assertEquals(borderColour(".finding.error"), "var(--fail)");
        assertEquals(borderColour(".finding.warning"), "var(--warn-line)");
    }

    private static String background(String selector) {
        return cssValue(selector, "background");
    }

    private static String borderColour(String selector) {
        return cssValue(selector, "border-left-color");
    }

    private static String cssValue(String selector, String property) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(selector) + "\\{[^}]*?" + Pattern.quote(property) + ":([^;}]+)")
                .matcher(HtmlReport.CSS);
        assertTrue(m.find(), selector + " " + property);
        return m.group(1);
    }

    @Test
    void emptyRunSaysSo() {
        String html = new HtmlReport(ReportFixtures.checklist(), "1").toHtml(new CheckResult("default", List.of(), 0, 0));
        assertTrue(html.contains("No notices were checked."));
        assertEquals("0", count(html, "notices"));
    }

    private static String count(String html, String id) {
        Matcher m = Pattern.compile("data-count=\"" + id + "\"><dt>[^<]*</dt><dd>(\\d+)</dd>").matcher(html);
        assertTrue(m.find(), id);
        return m.group(1);
    }
}
