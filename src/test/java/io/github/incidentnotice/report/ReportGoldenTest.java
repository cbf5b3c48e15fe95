package io.github.incidentnotice.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.incidentnotice.model.CheckResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares every report on the fixture notices with its golden file in src/test/resources/reports/golden.
 * After an intended change, regenerate them with {@code -Dgolden.update=true} and review the diff. The
 * reports are also left in target/reports-golden for the browser check.
 */
class ReportGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/reports/golden");
    private static final Path OUT = Path.of("target/reports-golden");

    private static CheckResult result;

    @BeforeAll
    static void check() throws IOException {
        result = ReportFixtures.result();
    }

    @Test
    void sarif() throws IOException {
        String sarif = new SarifReport(ReportFixtures.checklist(), ReportFixtures.VERSION, "", URI.create("file:///repo/"))
                .toJson(result);
        compare(SarifReport.FILE_NAME, sarif);
        SarifSchema.assertValid(sarif);
    }

    @Test
    void junit() throws IOException {
        compare(JunitReport.FILE_NAME, new JunitReport(ReportFixtures.VERSION).toXml(result));
    }

    @Test
    void html() throws IOException {
        compare(HtmlReport.FILE_NAME, new HtmlReport(ReportFixtures.checklist(), ReportFixtures.VERSION).toHtml(result));
    }

    @Test
    void json() throws IOException {
        // not compared: the JSON contract has its own tests; the browser check reads its counts
        write(OUT.resolve(JsonReport.FILE_NAME), JsonReport.toJson(result, ReportFixtures.VERSION));
    }

    private static void compare(String name, String actual) throws IOException {
        String text = actual.replace("\r\n", "\n");
        write(OUT.resolve(name), text);
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            write(golden, text);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), text,
                name + " differs from its golden file; if the change is intended, run with -Dgolden.update=true");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
