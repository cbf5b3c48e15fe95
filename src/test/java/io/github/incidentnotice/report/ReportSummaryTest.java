package io.github.incidentnotice.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.model.Stage;

class ReportSummaryTest {

    private static NoticeResult notice(String file, int errors, int warnings) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < errors; i++) {
            findings.add(new Finding("missing-apology", "apology", Level.ERROR, file, i + 1, 1, "m", null));
        }
        for (int i = 0; i < warnings; i++) {
            findings.add(new Finding("missing-thanks", "thanks", Level.WARNING, file, i + 1, 1, "m", null));
        }
        return new NoticeResult(file, Kind.INCIDENT, Stage.RESOLVED, false, false, Map.of(), findings);
    }

    @Test
    void worstFirstRanksByErrorsThenWarningsThenFile() {
        CheckResult result = new CheckResult("default", List.of(notice("a.md", 0, 0), notice("b.md", 1, 0),
                notice("c.md", 1, 2), notice("d.md", 0, 3), notice("e.md", 2, 0), notice("f.md", 1, 2)), 0, 0);
        assertEquals(List.of("e.md", "c.md", "f.md", "b.md", "d.md", "a.md"),
                ReportSummary.worstFirst(result).stream().map(NoticeResult::file).toList());
        assertEquals(new ReportSummary(6, 2, 4, 5, 7, 0), ReportSummary.of(result));
    }
}
