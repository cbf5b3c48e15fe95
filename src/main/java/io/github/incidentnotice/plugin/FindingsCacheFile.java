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
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.report.ToolInfo;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * The findings cache as the {@code check} and {@code report} goals share it: one file in
 * {@code target/incident-notice/}, so that {@code mvn verify site} checks each notice once.
 */
final class FindingsCacheFile {

    private FindingsCacheFile() {
    }

    /** A run's results, the cache it used (null: none) and what reports read of the checklist. */
    record Run(CheckResult result, FindingsCache cache, Supplier<Checklist> described) {
    }

    /**
     * Checks a request as both goals do: the project's cache (when {@code useCache}) loads on a thread of its
     * own while the notices are listed, and the checklist is parsed only if some notice is not in the cache.
     */
    static Run check(CheckRequest request, ChecklistSource source, Set<String> skipped, boolean useCache,
            MavenProject project, Path teamChecklist, Log log) throws IOException {
        Path file = useCache ? Path.of(project.getBuild().getDirectory(), "incident-notice", FindingsCache.FILE_NAME) : null;
        CheckEngine.CachedRun run = new CheckEngine(source, skipped).runWithCacheFile(request, file,
                () -> CacheKey.of(ToolInfo.version(), teamChecklist, request.encoding(), skipped), log::debug,
                CheckEngine.defaultThreads());
        return new Run(run.result(), run.cache(), described(source, run.cache()));
    }

    /** Saves the cache; it only saves time, so a build never fails for it. */
    static void save(FindingsCache cache, Log log) {
        if (cache == null) {
            return;
        }
        try {
            cache.save();
        } catch (IOException e) {
            log.debug("Cannot write the findings cache: " + e);
        }
    }

    /** What reports and messages read of the checklist: the cache's outline when the checklist was not parsed. */
    private static Supplier<Checklist> described(ChecklistSource source, FindingsCache cache) {
        return () -> {
            Checklist outline = source.isLoaded() || cache == null ? null : cache.checklistOutline();
            return outline != null ? outline : source.get();
        };
    }
}
