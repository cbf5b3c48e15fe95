package io.github.incidentnotice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.rules.NoticeRule;
import io.github.incidentnotice.timeliness.TimelinessRule;
import org.junit.jupiter.api.Test;

/**
 * Each rule id comes from exactly one rule class, so that skipRules with one id turns off exactly one check,
 * and the rule table of the site's checklist page (src/site/markdown/team-checklist.md) names every id of the default checklist with the class that checks it.
 */
class RuleIdsTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+)` \\| `([A-Za-z]+)` \\|", Pattern.MULTILINE);
    /** Ids the engine itself reports, outside the rules: an unreadable notice and the cap on findings. */
    private static final Map<String, String> ENGINE_IDS = Map.of("read-error", "CheckEngine", "too-many-findings",
            "FindingLimit");

    private final Checklist checklist = ChecklistLoader.defaults();

    private Map<String, Set<String>> classesById() {
        Map<String, Set<String>> classes = new TreeMap<>();
        for (NoticeRule rule : CheckEngine.allRules(checklist)) {
            classes.computeIfAbsent(rule.id(), id -> new TreeSet<>()).add(rule.getClass().getSimpleName());
        }
        ENGINE_IDS.forEach((id, cls) -> classes.computeIfAbsent(id, k -> new TreeSet<>()).add(cls));
        for (TimelinessRule rule : TimelinessRule.all()) {
            if (checklist.timeliness(rule.id()).isPresent()) {
                classes.computeIfAbsent(rule.id(), id -> new TreeSet<>()).add(rule.getClass().getSimpleName());
            }
        }
        return classes;
    }

    @Test
    void eachRuleIdComesFromOneClass() {
        classesById().forEach((id, classes) -> assertEquals(1, classes.size(), id + " comes from " + classes));
    }

    @Test
    void theChecklistListsEveryRuleIdTheRulesReport() {
        assertEquals(new TreeSet<>(checklist.ruleIds().keySet()), new TreeSet<>(classesById().keySet()));
    }

    @Test
    void theChecklistPageTableNamesEachRuleIdWithItsClass() throws IOException {
        String page = Files.readString(Path.of("src/site/markdown/team-checklist.md"), StandardCharsets.UTF_8);
        Map<String, String> table = new TreeMap<>();
        Matcher m = ROW.matcher(page);
        while (m.find()) {
            table.put(m.group(1), m.group(2));
        }
        Map<String, String> actual = new TreeMap<>();
        classesById().forEach((id, classes) -> actual.put(id, classes.iterator().next()));
        assertEquals(actual, table);
        assertEquals(new LinkedHashSet<>(actual.keySet()), new LinkedHashSet<>(table.keySet()));
    }
}
