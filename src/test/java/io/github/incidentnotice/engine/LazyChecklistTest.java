package io.github.incidentnotice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.incidentnotice.bench.NoticeGenerator;
import io.github.incidentnotice.cache.FindingsCache;
import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Checklist;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine loads its checklist only when some notice is not served by the findings cache, and then once. */
class LazyChecklistTest {

    private static final String KEY = "k1";

    @TempDir
    Path project;

    private Path incidents;
    private Path cacheFile;
    private final AtomicInteger loads = new AtomicInteger();

    @BeforeEach
    void notices() throws IOException {
        incidents = project.resolve("incidents");
        new NoticeGenerator(11).write(incidents, 70);
        cacheFile = project.resolve("target/" + FindingsCache.FILE_NAME);
    }

    private ChecklistSource counting() {
        return ChecklistSource.lazy(ChecklistLoader.DEFAULT_NAME, () -> {
            loads.incrementAndGet();
            return ChecklistLoader.defaults();
        });
    }

    private static ChecklistSource refusing() {
        return ChecklistSource.lazy(ChecklistLoader.DEFAULT_NAME, () -> {
            throw new AssertionError("the checklist was loaded");
        });
    }

    private CheckResult run(ChecklistSource source, boolean cached, int threads) throws IOException {
        FindingsCache cache = cached ? FindingsCache.load(cacheFile, KEY, m -> { }) : null;
        CheckResult result = new CheckEngine(source, Set.of()).run(CheckRequest.of(project, incidents), cache, threads);
        if (cache != null) {
            cache.save();
        }
        return result;
    }

    /** What a result reports, per-element levels included (the cache keeps them). */
    private static List<List<Object>> seen(CheckResult result) {
        return result.notices().stream().map(n -> List.<Object>of(n.file(), n.kind(), n.stage(), n.inferred(),
                n.personalData(), n.elements(), n.findings(), n.levels())).toList();
    }

    @Test
    void aLinkOutOfTheDirectoryDoesNotMakeAnUnchangedRunLoadTheChecklist() throws IOException {
        Path outside = Files.writeString(project.resolve("elsewhere.md"), "---\ntitle: x\n---\nWe are sorry.\n");
        Files.createSymbolicLink(incidents.resolve("linked.md"), outside);
        CheckResult first = run(counting(), true, 1);
        assertEquals(1, loads.get());
        assertTrue(first.notices().stream().anyMatch(n -> n.file().equals("incidents/linked.md")
                && n.findings().get(0).message().contains("outside the notice directory")));

        // the refusal is not cached (it depends on the link, not on bytes), yet needs no checklist: the outline has the elements
        CheckResult again = run(refusing(), true, 1);

        assertEquals(seen(first), seen(again));
        assertEquals(first.notices().size() - 1, again.fromCache());
    }

    @Test
    void anUnchangedRunNeverLoadsTheChecklist() throws IOException {
        CheckResult first = run(counting(), true, 2);
        assertEquals(1, loads.get());
        assertEquals(0, first.fromCache());

        for (int threads : new int[] {1, 2}) {
            ChecklistSource source = refusing();
            CheckResult again = run(source, true, threads);
            assertFalse(source.isLoaded());
            assertEquals(70, again.fromCache());
            assertEquals(seen(first), seen(again));
            assertEquals("default", again.checklistName());
        }
    }

    @Test
    void oneChangedNoticeLoadsTheChecklistOnce() throws IOException {
        CheckResult first = run(counting(), true, 2);
        Path changed = project.resolve(first.notices().get(3).file());
        Files.writeString(changed, Files.readString(changed) + "\nWe apologize for any inconvenience.\n");
        loads.set(0);

        CheckResult result = run(counting(), true, 2);
        assertEquals(1, loads.get());
        assertEquals(69, result.fromCache());
        assertEquals(seen(run(ChecklistSource.of(ChecklistLoader.defaults()), false, 1)), seen(result));
    }

    @Test
    void withoutACacheTheChecklistIsLoadedOnceForAllThreads() throws IOException {
        CheckResult result = run(counting(), false, 4);
        assertEquals(1, loads.get());
        assertEquals(70, result.notices().size());
    }

    @Test
    void aChecklistThatFailsToLoadFailsTheRunNotEachNotice() {
        ChecklistSource broken = ChecklistSource.lazy("team.yml", () -> {
            throw new IllegalArgumentException("broken checklist");
        });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(broken, true, 2));
        assertEquals("broken checklist", e.getMessage());
    }

    @Test
    void noNoticesNoChecklist() throws IOException {
        ChecklistSource source = refusing();
        CheckResult result = new CheckEngine(source, Set.of()).run(CheckRequest.of(project, project.resolve("none")),
                FindingsCache.load(cacheFile, KEY, m -> { }), 2);
        assertEquals(List.of(), result.notices());
        assertFalse(source.isLoaded());
    }

    @Test
    void theSourceLoadsOnceUnderConcurrentUseAndChecksTheName() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ChecklistSource source = ChecklistSource.lazy(ChecklistLoader.DEFAULT_NAME, () -> {
            loads.incrementAndGet();
            return ChecklistLoader.defaults();
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Checklist>> got = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                got.add(pool.submit(() -> {
                    start.await();
                    return source.get();
                }));
            }
            start.countDown();
            for (Future<Checklist> f : got) {
                assertSame(ChecklistLoader.defaults(), f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, loads.get());
        assertTrue(source.isLoaded());

        ChecklistSource misnamed = ChecklistSource.lazy("team.yml", ChecklistLoader::defaults);
        IllegalStateException e = assertThrows(IllegalStateException.class, misnamed::get);
        assertEquals("the checklist loaded as 'default', not 'team.yml'", e.getMessage());
        assertTrue(ChecklistSource.of(ChecklistLoader.defaults()).isLoaded());
    }
}
