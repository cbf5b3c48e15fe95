package io.github.incidentnotice.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.model.Stage;
import io.github.incidentnotice.model.Status;
import io.github.incidentnotice.parse.NoticeReader;
import org.junit.jupiter.api.Test;

class NextStageTest {

    private static final Checklist DEFAULTS = ChecklistLoader.defaults();
    private static final OffsetDateTime RESOLVED = OffsetDateTime.parse("2026-03-02T11:02:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:14:00Z"), ZoneOffset.UTC);

    /** An ongoing notice scaffolded and filled in, as a writer would have it at the first update. */
    private static String filledOngoing() throws Exception {
        Scaffold s = new NoticeTemplate(DEFAULTS).render(NewNotice.of("Checkout failed for EU customers", null, null,
                null, null, false, CLOCK));
        return Fillers.fill(s, Fillers.INCIDENT);
    }

    @Test
    void anOngoingNoticeBecomesItsResolvedUpdate() throws Exception {
        String source = filledOngoing();
        assertEquals(List.of(), new CheckEngine(DEFAULTS).check("a.md", source).findings());
        Scaffold next = new NextStage(DEFAULTS).from("incidents/2026-03-02-checkout-failed-for-eu-customers.md", source, RESOLVED);

        assertEquals("2026-03-02-checkout-failed-for-eu-customers-resolved.md", next.fileName());
        assertEquals(Status.RESOLVED, next.status());
        String expectedFront = """
                ---
                title: Checkout failed for EU customers
                date: 2026-03-02T09:14:00Z
                status: resolved
                kind: incident
                severity: major
                personal-data: false
                resolvedWhen: 2026-03-02T11:02:00Z
                ---
                """;
        assertTrue(next.text().startsWith(expectedFront), next.text());
        // the text is kept as it was, and what the resolved stage needs is added after it
        String body = source.substring(source.indexOf("\n---\n") + 5);
        assertEquals(expectedFront + body + """

                ## What we did to fix it
                TODO (fix): What was done to fix, mitigate or restore service (the action itself, not just "resolved").

                ## What we're doing so it doesn't happen again
                TODO (prevention): Concrete follow-up actions of the team's own that keep it from happening again, each with an owner or a date ("we will look into it" is not prevention).

                ## Service credits
                TODO (make-good): A credit, refund or other compensation where an SLA was broken.
                """, next.text());

        NoticeResult result = new CheckEngine(DEFAULTS).check(next.fileName(), next.text());
        assertEquals(Stage.RESOLVED, result.stage());
        // one finding per added guide, the placeholder naming its element
        assertEquals(next.guideLines(), result.findings().stream().map(Finding::line).toList());
        assertTrue(result.findings().stream().allMatch(f -> f.rule().equals("placeholder")), result.findings().toString());
        assertEquals(3, next.guideLines().size());

        String filled = Fillers.fill(next, Fillers.INCIDENT);
        assertEquals(List.of(), new CheckEngine(DEFAULTS).check(next.fileName(), filled).findings());
    }

    @Test
    void aResolvedNoticeBecomesItsPostmortemWithoutInventingAResolutionTime() throws Exception {
        String source = """
                ---
                title: Login errors
                date: 2026-03-10T14:00:00Z
                status: resolved
                severity: minor
                ---
                We are sorry: a certificate we forgot to renew broke sign-in for all customers from 14:00 to 15:10 UTC.
                We renewed it at 15:05 UTC. Nothing for you to do.
                """;
        Scaffold next = new NextStage(DEFAULTS).from("incidents/2026-03-10-login-errors-resolved.md", source, RESOLVED);
        assertEquals("2026-03-10-login-errors-postmortem.md", next.fileName());
        assertTrue(next.text().startsWith(source.replace("status: resolved", "status: postmortem")), next.text());
        assertTrue(!next.text().contains("resolvedWhen"), next.text());
        assertEquals(Stage.POSTMORTEM, new CheckEngine(DEFAULTS).check("x.md", next.text()).stage());
        // stated already: admission, apology, impact, fix, customer action; still needed: prevention and thanks
        assertEquals(List.of("## What we're doing so it doesn't happen again", "## Thank you"),
                next.text().lines().filter(l -> l.startsWith("## ")).toList());
    }

    /**
     * What the next stage asks for is what the check finds missing, read by meaning: prevention the ongoing notice
     * already wrote under a heading of the team's own ("Keeping the pools apart") is not asked for again, though
     * the resolved stage is the first to require it.
     */
    @Test
    void anElementStatedUnderAnUnusualHeadingIsNotAskedForAgain() throws Exception {
        String source = """
                ---
                title: Checkout failed for EU customers
                date: 2026-03-02T09:14:00Z
                status: monitoring
                severity: minor
                ---
                A pool change we deployed at 09:12 UTC broke checkout for EU customers from 09:14 to 11:02 UTC; this was our mistake, and we are sorry.
                About 30% of checkout requests from EU customers failed with an error page.
                We rolled back the change at 10:40 UTC and restarted the EU connection pool.
                You do not need to do anything: failed orders are retried automatically.
                Thank you for your patience.

                ## Keeping the pools apart
                To keep this from happening again, by 16 March the platform team will add a deploy check that stops any change naming both pools.
                """;
        Scaffold next = new NextStage(DEFAULTS).from("incidents/2026-03-02-checkout.md", source, RESOLVED);
        assertEquals(source.replace("status: monitoring", "status: resolved")
                        .replace("severity: minor\n", "severity: minor\nresolvedWhen: 2026-03-02T11:02:00Z\n"),
                next.text());
        assertEquals(List.of(), next.guideLines());
        assertEquals(List.of(), new CheckEngine(DEFAULTS).check(next.fileName(), next.text()).findings());
    }

    @Test
    void aScheduledMaintenanceBecomesCompleted() throws Exception {
        String source = """
                ---
                title: Database upgrade
                date: 2026-04-08T22:00:00Z
                status: scheduled
                kind: maintenance
                ---
                From 22:00 to 23:00 UTC we will upgrade the primary database; order history will be unavailable for 15 minutes.
                You do not need to do anything.
                """;
        Scaffold next = new NextStage(DEFAULTS).from("2026-04-08-database-upgrade.md", source, RESOLVED);
        assertEquals("2026-04-08-database-upgrade-completed.md", next.fileName());
        assertTrue(next.text().contains("\nstatus: completed\n"));
        assertTrue(next.text().contains("\nresolvedWhen: 2026-03-02T11:02:00Z\n---\n"));
        assertEquals(List.of(), next.guideLines());
    }

    @Test
    void cStateTomlAndCrLfFrontMatterAreEditedInPlace() throws Exception {
        String cstate = "---\r\ntitle: Slow API\r\ndate: 2026-04-15T08:05:00Z\r\nresolved: false\r\nsection: issue\r\n---\r\n"
                + "We are investigating slow responses from the API.\r\n";
        Scaffold next = new NextStage(DEFAULTS).from("content/issues/slow-api.md", cstate, RESOLVED);
        assertTrue(next.text().startsWith("---\r\ntitle: Slow API\r\ndate: 2026-04-15T08:05:00Z\r\nresolved: true\r\n"
                + "section: issue\r\nstatus: resolved\r\nresolvedWhen: 2026-03-02T11:02:00Z\r\n---\r\n"
                + "We are investigating slow responses from the API.\r\n"), next.text());
        assertTrue(!next.text().replace("\r\n", "").contains("\n"), "line endings stay CRLF");
        assertEquals("2026-04-15-slow-api-resolved.md", next.fileName());

        String toml = "+++\ntitle = \"Slow API\"\nstatus = \"investigating\"\n[extra]\nstatus = \"keep\"\n+++\nWe are investigating.\n";
        Scaffold t = new NextStage(DEFAULTS).from("slow.md", toml, RESOLVED);
        assertTrue(t.text().startsWith("+++\ntitle = \"Slow API\"\nstatus = \"resolved\"\nresolvedWhen = 2026-03-02T11:02:00Z\n"
                + "[extra]\nstatus = \"keep\"\n+++\n"), t.text());
        var fm = NoticeReader.parse("slow.md", t.text()).frontMatter();
        assertEquals("resolved", fm.string("status"));
        assertTrue(fm.problems().isEmpty(), fm.problems().toString());
    }

    @Test
    void thereIsNoStageAfterAPostmortemOrACompletedMaintenance() {
        String postmortem = "---\ntitle: x\nstatus: postmortem\n---\nText.\n";
        assertEquals("The notice incidents/x.md is a postmortem, the last stage of an incident; there is no next stage"
                        + " to start (incident-notice.from).",
                assertThrows(ScaffoldException.class, () -> new NextStage(DEFAULTS).from("incidents/x.md", postmortem, RESOLVED))
                        .getMessage());
        String completed = "---\ntitle: x\nstatus: completed\n---\nText.\n";
        assertThrows(ScaffoldException.class, () -> new NextStage(DEFAULTS).from("x.md", completed, RESOLVED));
    }

    @Test
    void aNoticeWithoutFrontMatterIsAClearError() {
        ScaffoldException e = assertThrows(ScaffoldException.class,
                () -> new NextStage(DEFAULTS).from("incidents/x.md", "Just text.\n", RESOLVED));
        assertEquals("The notice incidents/x.md has no readable front matter between '---' lines; fix it (mvn "
                + "incident-notice:check -Dincident-notice.notice=incidents/x.md) before starting its next stage.", e.getMessage());
    }

    /** Issue 20 row 5: the analysis of 'from' keeps the check's budget per notice. */
    @Test
    void aCostlyTeamPhraseStopsAtTheBudget() throws Exception {
        Checklist team = ChecklistLoader.loadText("extends: default\ndefects:\n  non-apology:\n"
                + "    phrases: [\"x(?:.{0,1000}y){20}\"]\n", ".incident-checklist.yml");
        String text = "---\ntitle: Checkout errors\nstatus: investigating\n---\ny" + "x".repeat(200_000) + "\n";
        long start = System.nanoTime();
        ScaffoldException e = assertThrows(ScaffoldException.class, () -> new NextStage(team, java.time.Duration.ofMillis(1))
                .from("incidents/2026-03-02-checkout.md", text, RESOLVED));
        assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000, "stopped near the budget");
        assertTrue(e.getMessage().startsWith("Reading incidents/2026-03-02-checkout.md to start its next stage took"
                + " longer than 1 ms (the limit per notice, as for check) and was stopped"), e.getMessage());
    }
}
