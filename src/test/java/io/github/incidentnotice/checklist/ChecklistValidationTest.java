package io.github.incidentnotice.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.Example;

/** Every mistake in a team checklist is one line naming the file, line and column and what is allowed. */
class ChecklistValidationTest {

    private static final String FILE = ".incident-checklist.yml";
    private static final String KNOWN = "admission, apology, what-happened, impact, customer-action, fix, prevention, "
            + "thanks, make-good, next-update, breach-details";

    private static String error(String yaml) {
        return assertThrows(ChecklistException.class, () -> ChecklistLoader.loadText(yaml, FILE)).getMessage();
    }

    @Test
    void unknownTopLevelKey() {
        assertEquals(FILE + ":2:1: unknown key 'element'; allowed: defects, elements, extends, front-matter, markers, timeliness, vocabulary",
                error("extends: default\nelement:\n  thanks: off\n"));
    }

    @Test
    void unknownKeyOfAnElement() {
        assertEquals(FILE + ":3:5: unknown key 'level' for element 'make-good'; allowed: description, examples, headings, "
                        + "hint, levels, ongoing-phrases, personal-data, phrases, severities, unless",
                error("elements:\n  make-good:\n    level: error\n"));
    }

    @Test
    void unknownKeyOfADefect() {
        assertEquals(FILE + ":3:5: unknown key 'phrase' for defect 'non-apology'; allowed: always-phrases, description, examples, excused-only-by-numbers, level, "
                        + "message, only-when-absent, phrases, unless",
                error("defects:\n  non-apology:\n    phrase: ['sorry for the trouble']\n"));
    }

    @Test
    void unknownKeyOfAPhraseIsNamed() {
        assertEquals(FILE + ":3:26: unknown key 'bogus' in a phrase; allowed: all",
                error("elements:\n  make-good:\n    unless: {all: ['a'], bogus: ['b']}\n"));
        assertEquals(FILE + ":3:27: unknown key 'bogus' in a phrase; allowed: all",
                error("elements:\n  make-good:\n    unless: [{all: ['a'], bogus: ['b']}]\n"));
        assertEquals(FILE + ":3:13: phrases must be a list; put {all: [...]} in one, as [{all: [...]}]",
                error("elements:\n  make-good:\n    unless: {all: ['a']}\n"));
    }

    @Test
    void unknownElementTurnedOff() {
        assertEquals(FILE + ":2:3: unknown element 'thank'; known: " + KNOWN, error("elements:\n  thank: off\n"));
    }

    @Test
    void unknownElementWithSettingsButNoDescription() {
        assertEquals(FILE + ":2:3: unknown element 'make-goood'; known: " + KNOWN + ". An element of your own needs a "
                        + "'description' (one line: what good looks like) and 'levels'",
                error("elements:\n  make-goood:\n    levels: {incident/resolved: error}\n"));
    }

    @Test
    void ownElementWithAnEmptyDescription() {
        assertEquals(FILE + ":2:3: element 'status-page-link' of your own needs a 'description' (one line: what good looks like)",
                error("elements:\n  status-page-link:\n    description: '  '\n    levels: {incident/ongoing: error}\n"));
    }

    @Test
    void ownElementWithoutLevels() {
        assertEquals(FILE + ":2:3: element 'status-page-link' of your own needs 'levels' (for example {incident/resolved: error})",
                error("elements:\n  status-page-link:\n    description: Link to the status page\n    phrases: ['status\\.example\\.com']\n"));
    }

    @Test
    void unknownDefect() {
        assertEquals(FILE + ":2:3: unknown defect 'non-apologies'; known: non-apology, blame-shifting, vague-impact, "
                        + "placeholder, boilerplate-security. A defect of your own needs a 'description', a 'message' and 'phrases'",
                error("defects:\n  non-apologies:\n    phrases: ['sorry for the trouble']\n"));
    }

    @Test
    void unknownLevel() {
        assertEquals(FILE + ":4:26: unknown level 'fatal'; allowed: error, warning, off",
                error("elements:\n  make-good:\n    levels:\n      incident/resolved: fatal\n"));
    }

    @Test
    void unknownKindOrStage() {
        assertEquals(FILE + ":4:7: unknown kind/stage 'incident/closed' for element 'make-good'; allowed: incident or "
                        + "maintenance, then '/', then ongoing, resolved, postmortem or *",
                error("elements:\n  make-good:\n    levels:\n      incident/closed: error\n"));
        assertEquals(FILE + ":2:21: unknown kind/stage 'outage' for element 'thanks'; allowed: incident or "
                        + "maintenance, then '/', then ongoing, resolved, postmortem or *",
                error("elements:\n  thanks: {levels: {outage: error}}\n"));
    }

    @Test
    void theLevelOfAMissingFrontMatterIsALevel() throws ChecklistException {
        assertEquals(FILE + ":1:25: unknown level 'quiet'; allowed: error, warning, off",
                error("front-matter: {missing: quiet}\n"));
        assertEquals(FILE + ":1:16: unknown key 'absent' in 'front-matter'; allowed: missing",
                error("front-matter: {absent: warning}\n"));
        Checklist team = ChecklistLoader.loadText("front-matter: {missing: warning}\n", FILE);
        assertEquals(io.github.incidentnotice.model.Level.WARNING, team.missingFrontMatter());
        assertEquals(team.missingFrontMatter(),
                ChecklistLoader.loadText(ChecklistWriter.render(team, false), FILE).missingFrontMatter());
        assertEquals(io.github.incidentnotice.model.Level.ERROR, ChecklistLoader.defaults().missingFrontMatter());
    }

    @Test
    void examplesAreCheckedForShape() {
        assertEquals(FILE + ":2:23: unknown key 'count' in 'examples'; allowed: counts, does-not-count",
                error("elements:\n  thanks: {examples: {count: [Thanks.]}}\n"));
        assertEquals(FILE + ":2:40: 'stage' is ongoing, resolved or postmortem",
                error("elements:\n  thanks: {examples: {counts: [{stage: closed, text: Thanks.}]}}\n"));
        assertEquals(FILE + ":2:32: an example needs a 'text'",
                error("elements:\n  thanks: {examples: {counts: [{stage: ongoing}]}}\n"));
    }

    @Test
    void teamExamplesAddToTheDefaultOnes() throws ChecklistException {
        Checklist team = ChecklistLoader.loadText("elements:\n  thanks:\n    examples:\n      counts: ['Cheers for waiting.']\n", FILE);
        List<Example> examples = team.element("thanks").orElseThrow().examples();
        assertEquals(ChecklistLoader.defaults().element("thanks").orElseThrow().examples().size() + 1, examples.size());
        Example own = examples.get(examples.size() - 1);
        assertEquals("Cheers for waiting.", own.text());
        assertEquals(FILE + ":4", own.origin().toString());
    }

    @Test
    void informationalLevelsWouldDoNothing() {
        assertEquals(FILE + ":2:21: informational notices are checked for defects and placeholders only, not for "
                        + "elements; allowed kinds: incident, maintenance",
                error("elements:\n  thanks: {levels: {informational/resolved: warning}}\n"));
    }

    @Test
    void regularExpressionThatDoesNotCompile() {
        assertEquals(FILE + ":3:15: the regular expression 'never (again' does not compile: Unclosed group near index 12",
                error("elements:\n  prevention:\n    phrases: ['never (again']\n"));
    }

    @Test
    void unknownVocabularyName() {
        assertEquals(FILE + ":3:15: unknown vocabulary name '{wee}'; defined: we, own-change, effect, concrete, vendor, remedy, commit, safeguard",
                error("elements:\n  prevention:\n    phrases: ['{wee} will never']\n"));
    }

    @Test
    void vocabularyOfTheDefaultCannotBeRedefined() {
        assertEquals(FILE + ":2:3: vocabulary name '{we}' is already defined by the default checklist; choose another name",
                error("vocabulary:\n  we: 'us'\n"));
    }

    @Test
    void unknownMarker() {
        assertEquals(FILE + ":2:3: unknown marker 'outage'; allowed: against-recurrence, informational, maintenance, ongoing, owner-or-date, postmortem, resolution, stated-cause, unplanned",
                error("markers:\n  outage: ['down']\n"));
    }

    @Test
    void wrongTypes() {
        assertEquals(FILE + ":3:15: 'headings' must be a list of heading wordings",
                error("elements:\n  prevention:\n    headings: Never again\n"));
        assertEquals(FILE + ":3:13: 'levels' maps kind/stage (such as incident/resolved) to error, warning or off",
                error("elements:\n  make-good:\n    levels: error\n"));
        assertEquals(FILE + ":1:11: 'elements' maps element ids to 'off' or settings", error("elements: [thanks]\n"));
        assertEquals(FILE + ":2:11: element 'thanks' takes 'off' or settings (description, examples, headings, hint, "
                + "levels, ongoing-phrases, personal-data, phrases, severities, unless)", error("elements:\n  thanks: false\n"));
        assertEquals(FILE + ":3:14: phrases must be a list of regular expressions, such as [\"we will never again\"]",
                error("elements:\n  prevention:\n    phrases: we will never again\n"));
        assertEquals(FILE + ":3:15: a phrase must be a regular expression in quotes, or {all: [...]}",
                error("elements:\n  prevention:\n    phrases: [[nested]]\n"));
        assertEquals(FILE + ":3:18: 'description' must be one line of text",
                error("elements:\n  thanks:\n    description: [a, b]\n"));
        assertEquals(FILE + ":1:10: unknown value 'defaults' for 'extends'; allowed: default, none",
                error("extends: defaults\n"));
        assertEquals(FILE + ":1:1: the checklist must be keys such as 'extends', 'elements' and 'defects'",
                error("- thanks\n"));
        assertEquals(FILE + ":3:20: expected true or false, found 'sometimes'",
                error("elements:\n  thanks:\n    personal-data: sometimes\n"));
    }

    @Test
    void duplicateKey() {
        assertEquals(FILE + ":3:3: duplicate key 'thanks' (first on line 2)", error("elements:\n  thanks: off\n  thanks: off\n"));
    }

    @Test
    void invalidYamlNamesItsLine() {
        assertEquals(FILE + ":3:1: invalid YAML: expected ',' or ']', but got <stream end>",
                error("elements:\n  prevention: {headings: ['Never again'\n"));
    }

    @Test
    void javaTagIsRefused() {
        assertEquals(FILE + ":3:18: invalid YAML: Global tag is not allowed: tag:yaml.org,2002:java.net.URL",
                error("elements:\n  thanks:\n    description: !!java.net.URL ['http://example.com']\n"));
        assertEquals(FILE + ":1:10: YAML tag '!custom' is not allowed; write plain values", error("extends: !custom none\n"));
    }

    @Test
    void aliasBombIsRefused() {
        StringBuilder yaml = new StringBuilder("a0: &a0 ['lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol']\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        assertEquals(FILE + ":1:1: invalid YAML: more than 20 aliases (an alias bomb?)", error(yaml.toString()));
    }

    @Test
    void hugeFileIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(FILE);
        Files.writeString(file, "# " + "x".repeat(1_000_001) + "\n");
        ChecklistException e = assertThrows(ChecklistException.class, () -> ChecklistLoader.load(file, FILE));
        assertEquals(FILE + ":1:1: the checklist is larger than 1000000 bytes; it is not read", e.getMessage());
    }

    @Test
    void notUtf8IsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(FILE);
        Files.write(file, "elements:\n  thanks: off # caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        ChecklistException e = assertThrows(ChecklistException.class, () -> ChecklistLoader.load(file, FILE));
        assertEquals(FILE + ":2:20: the file is not valid UTF-8 (byte 0xE9); save it as UTF-8", e.getMessage());
    }
}
