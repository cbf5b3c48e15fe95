package io.github.incidentnotice.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.incidentnotice.cache.ContentHash;
import io.github.incidentnotice.cache.FindingsCache;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.model.Phrase;
import io.github.incidentnotice.parse.InputProblem;
import io.github.incidentnotice.parse.NoticeReader;

/**
 * Checks a list of notice files: each file's bytes are read and hashed once, its cached result is
 * reused when the hash matches, otherwise it is parsed and checked. Files are shared out to a few
 * worker threads; results come back in the order of the list, whatever thread checked them. No
 * notice's text outlives its check: only the results are kept.
 */
final class BatchRunner {

    /** Fewer files than this per extra thread and starting the thread costs more than it saves. */
    static final int FILES_PER_THREAD = 32;

    private final CheckEngine engine;
    private final NoticeReader reader;
    private final FindingsCache cache;
    private final int threads;
    private final PathGuard guard;
    private final AtomicInteger fromCache = new AtomicInteger();

    /**
     * @param cache null for no cache
     * @param guard null when every file may be read (one notice named by the user)
     */
    BatchRunner(CheckEngine engine, NoticeReader reader, FindingsCache cache, int threads, PathGuard guard) {
        this.engine = engine;
        this.reader = reader;
        this.cache = cache;
        this.threads = Math.max(1, threads);
        this.guard = guard;
    }

    /** The threads to use on this machine: one per core, at most four (only 2 cores were measured; see the README). */
    static int defaultThreads() {
        return Math.min(4, Runtime.getRuntime().availableProcessors());
    }

    int fromCache() {
        return fromCache.get();
    }

    List<NoticeResult> check(List<Path> files, Path base) throws IOException {
        NoticeResult[] results = new NoticeResult[files.size()];
        int workers = Math.min(threads, Math.max(1, files.size() / FILES_PER_THREAD));
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                Path file = files.get(i);
                results[i] = checkOne(file, CheckEngine.displayName(base, file));
                Phrase.forgetFoldedSentences();
            }
        };
        if (workers == 1) {
            work.run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "incident-notice-check");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> running = Arrays.asList(new Future<?>[workers]);
                for (int w = 0; w < workers; w++) {
                    running.set(w, pool.submit(work));
                }
                for (Future<?> f : running) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while checking notices", e);
            } catch (ExecutionException e) {
                // the engine turns bad input into findings, so this is a bug: rethrow it as it is
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            } finally {
                pool.shutdownNow();
            }
        }
        return Arrays.asList(results);
    }

    private NoticeResult checkOne(Path file, String name) {
        // links out of the notice directory, loops and unreadable paths are refused before any byte is read
        var refusal = guard == null ? java.util.Optional.<PathGuard.Refusal>empty() : guard.refusal(file);
        if (refusal.isPresent()) {
            return engine.unreadable(name, refusal.get().level(), 1, 1, refusal.get().message());
        }
        if (cache == null) {
            return engine.check(reader, file, name);
        }
        byte[] bytes;
        try {
            bytes = NoticeReader.readBytes(file);
        } catch (InputProblem | IOException e) {
            // a file that cannot be read (permissions, a vanished file) is not cached: the next run tries it again
            return engine.check(reader, file, name);
        }
        byte[] hash = ContentHash.of(bytes);
        NoticeResult cached = cache.get(name, hash);
        if (cached != null) {
            fromCache.incrementAndGet();
            return cached;
        }
        NoticeResult result = engine.check(reader, bytes, name);
        cache.put(name, hash, result);
        return result;
    }
}
