package io.github.incidentnotice.plugin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Supplier;

import io.github.incidentnotice.cache.CacheKey;
import io.github.incidentnotice.cache.FindingsCache;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.engine.CheckRequest;
import io.github.incidentnotice.engine.ChecklistSource;
import io.github.incidentnotice.engine.NoticeCache;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.report.ToolInfo;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * The findings cache as the {@code check} and {@code report} goals share it: one file in
 * {@code target/incident-notice/}, so that {@code mvn verify site} checks each notice once. The engine reads,
 * fills and saves it; this only names the file and its key.
 */
final class FindingsCacheFile {

    private FindingsCacheFile() {
    }

    /** A run's results and what reports read of the checklist. */
    record Run(CheckResult result, Supplier<Checklist> described) {
    }

    /**
     * Checks a request as both goals do: the project's cache (when {@code useCache}) loads on a thread of its
     * own while the notices are listed, and the checklist is parsed only if some notice is not in the cache;
     * the engine writes the cache back when {@code use} says so.
     */
    static Run check(CheckRequest request, ChecklistSource source, Set<String> skipped, boolean useCache,
            CheckEngine.CacheUse use, MavenProject project, Path teamChecklist, Log log) throws IOException {
        Path file = useCache ? Path.of(project.getBuild().getDirectory(), "incident-notice", FindingsCache.FILE_NAME) : null;
        CheckEngine.CachedRun run = new CheckEngine(source, skipped).runWithCacheFile(request, file,
                () -> CacheKey.of(ToolInfo.version(), teamChecklist, request.encoding(), skipped), log::debug,
                CheckEngine.defaultThreads(), use);
        return new Run(run.result(), described(source, run.cache()));
    }

    /** What reports and messages read of the checklist: the cache's outline when the checklist was not parsed. */
    private static Supplier<Checklist> described(ChecklistSource source, NoticeCache cache) {
        return () -> {
            Checklist outline = source.isLoaded() ? null : cache.checklistOutline();
            return outline != null ? outline : source.get();
        };
    }
}
