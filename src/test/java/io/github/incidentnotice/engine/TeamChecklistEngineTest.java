package io.github.incidentnotice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import io.github.incidentnotice.checklist.ChecklistException;
import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.ElementState;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.NoticeResult;
import org.junit.jupiter.api.Test;

/** A team's checklist, waivers and skipped rules, as the engine applies them to notices. */
class TeamChecklistEngineTest {

    private static final String FILE = "incidents/2026-03-02-checkout.md";

    /** A notice that passes the default checklist; {@code extraFrontMatter} and {@code extraBody} change it. */
    private static String notice(String severity, String extraFrontMatter, String extraBody) {
        return "---\n"
                + "title: Checkout failed for EU customers\n"
                + "date: 2026-03-02T09:14:00Z\n"
                + "status: resolved\n"
                + "severity: " + severity + "\n"
                + extraFrontMatter
                + "---\n"
                + "We are sorry: for almost two hours many of you in Europe could not pay for your orders.\n"
                + "A configuration change we deployed at 09:12 UTC removed the EU payment database from the pool.\n"
                + "\n"
                + "From 09:14 to 11:02 UTC about 30% of checkout requests from EU customers failed.\n"
                + "\n"
                + "You do not need to do anything: every failed order was retried automatically.\n"
                + "\n"
                + "We rolled back the change at 10:40 UTC and restarted the EU connection pool.\n"
                + "\n"
                + "By 16 March the platform team will add a deploy check that blocks removing a database from a production pool.\n"
                + "\n"
                + "Thank you for your patience.\n"
                + extraBody;
    }

    private static List<String> findings(NoticeResult result) {
        return result.findings().stream()
                .map(f -> f.level().id() + " " + f.line() + ":" + f.column() + " [" + f.rule() + "] " + f.message())
                .toList();
    }

    /** Without the message, for findings whose wording belongs to the default checklist (which changes). */
    private static List<String> where(NoticeResult result) {
        return result.findings().stream()
                .map(f -> f.level().id() + " " + f.line() + ":" + f.column() + " [" + f.rule() + "]").toList();
    }

    private static Checklist team(String yaml) throws ChecklistException {
        return ChecklistLoader.loadText(yaml, ".incident-checklist.yml");
    }

    @Test
    void theFixturePassesTheDefault() {
        NoticeResult r = new CheckEngine(ChecklistLoader.defaults()).check(FILE, notice("minor", "", ""));
        assertEquals(List.of(), findings(r));
    }

    @Test
    void anElementOfTheTeamsOwnIsEnforced() throws ChecklistException {
        Checklist c = team("""
                elements:
                  status-page-link:
                    description: Link to the status page for live updates.
                    levels: {incident/ongoing: error, incident/resolved: warning}
                    headings: ["Live status"]
                    phrases: ['status\\.example\\.com']
                """);
        NoticeResult missing = new CheckEngine(c).check(FILE, notice("minor", "", ""));
        assertEquals(List.of("warning 7:1 [missing-status-page-link] no status-page-link found in this incident notice "
                + "(resolved): Link to the status page for live updates. Add a \"## Live status\" section or say it in the text. Nothing in the notice came close."),
                findings(missing));
        assertEquals(ElementState.ABSENT, missing.elements().get("status-page-link"));

        NoticeResult present = new CheckEngine(c).check(FILE, notice("minor", "", "\nLive updates are on Status.Example.com.\n"));
        assertEquals(List.of(), findings(present));
        assertEquals(ElementState.PRESENT, present.elements().get("status-page-link"));
    }

    @Test
    void aRaisedLevelAndAnElementTurnedOff() throws ChecklistException {
        String withoutThanks = notice("major", "", "").replace("Thank you for your patience.\n", "");
        assertEquals(List.of("warning 7:1 [missing-make-good]", "warning 7:1 [missing-thanks]"),
                where(new CheckEngine(ChecklistLoader.defaults()).check(FILE, withoutThanks)));

        Checklist c = team("elements:\n  thanks: off\n  make-good:\n    levels: {incident/resolved: error}\n");
        assertEquals(List.of("error 7:1 [missing-make-good]"), where(new CheckEngine(c).check(FILE, withoutThanks)));
    }

    @Test
    void extraDefectPhrasesAreFoundAtTheirLine() throws ChecklistException {
        Checklist c = team("defects:\n  non-apology:\n    phrases: ['sorry for the trouble']\n");
        NoticeResult r = new CheckEngine(c).check(FILE, notice("minor", "", "\nAgain, sorry for the trouble.\n"));
        assertEquals(List.of("error 20:8 [non-apology] \"sorry for the trouble\" is not an apology; say what you are sorry "
                + "for and to whom, without \"any\" or \"may have\"."), findings(r));
    }

    @Test
    void aWaiverWithAReasonWaivesTheElement() {
        String text = notice("major", "waive:\n  - element: make-good\n    reason: Free-tier service with no SLA\n", "");
        NoticeResult r = new CheckEngine(ChecklistLoader.defaults()).check(FILE, text);
        assertEquals(List.of(), findings(r));
        assertEquals(ElementState.WAIVED, r.elements().get("make-good"));
        assertEquals(1, r.waivers());
    }

    @Test
    void aWaiverWithoutAReasonIsAnErrorAndWaivesNothing() {
        String text = notice("major", "waive:\n  - element: make-good\n  - element: thanks\n    reason: ''\n"
                + "  - element: make-goods\n    reason: typo\n", "");
        NoticeResult r = new CheckEngine(ChecklistLoader.defaults()).check(FILE, text);
        assertEquals(List.of(
                "error 7:5 [waiver] the waiver of 'make-good' has no reason; add 'reason:' saying why it does not apply here",
                "error 8:5 [waiver] the waiver of 'thanks' has no reason; add 'reason:' saying why it does not apply here",
                "error 10:5 [waiver] the waiver names unknown element 'make-goods'; known: admission, apology, what-happened, "
                        + "impact, customer-action, fix, prevention, thanks, make-good, next-update, breach-details",
                "warning 13:1 [missing-make-good]"),
                findings(r).stream().map(f -> f.contains("[missing-") ? f.substring(0, f.indexOf(']') + 1) : f).toList());
        assertEquals(ElementState.ABSENT, r.elements().get("make-good"));
        assertEquals(ElementState.PRESENT, r.elements().get("thanks"));
        assertEquals(0, r.waivers());
    }

    @Test
    void skippedRulesAreNotRun() {
        String text = notice("major", "", "\nSome users may have noticed it.\n").replace("Thank you for your patience.\n", "");
        CheckEngine engine = new CheckEngine(ChecklistLoader.defaults(), Set.of("missing-thanks", "vague-impact"));
        assertEquals(List.of("missing-make-good"), engine.check(FILE, text).findings().stream().map(Finding::rule).toList());
    }

    @Test
    void aTeamSetsTheLevelOfAMissingFrontMatter() throws ChecklistException {
        String bare = notice("minor", "", "").replaceFirst("(?s)^---.*?---\n", "");
        String message = "the notice has no front matter: start it with '---', a title, date and status, and '---'";
        assertEquals(List.of("error 1:1 [front-matter] " + message),
                findings(new CheckEngine(ChecklistLoader.defaults()).check(FILE, bare)).stream()
                        .filter(f -> f.contains("[front-matter]")).toList());
        assertEquals(List.of("warning 1:1 [front-matter] " + message),
                findings(new CheckEngine(team("front-matter: {missing: warning}\n")).check(FILE, bare)).stream()
                        .filter(f -> f.contains("[front-matter]")).toList());
        assertEquals(List.of(), findings(new CheckEngine(team("front-matter: {missing: off}\n")).check(FILE, bare))
                .stream().filter(f -> f.contains("[front-matter]")).toList());
        // an empty notice has nothing to check: it stays an error whatever the level
        assertEquals("error", new CheckEngine(team("front-matter: {missing: off}\n")).check(FILE, "\n")
                .findings().get(0).level().id());
    }
}
