package io.github.incidentnotice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.model.ElementState;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.model.Stage;
import org.junit.jupiter.api.Test;

/** Exact findings (rule, line, column) of the default checklist on small notices written for these tests. */
class CheckEngineTest {

    private final CheckEngine engine = new CheckEngine(ChecklistLoader.defaults());

    private static final String GOOD = """
            ---
            title: Checkout failed for EU customers
            date: 2026-03-02T09:14:00Z
            status: resolved
            resolvedWhen: 2026-03-02T11:02:00Z
            ---
            We are sorry: for almost two hours many of you in Europe could not pay for your orders.
            A configuration change we deployed at 09:12 UTC removed the EU payment database from the pool.

            From 09:14 to 11:02 UTC about 30% of checkout requests from EU customers failed.

            You do not need to do anything: every failed order was retried automatically.

            We rolled back the change at 10:40 UTC and restarted the EU connection pool.

            By 16 March the platform team will add a deploy check that blocks removing a database from a pool.

            Thank you for your patience.
            """;

    private NoticeResult check(String text) {
        return engine.check("incidents/n.md", text);
    }

    private static String rules(NoticeResult r) {
        return String.join(",", r.findings().stream().map(f -> f.rule() + "@" + f.line() + ":" + f.column()).toList());
    }

    @Test
    void aGoodResolvedNoticePasses() {
        NoticeResult r = check(GOOD);
        assertEquals("", rules(r));
        assertFalse(r.failed());
        assertEquals(Kind.INCIDENT, r.kind());
        assertEquals(Stage.RESOLVED, r.stage());
        assertFalse(r.inferred());
        for (String e : List.of("admission", "apology", "what-happened", "impact", "customer-action", "fix",
                "prevention", "thanks")) {
            assertEquals(ElementState.PRESENT, r.elements().get(e), e);
        }
        assertEquals(ElementState.ABSENT, r.elements().get("make-good"));
    }

    @Test
    void aHedgedApologyIsANonApologyAtItsColumn() {
        NoticeResult r = check(GOOD.replace("We are sorry: for almost", "We apologize for any inconvenience. For almost"));
        Finding f = r.findings().stream().filter(x -> x.rule().equals("non-apology")).findFirst().orElseThrow();
        assertEquals(7, f.line());
        assertEquals(4, f.column());
        assertEquals("apologize for any inconvenience", f.excerpt());
        assertEquals("\"apologize for any inconvenience\" is not an apology; say what you are sorry for and to whom, "
                + "without \"any\" or \"may have\".", f.message());
        Finding missing = r.findings().stream().filter(x -> x.rule().equals("missing-apology")).findFirst().orElseThrow();
        assertEquals(7, missing.line());
        assertEquals(1, missing.column());
        assertEquals(Level.ERROR, missing.level());
        assertEquals("apology", missing.element());
    }

    @Test
    void vendorBlameWithoutOwnershipIsBlameShifting() {
        NoticeResult r = check("""
                ---
                title: Login errors
                status: resolved
                ---
                Logins failed from 14:00 to 14:40 UTC.
                The problem was caused by an outage at our identity provider.
                Service is back to normal.
                """);
        assertEquals("missing-admission@5:1,missing-apology@5:1,missing-customer-action@5:1,missing-fix@5:1,"
                + "missing-prevention@5:1,missing-thanks@5:1,blame-shifting@6:17", rules(r));
    }

    @Test
    void aVendorNamedInANoticeThatOwnsItIsNotBlameShifting() {
        NoticeResult r = check(GOOD.replace("Thank you for your patience.",
                "The failover also depended on an outage at our cloud provider. Thank you for your patience."));
        assertEquals("", rules(r));
    }

    @Test
    void thanksToSomeoneMeaningBecauseOfIsNotThanks() {
        NoticeResult r = check(GOOD.replace("Thank you for your patience.", "Thanks to our alerting we saw it quickly."));
        assertEquals(ElementState.ABSENT, r.elements().get("thanks"));
        assertEquals("missing-thanks@7:1", rules(r));
        assertEquals(Level.WARNING, r.findings().get(0).level());
    }

    @Test
    void whileOngoingWhatIsNotKnownCountsAndAcknowledgementIsAdmission() {
        NoticeResult r = check("""
                ---
                title: Slow API
                resolved: false
                ---
                We are investigating slow responses from the public API since 08:05 UTC.
                We have not yet found the cause.
                We are sorry for the slow responses.
                You do not need to do anything.
                Next update by 10:30 UTC.
                Thank you for your patience.
                """);
        assertEquals(Stage.ONGOING, r.stage());
        assertEquals("", rules(r));
        assertEquals(ElementState.PRESENT, r.elements().get("what-happened"));
        assertEquals(ElementState.PRESENT, r.elements().get("admission"));
    }

    @Test
    void curlyApostrophesReadAsStraightOnesForTheStageToo() {
        // no status in the front matter: "we\u2019re investigating" has to make the notice ongoing, as "we're" does
        String straight = """
                ---
                title: Slow API
                ---
                We're investigating slow responses from the public API since 08:05 UTC.
                We're sorry for the slow responses.
                """;
        NoticeResult plain = check(straight);
        NoticeResult curly = check(straight.replace('\'', '\u2019'));
        assertEquals(Stage.ONGOING, plain.stage());
        assertEquals(Stage.ONGOING, curly.stage());
        assertEquals(rules(plain), rules(curly));
        assertEquals(plain.elements(), curly.elements());
    }

    @Test
    void aBarePassiveReportIsNotAdmissionOnceResolved() {
        NoticeResult r = check(GOOD.replace("A configuration change we deployed at 09:12 UTC removed the EU payment database from the pool.",
                "The server crashed."));
        assertEquals(ElementState.ABSENT, r.elements().get("admission"));
    }

    @Test
    void anEmptySectionIsAPlaceholderAndDoesNotSatisfyItsElement() {
        NoticeResult r = check(GOOD.replace("Thank you for your patience.", "## Action items\n\n## Thanks\nThank you for your patience.")
                .replace("By 16 March the platform team will add a deploy check that blocks removing a database from a pool.\n", ""));
        assertTrue(rules(r).contains("empty-section@17:4"), rules(r));
        assertTrue(rules(r).contains("missing-prevention@7:1"), rules(r));
    }

    @Test
    void aHeadingOverTwoLinesIsNamedWithASpaceInMessages() {
        NoticeResult r = check(GOOD.replace("Thank you for your patience.", "Action\nitems\n------\n\n## Thanks\nThank you for your patience."));
        Finding empty = r.findings().stream().filter(f -> f.rule().equals("empty-section") && f.message().contains("Action"))
                .findFirst().orElseThrow(() -> new AssertionError(rules(r)));
        assertTrue(empty.message().contains("\"Action items\""), empty.message());
    }

    @Test
    void placeholderTextIsReportedWhereItStands() {
        NoticeResult r = check(GOOD.replace("Thank you for your patience.", "Thank you for your patience. TODO: add the timeline."));
        assertEquals("placeholder@18:30", rules(r));
    }

    @Test
    void frontMatterProblemsAreFindingsAtTheirLine() {
        NoticeResult r = check("""
                ---
                title: x
                status: fixed
                date: 2026-13-45
                kind: outage
                ---
                Text.
                """);
        List<String> fm = r.findings().stream().filter(f -> f.rule().equals("front-matter"))
                .map(f -> f.line() + ":" + f.column() + " " + f.message()).toList();
        assertEquals(List.of(
                "3:1 unknown status 'fixed'; allowed: investigating, identified, monitoring, resolved, postmortem, scheduled, in-progress, verifying, completed",
                "4:1 date '2026-13-45' is not a date; write it as 2026-03-02T09:14:00Z (time and zone optional)",
                "5:1 unknown kind 'outage'; allowed: incident, maintenance, informational"), fm);
    }

    @Test
    void resolvedBeforeStartIsAWarning() {
        NoticeResult r = check(GOOD.replace("resolvedWhen: 2026-03-02T11:02:00Z", "resolvedWhen: 2026-03-01T11:02:00Z"));
        assertEquals("front-matter@5:1", rules(r));
        assertEquals(Level.WARNING, r.findings().get(0).level());
    }

    @Test
    void aWaiverNeedsAReasonAndAKnownElement() {
        NoticeResult r = check(GOOD.replace("status: resolved", "status: resolved\nwaive:\n  - element: thanks\n"
                + "  - element: prevention\n    reason: Nothing we can change\n  - element: refunds\n    reason: x"));
        List<String> waivers = r.findings().stream().filter(f -> f.rule().equals("waiver"))
                .map(f -> f.line() + ":" + f.column() + " " + f.message()).toList();
        assertEquals(List.of(
                "6:5 the waiver of 'thanks' has no reason; add 'reason:' saying why it does not apply here",
                "9:5 the waiver names unknown element 'refunds'; known: admission, apology, what-happened, impact, "
                        + "customer-action, fix, prevention, thanks, make-good, next-update, breach-details"), waivers);
        assertEquals(ElementState.WAIVED, r.elements().get("prevention"));
        assertEquals(ElementState.PRESENT, r.elements().get("thanks"));
    }

    @Test
    void maintenanceNeedsNoApologyButAWindowAndWhatToDo() {
        NoticeResult r = check("""
                ---
                title: Scheduled database maintenance
                status: scheduled
                ---
                On 8 April from 22:00 to 23:00 UTC we will upgrade the primary database.
                Order history will be unavailable for up to 15 minutes.
                """);
        assertEquals(Kind.MAINTENANCE, r.kind());
        assertEquals("missing-customer-action@5:1", rules(r));
    }

    @Test
    void kindAndStageAreInferredFromTheTextWhenTheFrontMatterIsSilent() {
        NoticeResult r = check("""
                ---
                title: "Postmortem: search outage"
                ---
                Text.
                """);
        assertEquals(Stage.POSTMORTEM, r.stage());
        assertTrue(r.inferred());
        NoticeResult ongoing = check("""
                ---
                title: API errors
                ---
                We are investigating errors on the API.
                """);
        assertEquals(Stage.ONGOING, ongoing.stage());
    }

    @Test
    void informationalNoticesAreCheckedForDefectsOnly() {
        NoticeResult r = check("""
                ---
                title: Deprecation of the v1 API
                informational: true
                ---
                The v1 API goes away in June. TBD.
                """);
        assertEquals("placeholder@5:31", rules(r));
    }

    /** A resolved account with a cause, a fix and follow-ups, and a timeline of {@code entries} lines. */
    private static String writeUp(String status, int entries) {
        StringBuilder timeline = new StringBuilder();
        for (int i = 0; i < entries; i++) {
            timeline.append(String.format("- At 10:%02d UTC the on-call engineer checked the queue depth again.%n", i));
        }
        return "---\ntitle: Queue outage\n" + status + "---\n"
                + "A configuration change we deployed at 09:58 stopped the job queue for every customer.\n\n"
                + "## What happened\n\nThe change removed the queue's only worker pool, so no job could start.\n\n"
                + "## Timeline\n\n" + timeline
                + "\n## What we did\n\nWe rolled back the change at 10:40 and the queue drained by 11:05.\n\n"
                + "## Action items\n\n- By 15 March the platform team will add an alert when the worker pool is empty.\n";
    }

    @Test
    void aNegatedResolutionLeavesTheProblemOpen() {
        NoticeResult r = check("""
                ---
                title: API errors
                ---
                We are investigating errors on the API.
                The problem has not been fully resolved yet.
                """);
        assertEquals(Stage.ONGOING, r.stage());
    }

    @Test
    void workAnnouncedAheadIsMaintenance() {
        NoticeResult ahead = check("""
                ---
                title: Dashboard move
                ---
                The dashboard will be unavailable on Saturday 14 March from 02:00 to 03:00 UTC while it moves to a new server.
                You do not need to do anything.
                """);
        assertEquals(Kind.MAINTENANCE, ahead.kind());
        assertEquals(Stage.ONGOING, ahead.stage());
        assertTrue(ahead.inferred());
        NoticeResult open = check("""
                ---
                title: API errors
                ---
                Some API requests fail.
                We will post an update at 15:00 UTC.
                """);
        assertEquals(Kind.INCIDENT, open.kind());
        NoticeResult reported = check("""
                ---
                title: API errors
                ---
                API requests failed from 09:00 to 09:40 UTC.
                We will add an alert by 15 March.
                """);
        assertEquals(Kind.INCIDENT, reported.kind());
    }

    @Test
    void aLongResolvedAccountWithFixAndFollowUpsIsAWriteUp() {
        // without headings: the write-up headings alone already make a postmortem
        NoticeResult longOne = check(writeUp("", 40).replace("## ", ""));
        assertEquals(Stage.POSTMORTEM, longOne.stage());
        assertTrue(longOne.inferred());
        assertEquals(Stage.RESOLVED, check(writeUp("", 3).replace("## ", "")).stage());
        // what the front matter's status states wins
        assertEquals(Stage.RESOLVED, check(writeUp("status: resolved\n", 40).replace("## ", "")).stage());
    }

    @Test
    void cStateInformationalPostsAboutPlannedWorkAreMaintenance() {
        NoticeResult r = check("""
                ---
                title: Database failover test
                informational: true
                resolved: true
                ---
                We will carry out maintenance on the primary database on Saturday from 02:00 to 03:00 UTC.
                Writes pause for about five minutes while the replica takes over.
                """);
        assertEquals(Kind.MAINTENANCE, r.kind());
        assertEquals("missing-customer-action@6:1", rules(r));
    }

    @Test
    void quotedWordsAreNotTheNoticesOwn() {
        NoticeResult r = check(GOOD.replace("We are sorry: for almost two hours", "> We are sorry, wrote our vendor.\n\nFor almost two hours"));
        assertEquals(ElementState.ABSENT, r.elements().get("apology"));
    }

    private static final String POSTMORTEM = """
            ---
            title: "Postmortem: search outage"
            status: postmortem
            severity: minor
            ---
            We apologize to everyone who relied on search: our own index job took it down for two hours.
            A nightly index job we wrote filled the disks of the search cluster, so every query failed.
            From 06:30 to 08:30 UTC every search request returned an error.
            You need not do anything.
            We deleted the stale index copies and restarted the cluster.
            Thank you for your patience.

            ## Action items
            - We will add disk-usage alerts to the search cluster.
            - We will make the index job remove its old copies first.
            """;

    @Test
    void postmortemFollowUpsWithoutOwnerOrDateAreAWarning() {
        NoticeResult r = check(POSTMORTEM);
        assertEquals(Stage.POSTMORTEM, r.stage());
        assertEquals("prevention-without-owner@14:3", rules(r));
        Finding f = r.findings().get(0);
        assertEquals(Level.WARNING, f.level());
        assertEquals("prevention", f.element());
        assertEquals("2 of 2 follow-up actions name no owner or date, starting with \"We will add disk-usage alerts "
                + "to the search cluster.\"; say who will do each and by when (for example: \"By 15 March the "
                + "platform team will ...\").", f.message());
        assertEquals(ElementState.PRESENT, r.elements().get("prevention"));
        assertFalse(r.failed(), "a warning does not fail the notice");
    }

    @Test
    void postmortemFollowUpsWithOwnersAndDatesPass() {
        NoticeResult r = check(POSTMORTEM.replace("- We will add disk-usage alerts", "- By 12 May the search team will add disk-usage alerts")
                .replace("- We will make the index job", "- The search team will make the index job"));
        assertEquals("", rules(r));
    }

    @Test
    void aPostmortemTitleHeadingIsNotAFollowUpSectionAndClosingLinesAreNotActions() {
        NoticeResult r = check(POSTMORTEM.replace("We apologize to everyone", "# Postmortem: search outage\n\nWe apologize to everyone")
                .replace("- We will add disk-usage alerts", "- By 12 May the search team will add disk-usage alerts")
                .replace("- We will make the index job", "- The search team will make the index job")
                + "\nYou need not do anything. Thank you for bearing with us.\n");
        assertEquals("", rules(r));
    }
}
