package io.github.incidentnotice.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.incidentnotice.checklist.ChecklistException;
import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.engine.CheckRequest;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.DefectSpec;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.Origin;
import io.github.incidentnotice.model.Origins;
import io.github.incidentnotice.match.Phrase;

/** The notices the report tests run on (src/test/resources/reports), checked with the tests' own checklist and a fixed time. */
final class ReportFixtures {

    static final Path BASE = Path.of("src/test/resources/reports");
    static final String VERSION = "1.0-test";
    /** Golden files must not change with the machine's speed. */
    static final long MILLIS = 42;

    private ReportFixtures() {
    }

    /** The tests' own checklist (extends: none), so golden files do not move when the default checklist is tuned. */
    static Checklist checklist() {
        Checklist elements;
        try {
            elements = ChecklistLoader.load(BASE.resolve("checklist.yml"), "checklist.yml");
        } catch (ChecklistException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        List<DefectSpec> defects = List.of(
                defect("non-apology", "A hedged apology (\"for any inconvenience\").", Level.ERROR,
                        "is not an apology; say what you are sorry for.", List.of(), "\\bapologi[sz]e for any inconvenience\\b"),
                defect("blame-shifting", "The fault is put on someone else.", Level.ERROR,
                        "puts the cause on someone else; own the problem.", List.of("admission"), "\\bbeyond our control\\b"),
                defect("vague-impact", "Impact stated vaguely.", Level.WARNING,
                        "is vague; say who was affected and for how long.", List.of(), "\\bsome users may have experienced\\b"),
                defect("placeholder", "Template text left in the notice.", Level.ERROR,
                        "is a placeholder; replace it before publishing.", List.of(), "\\bTODO\\b"));
        return new Checklist("report-tests", elements.elements(), defects, Map.of(), Map.of());
    }

    private static DefectSpec defect(String id, String description, Level level, String message, List<String> onlyWhenAbsent,
                                     String regex) {
        Phrase phrase;
        try {
            phrase = new Phrase(regex, io.github.incidentnotice.match.LinearPattern.compile(regex));
        } catch (io.github.incidentnotice.match.LinearPattern.Unsupported e) {
            throw new IllegalArgumentException(e);
        }
        return new DefectSpec(id, description, level, "\"{excerpt}\" " + message, List.of(phrase), List.of(), List.of(),
                onlyWhenAbsent, false, Origins.NONE, List.of());
    }

    static CheckResult result() throws IOException {
        CheckResult real = new CheckEngine(checklist()).run(CheckRequest.of(BASE, BASE.resolve("incidents")));
        return new CheckResult(real.checklistName(), real.notices(), MILLIS, real.fromCache());
    }
}
