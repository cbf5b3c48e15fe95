package io.github.incidentnotice.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Checklist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report is streamed to its file (issue 20 row 11): 30,000 small notices fit a 64 MB heap, where a report
 * built whole in memory (a tree of maps, one StringBuilder for the HTML page) ran out of it; and a file holds
 * exactly the bytes of the report as text, which the golden tests compare.
 */
class StreamedReportsTest {

    private static final int NOTICES = 30_000;

    @TempDir
    Path out;

    @Test
    void thirtyThousandNoticesAreWrittenInA64MegabyteHeap() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx64m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), ReportsUnderSmallHeap.class.getName(), out.toString(),
                Integer.toString(NOTICES)).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the reports are written in time");
        assertEquals(0, p.exitValue(), output);
        assertEquals("wrote " + NOTICES, output.strip());
        for (String name : List.of(JsonReport.FILE_NAME, SarifReport.FILE_NAME, JunitReport.FILE_NAME, HtmlReport.FILE_NAME)) {
            assertTrue(Files.size(out.resolve(name)) > NOTICES * 100L, name + " holds every notice");
        }
        String html = Files.readString(out.resolve(HtmlReport.FILE_NAME));
        assertTrue(html.contains("data-file=\"incidents/2019/notice-29999.md\"") && html.endsWith("</html>\n"));
    }

    @Test
    void aReportFileHoldsTheBytesOfTheReportAsText() throws IOException {
        Checklist checklist = ChecklistLoader.defaults();
        CheckResult result = ReportsUnderSmallHeap.results(checklist, 50);
        SarifReport sarif = new SarifReport(checklist, "test", "", URI.create("file:///repo/"));
        HtmlReport html = new HtmlReport(checklist, "test");
        JsonReport.write(result, "test", out.resolve(JsonReport.FILE_NAME));
        sarif.write(result, out.resolve(SarifReport.FILE_NAME));
        html.write(result, out.resolve(HtmlReport.FILE_NAME));

        assertArrayEquals(JsonReport.toJson(result, "test").getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(out.resolve(JsonReport.FILE_NAME)));
        assertArrayEquals(sarif.toJson(result).getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(out.resolve(SarifReport.FILE_NAME)));
        assertArrayEquals(html.toHtml(result).getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(out.resolve(HtmlReport.FILE_NAME)));
    }
}
