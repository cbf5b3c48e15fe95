package io.github.incidentnotice.plugin;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import io.github.incidentnotice.cache.CacheKey;
import io.github.incidentnotice.cache.FindingsCache;
import io.github.incidentnotice.engine.ChecklistSource;
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

    /** Starts loading the project's cache, which overlaps listing the notices; a future of null when {@code enabled} is false. */
    static Future<FindingsCache> load(boolean enabled, MavenProject project, Path teamChecklist, Charset charset,
            Set<String> skipped, Log log) {
        if (!enabled) {
            return CompletableFuture.completedFuture(null);
        }
        Path file = Path.of(project.getBuild().getDirectory(), "incident-notice", FindingsCache.FILE_NAME);
        return FindingsCache.loadInBackground(file, () -> CacheKey.of(ToolInfo.version(), teamChecklist, charset, skipped),
                log::debug);
    }

    /** The cache a run has waited for already (see {@link io.github.incidentnotice.engine.CheckEngine#runWithCache}). */
    static FindingsCache loaded(Future<FindingsCache> loading) {
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
    static Supplier<Checklist> described(ChecklistSource source, FindingsCache cache) {
        return () -> {
            Checklist outline = source.isLoaded() || cache == null ? null : cache.checklistOutline();
            return outline != null ? outline : source.get();
        };
    }
}
