package io.github.incidentnotice.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

import io.github.incidentnotice.cache.CacheKey;
import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.engine.CheckRequest;
import io.github.incidentnotice.engine.ChecklistSource;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.report.ToolInfo;

/**
 * One run of the engine as the benchmark measures it in a fresh JVM: with the default checklist (loaded
 * only when a notice is not served by the cache), check every notice under a directory (optionally with the findings cache), and print one line:
 * {@code engine <notices> <millis-in-process> <errors> <warnings> <from-cache> <peak-heap-bytes>}; the peak heap
 * only with {@code -Dbench.heap=true} (else 0), since reading it starts the management beans, some 30 ms
 * that are no part of a run.
 * Arguments: the project directory (notices in its {@code incidents/}), the cache file or {@code -},
 * and the number of threads (0: the default).
 */
public final class EngineRun {

    private EngineRun() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Path project = Path.of(args[0]);
        Path cacheFile = args.length > 1 && !args[1].equals("-") ? Path.of(args[1]) : null;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        // as the mojo does: the checklist is loaded only when some notice is not served by the cache
        CheckEngine engine = new CheckEngine(ChecklistSource.lazy(ChecklistLoader.DEFAULT_NAME, ChecklistLoader::defaults),
                Set.of());
        // the cache loads while the notices are listed, through the entry point the goals use
        CheckEngine.CachedRun run = engine.runWithCacheFile(CheckRequest.of(project, project.resolve("incidents")), cacheFile,
                () -> CacheKey.of(ToolInfo.version(), null, StandardCharsets.UTF_8, Set.of()), message -> { },
                threads > 0 ? threads : CheckEngine.defaultThreads(), CheckEngine.CacheUse.READ_AND_SAVE);
        CheckResult result = run.result();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("engine " + result.notices().size() + " " + millis + " " + result.errors() + " "
                + result.warnings() + " " + result.fromCache() + " " + (Boolean.getBoolean("bench.heap") ? peakHeap() : 0));
    }

    /** The sum of the peak usage of the heap's memory pools. */
    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
