package io.github.incidentnotice.hostile;

import static io.github.incidentnotice.hostile.Fixtures.BAD;
import static io.github.incidentnotice.hostile.Fixtures.GOOD;
import static io.github.incidentnotice.hostile.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.github.incidentnotice.cache.FindingsCache;
import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.engine.CheckRequest;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.NoticeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The findings cache never gives a wrong result: a timeout or a plugin bug's read-error never enters it (issue 20
 * row 1), and a cache file that is a named pipe, a link to a device or huge is not read (row 6).
 */
class CacheTrustTest {

    private static final String KEY = "k";

    @TempDir
    Path project;

    private Path incidents;
    private Path cacheFile;
    private final List<String> debug = new ArrayList<>();

    private void notices() throws IOException {
        incidents = project.resolve("incidents");
        write(incidents, "bad.md", BAD);
        write(incidents, "good.md", GOOD);
        cacheFile = project.resolve("target/incident-notice/" + FindingsCache.FILE_NAME);
    }

    private CheckResult run(CheckEngine engine) throws IOException {
        return engine.runWithCacheFile(CheckRequest.of(project, incidents), cacheFile, () -> KEY, debug::add, 1,
                CheckEngine.CacheUse.READ_AND_SAVE).result();
    }

    private static List<String> findings(CheckResult result) {
        return result.notices().stream().flatMap(n -> n.findings().stream()).map(Finding::toString).toList();
    }

    @Test
    void aTimeoutIsNeverCachedSoTheNextRunGivesTheRealFindings() throws IOException {
        notices();
        // a budget no check can keep, as a run on a loaded machine might meet
        CheckResult slow = run(new CheckEngine(ChecklistLoader.defaults(), Set.of(), Duration.ofNanos(1)));
        for (NoticeResult n : slow.notices()) {
            assertEquals(1, n.findings().size(), n.findings()::toString);
            assertTrue(n.findings().get(0).message().startsWith("checking this notice took longer than 0 ms"),
                    n.findings()::toString);
        }
        assertEquals(0, FindingsCache.load(cacheFile, KEY, debug::add).loadedSize(), "no timeout was kept");

        CheckResult normal = run(new CheckEngine(ChecklistLoader.defaults()));

        assertEquals(0, normal.fromCache());
        assertEquals(findings(new CheckEngine(ChecklistLoader.defaults()).run(CheckRequest.of(project, incidents))),
                findings(normal));
        assertTrue(normal.errors() > 1, "the bad notice's real errors, not one read-error");
        assertEquals(2, run(new CheckEngine(ChecklistLoader.defaults())).fromCache(), "real results are kept as before");
    }

    /** A charset whose decoder fails as a bug in the plugin would: with an unchecked exception. */
    private static final class BrokenCharset extends Charset {
        BrokenCharset() {
            super("x-broken-for-test", new String[0]);
        }

        @Override
        public boolean contains(Charset cs) {
            return false;
        }

        @Override
        public CharsetDecoder newDecoder() {
            throw new IllegalStateException("a bug");
        }

        @Override
        public CharsetEncoder newEncoder() {
            throw new IllegalStateException("a bug");
        }
    }

    @Test
    void aPluginBugsReadErrorIsNeverCached() throws Exception {
        notices();
        CheckEngine engine = new CheckEngine(ChecklistLoader.defaults());
        CheckResult broken = engine.runWithCacheFile(new CheckRequest(project, incidents, null, null, null,
                new BrokenCharset()), cacheFile, () -> KEY, debug::add, 1, CheckEngine.CacheUse.READ_AND_SAVE).result();
        assertTrue(broken.notices().stream().allMatch(n -> n.findings().stream()
                .anyMatch(f -> f.message().contains("this is a bug in the plugin"))), () -> findings(broken).toString());

        CheckResult normal = run(engine);

        assertEquals(0, normal.fromCache());
        assertEquals(findings(engine.run(CheckRequest.of(project, incidents))), findings(normal));
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).start();
            return p.waitFor() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aCacheFileThatIsANamedPipeIsIgnoredNotWaitedFor() throws Exception {
        notices();
        Files.createDirectories(cacheFile.getParent());
        assumeTrue(mkfifo(cacheFile), "mkfifo is available");

        CheckResult result = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> run(new CheckEngine(ChecklistLoader.defaults())));

        assertEquals(2, result.notices().size());
        assertEquals(0, result.fromCache());
        assertTrue(debug.contains("Ignoring the findings cache " + cacheFile + ": it is not a regular file; every notice"
                + " is checked."), debug::toString);
        assertTrue(Files.isRegularFile(cacheFile), "the run's cache replaced the pipe");
    }

    @Test
    void aCacheFileThatLinksToDevZeroIsIgnoredNotRead() throws Exception {
        notices();
        assumeTrue(Files.exists(Path.of("/dev/zero")), "a Unix /dev/zero");
        Files.createDirectories(cacheFile.getParent());
        Files.createSymbolicLink(cacheFile, Path.of("/dev/zero"));

        CheckResult result = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> run(new CheckEngine(ChecklistLoader.defaults())));

        assertEquals(0, result.fromCache());
        assertTrue(debug.contains("Ignoring the findings cache " + cacheFile + ": it is a symbolic link; every notice is"
                + " checked."), debug::toString);
        assertTrue(Files.isRegularFile(cacheFile, java.nio.file.LinkOption.NOFOLLOW_LINKS),
                "the link itself was replaced, /dev/zero untouched");
    }

    @Test
    void aLinkToAGoodCacheFileIsNotFollowedEither() throws Exception {
        notices();
        run(new CheckEngine(ChecklistLoader.defaults()));
        Path elsewhere = project.resolve("elsewhere.bin");
        Files.move(cacheFile, elsewhere);
        Files.createSymbolicLink(cacheFile, elsewhere);

        assertEquals(0, run(new CheckEngine(ChecklistLoader.defaults())).fromCache());
    }

    @Test
    void aHugeCacheFileIsIgnoredWithoutReadingIt() throws Exception {
        notices();
        Files.createDirectories(cacheFile.getParent());
        try (var file = new java.io.RandomAccessFile(cacheFile.toFile(), "rw")) {
            // sparse: no disk, but a size no cache reaches
            file.setLength(300L << 20);
        }

        CheckResult result = run(new CheckEngine(ChecklistLoader.defaults()));

        assertEquals(0, result.fromCache());
        assertTrue(debug.contains("Ignoring the findings cache " + cacheFile + ": it has " + (300L << 20) + " bytes, more"
                + " than the " + (256L << 20) + " a cache may have; every notice is checked."), debug::toString);
    }
}
