package io.github.incidentnotice.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import io.github.incidentnotice.cache.CacheKey;
import io.github.incidentnotice.cache.FindingsCache;
import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.engine.CheckRequest;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.report.ToolInfo;

/**
 * Prints everything the engine decides about every notice under the directories given (kind, stage,
 * element states and levels, each finding with line, column and message), one line per item, so that two
 * builds can be compared with {@code diff}: a speed change must leave this output byte for byte the same.
 * {@code java -cp … io.github.incidentnotice.bench.ResultsDump target/bench/n2000/incidents ../shared/corpus}
 * <p>With {@code --cached <dir>} first, each directory is checked once on the default threads to fill a findings
 * cache in {@code <dir>}, and what is printed is a second run served from that cache as reloaded from its file:
 * the same output as without the option proves that the cache's encoding and the parallel path lose nothing.
 */
public final class ResultsDump {

    private ResultsDump() {
    }

    public static void main(String[] args) throws Exception {
        CheckEngine engine = new CheckEngine(ChecklistLoader.defaults());
        Path cacheDir = args.length > 1 && args[0].equals("--cached") ? Path.of(args[1]) : null;
        StringBuilder out = new StringBuilder();
        for (int i = cacheDir == null ? 0 : 2; i < args.length; i++) {
            Path dir = Path.of(args[i]);
            CheckResult result = cacheDir == null ? engine.run(CheckRequest.of(dir, dir), io.github.incidentnotice.engine.NoticeCache.none(), 1)
                    : fromCache(engine, dir, cacheDir.resolve("cache-" + i + ".bin"));
            for (NoticeResult n : result.notices()) {
                out.append(n.file()).append(" kind=").append(n.kind()).append(" stage=").append(n.stage())
                        .append(" inferred=").append(n.inferred()).append(" elements=").append(n.elements())
                        .append(" levels=").append(n.levels()).append('\n');
                for (Finding f : n.findings()) {
                    out.append("  ").append(f).append('\n');
                }
            }
        }
        System.out.print(out);
    }

    /** A run served from a cache file that a first run of the same directory filled and saved. */
    private static CheckResult fromCache(CheckEngine engine, Path dir, Path file) throws Exception {
        String key = CacheKey.of(ToolInfo.version(), null, StandardCharsets.UTF_8, Set.of());
        Files.deleteIfExists(file);
        FindingsCache filling = FindingsCache.load(file, key, message -> { });
        engine.run(CheckRequest.of(dir, dir), filling, CheckEngine.defaultThreads());
        filling.save();
        CheckResult result = engine.run(CheckRequest.of(dir, dir), FindingsCache.load(file, key, System.err::println),
                CheckEngine.defaultThreads());
        System.err.println(dir + ": " + result.fromCache() + " of " + result.notices().size() + " from the cache");
        return result;
    }
}
