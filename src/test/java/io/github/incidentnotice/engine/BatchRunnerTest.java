package io.github.incidentnotice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.github.incidentnotice.bench.NoticeGenerator;
import io.github.incidentnotice.cache.FindingsCache;
import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.NoticeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {

    @TempDir
    Path project;

    private final CheckEngine engine = new CheckEngine(ChecklistLoader.defaults());

    @Test
    void displayNamesAreTheGeneralRulesAnswer() {
        Path base = project.toAbsolutePath();
        List<Path> paths = List.of(base.resolve("incidents/2024/a.md"), base.resolve("incidents/./b.md"),
                base.resolve("incidents/../incidents/c.md"), base.resolve("../elsewhere/d.md"), Path.of("relative/e.md"),
                base, Path.of(base + "-sibling/f.md"));
        List<NoticeFinder.Found> files = paths.stream().map(p -> new NoticeFinder.Found(p, null)).toList();
        assertEquals(paths.stream().map(p -> CheckEngine.displayName(project, p)).toList(),
                List.of(BatchRunner.displayNames(project, files, null)));
        assertEquals("incidents/2024/a.md", BatchRunner.displayNames(project, files, null)[0]);
        assertEquals("incidents/c.md", BatchRunner.displayNames(project, files, null)[2]);
        // walked from a normal root, a file is named by its text; from a root that is not, by the general rule
        List<NoticeFinder.Found> walked = List.of(new NoticeFinder.Found(base.resolve("incidents/2024/a.md"), null));
        assertEquals("incidents/2024/a.md", BatchRunner.displayNames(project, walked, base.resolve("incidents"))[0]);
        List<NoticeFinder.Found> odd = List.of(new NoticeFinder.Found(base.resolve("incidents/../x/b.md"), null));
        assertEquals("x/b.md", BatchRunner.displayNames(project, odd, base.resolve("incidents/.."))[0]);
    }

    @Test
    void parallelResultsAreTheSequentialOnesInPathOrder() throws IOException {
        Path incidents = project.resolve("incidents");
        new NoticeGenerator(11).write(incidents, 150);
        CheckRequest request = CheckRequest.of(project, incidents);

        CheckResult one = engine.run(request, NoticeCache.none(), 1);
        CheckResult four = engine.run(request, NoticeCache.none(), 4);

        List<String> files = one.notices().stream().map(NoticeResult::file).toList();
        assertEquals(files.stream().sorted().toList(), files);
        assertEquals(150, files.size());
        assertEquals(one.notices(), four.notices());
    }

    /**
     * A one-notice run reads only that notice: the directory also holds a named pipe that would block
     * any reader forever, and a findings cache that would be used if it were loaded.
     */
    @Test
    void oneNoticeRunsReadOnlyThatFile() throws Exception {
        Path incidents = project.resolve("incidents");
        new NoticeGenerator(3).write(incidents, 5);
        Path pipe = incidents.resolve("blocking.md");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo is available");
        Path cacheFile = project.resolve("cache.bin");
        Path single = incidents.resolve("2020/01/notice-00000.md");
        FindingsCache cache = FindingsCache.load(cacheFile, "k", m -> { });

        CheckRequest request = new CheckRequest(project, incidents, null, null, single, null);
        CheckResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> engine.run(request, cache, 2));

        assertEquals(List.of("incidents/2020/01/notice-00000.md"),
                result.notices().stream().map(NoticeResult::file).toList());
        assertEquals(0, result.fromCache());
        List<Finding> expected = engine.check("incidents/2020/01/notice-00000.md", Files.readString(single)).findings();
        assertEquals(expected, result.notices().get(0).findings());
    }
}
