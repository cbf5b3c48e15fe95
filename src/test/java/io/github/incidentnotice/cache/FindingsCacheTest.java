package io.github.incidentnotice.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.github.incidentnotice.bench.NoticeGenerator;
import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.engine.CheckRequest;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.report.ConsoleFormatter;
import io.github.incidentnotice.report.JsonReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsCacheTest {

    private static final String KEY = "k1";

    @TempDir
    Path project;

    private Path incidents;
    private Path cacheFile;
    private final CheckEngine engine = new CheckEngine(ChecklistLoader.defaults());
    private final List<String> debug = new ArrayList<>();

    @BeforeEach
    void notices() throws IOException {
        incidents = project.resolve("incidents");
        new NoticeGenerator(7).write(incidents, 40);
        // bytes that do not decode give the same read-error every time, so they are cached like any notice
        Files.write(incidents.resolve("binary.md"), new byte[] {'-', '-', '-', 0, 1, 2});
        Files.write(incidents.resolve("latin1.md"), "---\ntitle: Caf\u00e9\n---\nWe are sorry.\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        cacheFile = project.resolve("target/incident-notice/" + FindingsCache.FILE_NAME);
    }

    private CheckResult run(FindingsCache cache) throws IOException {
        CheckResult result = engine.run(CheckRequest.of(project, incidents), cache, 2);
        if (cache != null) {
            cache.save();
        }
        return result;
    }

    private static Object reported(CheckResult result) throws IOException {
        List<String> console = new ArrayList<>();
        result.notices().forEach(n -> n.findings().forEach((Finding f) -> console.add(ConsoleFormatter.line(f))));
        return List.of(JsonReport.toMap(result, "test").get("notices"), console);
    }

    @Test
    void unchangedNoticesComeFromTheCacheWithIdenticalReports() throws IOException {
        CheckResult plain = run(null);
        CheckResult first = run(FindingsCache.load(cacheFile, KEY, debug::add));
        CheckResult second = run(FindingsCache.load(cacheFile, KEY, debug::add));

        assertEquals(42, plain.notices().size());
        assertEquals(0, first.fromCache());
        assertEquals(42, second.fromCache(), "every notice comes from the cache");
        assertEquals(reported(plain), reported(first));
        assertEquals(reported(plain), reported(second));
        assertEquals(plain.errors(), second.errors());
        assertTrue(plain.notices().stream().anyMatch(n -> n.findings().stream()
                .anyMatch(f -> f.rule().equals(CheckEngine.READ_ERROR))), "the fixtures include unreadable notices");
        assertTrue(ConsoleFormatter.summary(second).contains(", 42 from cache ("), ConsoleFormatter.summary(second));
    }

    @Test
    void aChangedNoticeIsCheckedAgainAndADeletedOneDropsOut() throws IOException {
        run(FindingsCache.load(cacheFile, KEY, debug::add));
        Path changed = incidents.resolve("2020/01/notice-00000.md");
        Files.writeString(changed, Files.readString(changed) + "\nTODO: add the timeline.\n");
        Files.delete(incidents.resolve("2021/02/notice-00001.md"));

        FindingsCache cache = FindingsCache.load(cacheFile, KEY, debug::add);
        CheckResult result = run(cache);

        assertEquals(42, cache.loadedSize());
        assertEquals(40, result.fromCache());
        assertEquals(reported(run(null)), reported(result));
        assertTrue(result.notices().stream().filter(n -> n.file().equals("incidents/2020/01/notice-00000.md"))
                .flatMap(n -> n.findings().stream()).anyMatch(f -> f.rule().equals("placeholder")
                        && f.excerpt().equals("TODO")), "the edited notice is checked again");
        assertEquals(41, FindingsCache.load(cacheFile, KEY, debug::add).loadedSize());
    }

    /** Sets every notice's modification time an hour back, as for notices committed long ago. */
    private void settle() throws IOException {
        try (var files = Files.walk(incidents)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
            }
        }
    }

    /** Writes {@code text} over a notice of the same length and gives it back the modification time it had. */
    private static void replaceKeepingSizeAndTime(Path file, String text) throws IOException {
        FileTime time = Files.getLastModifiedTime(file);
        String old = Files.readString(file);
        assertEquals(old.length(), text.length());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, time);
    }

    private static String sameLengthEdit(String text) {
        return text.replaceFirst("We ", "WE ");
    }

    @Test
    void aFileWhoseSizeAndTimeAreUnchangedIsNotReadAgain() throws IOException {
        settle();
        run(FindingsCache.load(cacheFile, KEY, debug::add));
        Path notice = incidents.resolve("2020/01/notice-00000.md");
        String text = Files.readString(notice);
        assertNotEquals(text, sameLengthEdit(text));
        // as with git's index: an edit that keeps the size and the time is not seen, which shows the file is not read
        replaceKeepingSizeAndTime(notice, sameLengthEdit(text));

        CheckResult result = run(FindingsCache.load(cacheFile, KEY, debug::add));

        assertEquals(42, result.fromCache());
    }

    @Test
    void aFileWithANewModificationTimeIsHashedAgain() throws IOException {
        settle();
        run(FindingsCache.load(cacheFile, KEY, debug::add));
        Path notice = incidents.resolve("2020/01/notice-00000.md");
        replaceKeepingSizeAndTime(notice, sameLengthEdit(Files.readString(notice)));
        Files.setLastModifiedTime(notice, FileTime.from(Files.getLastModifiedTime(notice).toInstant().plusSeconds(1)));

        CheckResult result = run(FindingsCache.load(cacheFile, KEY, debug::add));

        assertEquals(41, result.fromCache());
        assertEquals(reported(run(null)), reported(result));
        // a touched file with the same bytes comes from the cache again, by its hash, and keeps its new stamp
        Path untouched = incidents.resolve("2021/02/notice-00001.md");
        Files.setLastModifiedTime(untouched, FileTime.from(Files.getLastModifiedTime(untouched).toInstant().plusSeconds(1)));
        assertEquals(42, run(FindingsCache.load(cacheFile, KEY, debug::add)).fromCache());
    }

    @Test
    void aFileModifiedJustBeforeItWasReadKeepsNoStamp() throws IOException {
        // the fixtures were just written: their times are too recent to tell a later same-size edit apart
        run(FindingsCache.load(cacheFile, KEY, debug::add));
        Path notice = incidents.resolve("2020/01/notice-00000.md");
        replaceKeepingSizeAndTime(notice, sameLengthEdit(Files.readString(notice)));

        CheckResult result = run(FindingsCache.load(cacheFile, KEY, debug::add));

        assertEquals(41, result.fromCache(), "the edited notice is read, hashed and checked again");
        assertEquals(reported(run(null)), reported(result));
    }

    @Test
    void aCacheLoadedInTheBackgroundServesTheRunThatListsTheNotices() throws Exception {
        run(FindingsCache.load(cacheFile, KEY, debug::add));
        var loading = FindingsCache.loadInBackground(cacheFile, () -> KEY, debug::add);

        CheckResult result = engine.runWithCache(CheckRequest.of(project, incidents), loading, 2);

        assertEquals(42, result.fromCache());
        assertEquals(42, loading.get().loadedSize());
        assertEquals(reported(run(null)), reported(result));
    }

    @Test
    void aRunWithTheCacheFileHandsBackTheCacheItUsedAndTheNextRunIsServedFromIt() throws IOException {
        CheckEngine.CachedRun first = engine.runWithCacheFile(CheckRequest.of(project, incidents), cacheFile, () -> KEY,
                debug::add, 2, CheckEngine.CacheUse.READ_AND_SAVE);
        assertEquals(0, first.result().fromCache());

        CheckEngine.CachedRun second = engine.runWithCacheFile(CheckRequest.of(project, incidents), cacheFile, () -> KEY,
                debug::add, 2, CheckEngine.CacheUse.READ_ONLY);

        assertEquals(42, second.result().fromCache());
        assertEquals(42, second.cache().loadedSize());
        assertEquals(reported(first.result()), reported(second.result()));
    }

    @Test
    void aOneNoticeRunNeitherReadsTheCacheFileNorHandsBackACache() throws IOException {
        run(FindingsCache.load(cacheFile, KEY, debug::add));
        debug.clear();
        Path notice = incidents.resolve("2020/01/notice-00000.md");
        CheckRequest one = new CheckRequest(project, incidents, CheckRequest.DEFAULT_INCLUDES, List.of(), notice,
                StandardCharsets.UTF_8);

        CheckEngine.CachedRun run = engine.runWithCacheFile(one, cacheFile, () -> {
            throw new AssertionError("the cache's key was worked out for one notice");
        }, debug::add, 2, CheckEngine.CacheUse.READ_AND_SAVE);

        assertEquals(io.github.incidentnotice.engine.NoticeCache.none(), run.cache());
        assertEquals(1, run.result().notices().size());
        assertEquals(0, run.result().fromCache());
        assertEquals(List.of(), debug);
    }

    @Test
    void aKeyThatCannotBeWorkedOutMeansNoCacheAndADebugLine() throws Exception {
        var loading = FindingsCache.loadInBackground(cacheFile, () -> {
            throw new IOException("team checklist unreadable");
        }, debug::add);

        CheckResult result = engine.runWithCache(CheckRequest.of(project, incidents), loading, 2);

        assertEquals(null, loading.get());
        assertEquals(0, result.fromCache());
        assertEquals(42, result.notices().size());
        assertEquals(List.of("Not using the findings cache: java.io.IOException: team checklist unreadable"), debug);
    }

    @Test
    void aCacheForAnotherKeyIsIgnored() throws IOException {
        run(FindingsCache.load(cacheFile, KEY, debug::add));
        debug.clear();
        CheckResult result = run(FindingsCache.load(cacheFile, "another", debug::add));
        assertEquals(0, result.fromCache());
        assertEquals(List.of("The findings cache " + cacheFile
                + " was written by another plugin version, checklist or options; every notice is checked."), debug);
    }

    @Test
    void truncatedCorruptOrForeignFilesAreIgnoredWithADebugLine() throws IOException {
        run(FindingsCache.load(cacheFile, KEY, debug::add));
        byte[] good = Files.readAllBytes(cacheFile);
        CheckResult expected = run(null);

        List<byte[]> bad = new ArrayList<>();
        bad.add(Arrays.copyOf(good, good.length / 2));
        bad.add(Arrays.copyOf(good, 5));
        bad.add(new byte[0]);
        byte[] flipped = good.clone();
        flipped[good.length / 3] ^= 0x5A;
        bad.add(flipped);
        bad.add("{\"not\": \"a cache\"}".getBytes(StandardCharsets.UTF_8));
        for (byte[] bytes : bad) {
            Files.write(cacheFile, bytes);
            debug.clear();
            FindingsCache cache = FindingsCache.load(cacheFile, KEY, debug::add);
            assertEquals(0, cache.loadedSize());
            assertEquals(1, debug.size(), debug::toString);
            assertTrue(debug.get(0).startsWith("Ignoring the findings cache " + cacheFile + ": it is truncated or corrupt")
                    || debug.get(0).equals("The findings cache " + cacheFile
                    + " is not a findings cache of this plugin; every notice is checked."), debug.get(0));
            CheckResult result = run(cache);
            assertEquals(0, result.fromCache());
            assertEquals(reported(expected), reported(result));
        }
        // and the run rewrote a good cache
        assertEquals(42, FindingsCache.load(cacheFile, KEY, debug::add).loadedSize());
    }

    @Test
    void noCacheFileYetIsADebugLineToo() {
        FindingsCache cache = FindingsCache.load(cacheFile, KEY, debug::add);
        assertEquals(0, cache.loadedSize());
        assertEquals(List.of("No findings cache at " + cacheFile + " yet; every notice is checked."), debug);
    }

    @Test
    void theKeyFollowsTheChecklistAndTheOptions() throws IOException {
        Path team = project.resolve(".incident-checklist.yml");
        Files.writeString(team, "extends: default\nelements:\n  thanks: off\n");
        String base = CacheKey.of("1.0", null, StandardCharsets.UTF_8, Set.of());
        assertEquals(base, CacheKey.of("1.0", null, StandardCharsets.UTF_8, Set.of()));
        String withTeam = CacheKey.of("1.0", team, StandardCharsets.UTF_8, Set.of());
        assertNotEquals(base, withTeam);
        Files.writeString(team, "extends: default\nelements:\n  apology: off\n");
        assertNotEquals(withTeam, CacheKey.of("1.0", team, StandardCharsets.UTF_8, Set.of()));
        assertNotEquals(base, CacheKey.of("1.1", null, StandardCharsets.UTF_8, Set.of()));
        assertNotEquals(base, CacheKey.of("1.0", null, StandardCharsets.ISO_8859_1, Set.of()));
        assertNotEquals(base, CacheKey.of("1.0", null, StandardCharsets.UTF_8, Set.of("missing-thanks")));
        assertEquals(CacheKey.of("1.0", null, StandardCharsets.UTF_8, Set.of("a", "b")),
                CacheKey.of("1.0", null, StandardCharsets.UTF_8, Set.of("b", "a")));
    }
}
