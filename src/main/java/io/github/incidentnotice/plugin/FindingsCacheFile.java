package io.github.incidentnotice.plugin;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
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
        Future<FindingsCache> loading = useCache ? FindingsCache.loadInBackground(
                Path.of(project.getBuild().getDirectory(), "incident-notice", FindingsCache.FILE_NAME),
                () -> CacheKey.of(ToolInfo.version(), teamChecklist, request.encoding(), skipped), log::debug)
                : CompletableFuture.completedFuture(null);
        CheckResult result = new CheckEngine(source, skipped).runWithCache(request, loading, CheckEngine.defaultThreads());
        FindingsCache cache = loaded(loading);
        return new Run(result, cache, described(source, cache));
    }

    /** The cache as loaded; the run has waited for it already, unless it checked one notice without it. */
    private static FindingsCache loaded(Future<FindingsCache> loading) {
        try {
            return loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            // loading turns every problem with the file into an empty cache, so this is a bug
            throw new IllegalStateException(e.getCause());
        }
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
