package io.github.incidentnotice.report;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.Citation;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.ElementState;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.FrozenMap;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.model.Stage;

/**
 * Writes every report file for {@code args[1]} generated small notices into {@code args[0]}; {@link
 * StreamedReportsTest} runs it in a JVM with a small heap. The results share their texts, as results from the
 * findings cache do, so that they fit the heap and only a report that keeps a copy of itself in memory does not.
 */
public final class ReportsUnderSmallHeap {

    private ReportsUnderSmallHeap() {
    }

    /** {@code notices} results of four findings and three citations each, under names of their own. */
    static CheckResult results(Checklist checklist, int notices) {
        Map<String, ElementState> elements = new LinkedHashMap<>();
        Map<String, Level> levels = new LinkedHashMap<>();
        for (ElementSpec e : checklist.elements()) {
            elements.put(e.id(), e.id().equals("apology") ? ElementState.ABSENT : ElementState.PRESENT);
            levels.put(e.id(), Level.ERROR);
        }
        Map<String, ElementState> sharedElements = FrozenMap.copyOf(elements);
        Map<String, Level> sharedLevels = FrozenMap.copyOf(levels);
        String excerpt = "We apologize for any inconvenience this may have caused to some of our valued customers.";
        String message = "\"apologize for any inconvenience\" is not an apology; say what you are sorry for and to whom.";
        Map<String, Citation> evidence = FrozenMap.copyOf(Map.of("what-happened", new Citation(7, 1, excerpt),
                "fix", new Citation(9, 1, excerpt), "impact", new Citation(11, 1, excerpt)));
        List<NoticeResult> results = new ArrayList<>(notices);
        for (int i = 0; i < notices; i++) {
            String file = "incidents/" + (2000 + i % 20) + "/notice-" + i + ".md";
            List<Finding> findings = List.of(
                    new Finding("missing-apology", "apology", Level.ERROR, file, 6, 1, message, ""),
                    new Finding("non-apology", null, Level.ERROR, file, 8, 4, message, excerpt),
                    new Finding("vague-impact", null, Level.WARNING, file, 10, 1, message, excerpt),
                    new Finding("blame-shifting", null, Level.ERROR, file, 12, 9, message, excerpt));
            results.add(new NoticeResult(file, Kind.INCIDENT, Stage.RESOLVED, false, false, sharedElements, findings,
                    sharedLevels, evidence));
        }
        return new CheckResult(checklist.name(), results, 1234, 0);
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Checklist checklist = ChecklistLoader.defaults();
        CheckResult result = results(checklist, Integer.parseInt(args[1]));
        JsonReport.write(result, "test", out.resolve(JsonReport.FILE_NAME));
        new SarifReport(checklist, "test", "", URI.create("file:///repo/")).write(result, out.resolve(SarifReport.FILE_NAME));
        new JunitReport("test").write(result, out.resolve(JunitReport.FILE_NAME));
        new HtmlReport(checklist, "test").write(result, out.resolve(HtmlReport.FILE_NAME));
        System.out.println("wrote " + result.notices().size());
    }
}
