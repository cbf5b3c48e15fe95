package io.github.incidentnotice.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.engine.ChecklistExamples;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.DefectSpec;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.Example;

/**
 * The default checklist's examples, each run as a test of its own: the sentences and short notices kept
 * beside every element and defect are judged as they say (needs no corpus, so every clone runs it).
 */
class DefaultChecklistExamplesTest {

    private static final List<ChecklistExamples.Outcome> OUTCOMES =
            new ChecklistExamples(new CheckEngine(ChecklistLoader.defaults())).run();

    @TestFactory
    Stream<DynamicTest> everyExampleIsJudgedAsItSays() {
        return OUTCOMES.stream().map(o -> DynamicTest.dynamicTest(
                o.subject() + " " + (o.example().counts() ? "counts" : "does not count") + ": "
                        + o.example().text().strip().lines().findFirst().orElse(""),
                () -> assertTrue(o.asExpected(), o.example().knownMiss()
                        ? o.describe() + ": the detector now judges it right; drop 'known-miss'"
                        : o.describe())));
    }

    @Test
    void everyElementAndDefectHasExamplesBothWays() {
        Checklist checklist = ChecklistLoader.defaults();
        Set<String> lacking = new TreeSet<>();
        for (ElementSpec e : checklist.elements()) {
            lacking.addAll(lacks(e.id(), e.examples()));
        }
        for (DefectSpec d : checklist.defects()) {
            lacking.addAll(lacks(d.id(), d.examples()));
        }
        assertEquals(Set.of(), lacking);
    }

    @Test
    void everyTimelinessCheckHasExamplesBothWays() {
        Set<String> lacking = new TreeSet<>();
        for (var t : ChecklistLoader.defaults().timeliness()) {
            if (t.examples().stream().noneMatch(Example::counts) || t.examples().stream().allMatch(Example::counts)) {
                lacking.add(t.id());
            }
        }
        assertEquals(Set.of(), lacking);
    }

    private static Set<String> lacks(String id, List<Example> examples) {
        Set<String> lacking = new TreeSet<>();
        if (examples.stream().filter(x -> x.counts() && !x.knownMiss()).count() < 2) {
            lacking.add(id + ": fewer than two examples that count");
        }
        if (examples.stream().filter(x -> !x.counts() && !x.knownMiss()).count() < 2) {
            lacking.add(id + ": fewer than two examples that do not count");
        }
        return lacking;
    }
}
