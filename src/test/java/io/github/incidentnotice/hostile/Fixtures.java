package io.github.incidentnotice.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.NoticeResult;

/** Notices written for these tests (never corpus text) and helpers to assert exact findings. */
final class Fixtures {

    /** A resolved incident notice that passes the default checklist. */
    static final String GOOD = """
            ---
            title: Search was down for EU customers
            date: 2026-02-11T08:05:00Z
            status: resolved
            severity: minor
            resolvedWhen: 2026-02-11T09:20:00Z
            ---
            We are sorry: for over an hour many of you in Europe could not search the catalogue.
            A configuration change we deployed at 08:00 UTC removed the EU search index from the cluster.

            From 08:05 to 09:20 UTC about 40% of EU search requests failed.

            You do not need to do anything: saved searches were kept.

            We rolled back the change at 09:10 UTC and rebuilt the EU search cache.

            By 25 February the search team will add a canary stage that stops a faulty index before it ships.

            Thank you for your patience.
            """;

    /** A notice with three defects at known lines and columns (and missing elements at line 6). */
    static final String BAD = """
            ---
            title: Login errors
            date: 2026-03-10T14:00:00Z
            status: resolved
            ---
            Some users may have experienced issues logging in this afternoon.

            The problem was caused by an outage at our identity provider and was beyond our control.

            Service is back to normal. We apologize for any inconvenience.
            """;

    private Fixtures() {
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    /** The findings of one rule. */
    static List<Finding> of(NoticeResult result, String rule) {
        return result.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** Asserts that the result has exactly one finding of {@code rule}, and what it says and where. */
    static Finding only(NoticeResult result, String rule, String level, int line, int column, String message) {
        List<Finding> found = of(result, rule);
        assertEquals(1, found.size(), () -> "one " + rule + " finding expected in " + result.findings());
        Finding f = found.get(0);
        assertEquals(level + " " + line + ":" + column + " " + message,
                f.level().id() + " " + f.line() + ":" + f.column() + " " + f.message());
        return f;
    }

    /** (rule, line, column) of every finding, to compare outcomes that must be the same. */
    static List<String> positions(NoticeResult result) {
        return result.findings().stream().map(f -> f.rule() + "@" + f.line() + ":" + f.column()).toList();
    }
}
