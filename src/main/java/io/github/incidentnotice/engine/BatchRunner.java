package io.github.incidentnotice.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.incidentnotice.cache.ContentHash;
import io.github.incidentnotice.cache.FileStamp;
import io.github.incidentnotice.cache.FindingsCache;
import io.github.incidentnotice.engine.CheckEngine.Checked;
import io.github.incidentnotice.limits.RunBudget;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.parse.InputProblem;
import io.github.incidentnotice.parse.NoticeReader;

/**
 * Checks a list of notice files: first each file is looked up in the cache (by its stamp, else by the
 * hash of its bytes) and its cached result reused; only then, if some file is left, is the checklist
 * loaded (on a thread of its own, while the first of those files are parsed) and each such file parsed
 * and checked. Files are shared out to a few worker threads; results come back in the order of the list, whatever thread checked them. No
 * notice's text outlives its check: only the results are kept. All the checking is within one {@link RunBudget}:
 * once it is spent no further notice is checked, nothing enters the cache, and the run ends in {@link TimeLimitSpent}.
 */
final class BatchRunner {

    /** Fewer files than this per extra thread and starting the thread costs more than it saves. */
    static final int FILES_PER_THREAD = 32;

    /** The same for reading and hashing a file to look it up in the cache, some thirty times cheaper than checking it. */
    static final int LOOKUPS_PER_THREAD = 1000;

    private final CheckEngine engine;
    private final NoticeReader reader;
    private final NoticeCache cache;
    private final int threads;
    private final PathGuard guard;
    private final RunBudget run;
    private final AtomicInteger fromCache = new AtomicInteger();

    /**
     * @param cache {@link NoticeCache#none()} for no cache
     * @param guard null when every file may be read (one notice named by the user)
     * @param run the run's time budget
     */
    BatchRunner(CheckEngine engine, NoticeReader reader, NoticeCache cache, int threads, PathGuard guard,
            RunBudget run) {
        this.engine = engine;
        this.reader = reader;
        this.cache = cache;
        this.threads = Math.max(1, threads);
        this.guard = guard;
        this.run = run;
    }

    /** The threads to use on this machine: one per core, at most four (only 2 cores were measured; see src/site/markdown/performance.md). */
    static int defaultThreads() {
        return Math.min(4, Runtime.getRuntime().availableProcessors());
    }

    int fromCache() {
        return fromCache.get();
    }

    /**
     * Checks the files, named in findings as {@code names} (see {@link #displayNames}), in their order.
     *
     * @throws TimeLimitSpent when the run's budget was spent before every file was checked
     */
    List<NoticeResult> check(List<NoticeFinder.Found> files, String[] names) throws IOException {
        NoticeResult[] results = new NoticeResult[files.size()];
        int[] toCheck = cache.loadedSize() == 0 ? allIndices(results.length)
                : notServedFromCache(files, names, results);
        if (toCheck.length == 0) {
            // an unchanged re-run ends here: the checklist was never loaded
            return Arrays.asList(results);
        }
        // the checklist loads on a thread of its own while the first notices are read and parsed
        FutureTask<Void> loading = new FutureTask<>(engine::prepare, null);
        if (engine.prepared()) {
            loading.run();
        } else {
            Thread loader = new Thread(loading, "incident-notice-checklist");
            loader.setDaemon(true);
            loader.start();
        }
        Runnable awaitChecklist = () -> await(loading);
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stopped = new AtomicBoolean();
        // what enters the cache is kept aside until every notice is checked: a stopped run keeps nothing
        Lasting[] lasting = cache.keeps() ? new Lasting[results.length] : null;
        try {
            inParallel(Math.min(threads, Math.max(1, toCheck.length / FILES_PER_THREAD)), () -> {
                for (int k = next.getAndIncrement(); k < toCheck.length; k = next.getAndIncrement()) {
                    if (stopped.get() || run.spent()) {
                        stopped.set(true);
                        return;
                    }
                    int i = toCheck[k];
                    try {
                        results[i] = checkOne(files.get(i), names[i], awaitChecklist, lasting, i);
                    } catch (CheckEngine.Stopped e) {
                        stopped.set(true);
                        return;
                    }
                }
            });
        } catch (ChecklistFailed e) {
            // reported below, as the loader threw it
        }
        // a checklist that fails to load fails the run as it is, not each notice's check
        join(loading, "loading the checklist");
        if (stopped.get()) {
            throw new TimeLimitSpent(run.limit(), (int) Arrays.stream(results).filter(r -> r != null).count(),
                    results.length, run.used(), run.costliest().orElse(null));
        }
        if (lasting != null) {
            for (int i = 0; i < lasting.length; i++) {
                if (lasting[i] != null) {
                    cache.put(names[i], lasting[i].hash(), lasting[i].stamp(), results[i]);
                }
            }
        }
        cache.rememberChecklist(engine.checklist());
        return Arrays.asList(results);
    }

    /** What a lasting result is cached under: the hash of the bytes checked, and the file's stamp (null: unsettled). */
    private record Lasting(byte[] hash, FileStamp stamp) {
    }

    /**
     * What {@link CheckEngine#displayName} gives for each file, with the base worked out once: a file under the
     * base is named by cutting the base off its path's text when the path is known to be normal, as every path
     * is that a walk from a normal, absolute {@code walkRoot} gave (it appends directory entries, never "." or
     * ".."); null when the files were not walked. The general rule makes two paths absolute and normal per file,
     * which a cold run of an unchanged repository waits for.
     */
    static String[] displayNames(Path base, List<NoticeFinder.Found> files, Path walkRoot) {
        Path b = base.toAbsolutePath().normalize();
        String separator = b.getFileSystem().getSeparator();
        String prefix = b.toString().endsWith(separator) ? b.toString() : b + separator;
        boolean walkedNormal = walkRoot != null && walkRoot.isAbsolute() && walkRoot.normalize().equals(walkRoot);
        String[] names = new String[files.size()];
        for (int i = 0; i < names.length; i++) {
            Path file = files.get(i).path();
            String text = file.toString();
            names[i] = text.startsWith(prefix) && (walkedNormal || file.isAbsolute() && file.normalize().equals(file))
                    ? CheckEngine.slashed(text.substring(prefix.length()), separator)
                    : CheckEngine.displayName(base, file);
        }
        return names;
    }

    /** Why a file is not read, if it is not: links out of the notice directory, loops, unreadable paths. */
    private java.util.Optional<PathGuard.Refusal> refusal(NoticeFinder.Found file) {
        return guard == null ? java.util.Optional.empty() : guard.refusal(file.path(), file.attributes());
    }

    /** Waits for the checklist; a worker stops with {@link ChecklistFailed} when it could not be loaded. */
    private static void await(FutureTask<Void> loading) {
        try {
            loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChecklistFailed();
        } catch (ExecutionException e) {
            throw new ChecklistFailed();
        }
    }

    /** Stops the workers when the checklist did not load; the run then fails with the loader's own exception. */
    private static final class ChecklistFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ChecklistFailed() {
            super(null, null, false, false);
        }
    }

    /**
     * Waits for {@code task}; what it threw is thrown as it is (the engine turns bad input into findings,
     * so anything else is a bug or a broken checklist, and its own message says which).
     */
    static <T> T join(Future<T> task, String doing) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + doing, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static int[] allIndices(int n) {
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        return all;
    }

    /**
     * Fills {@code results} with the cached results of the files whose bytes have not changed, and returns
     * the indices of the others (changed, new or unreadable), in order. This pass needs no checklist: a
     * refused path (a link out of the directory, a loop) gets its finding here, with the elements of the
     * checklist outline the cache holds, so that a repository keeping such a link is still served whole.
     */
    private int[] notServedFromCache(List<NoticeFinder.Found> files, String[] names, NoticeResult[] results)
            throws IOException {
        // first the files whose stamps are unchanged: a map lookup each, cheaper on this thread than starting others
        int[] toHash = new int[results.length];
        int hashing = 0;
        for (int i = 0; i < results.length; i++) {
            NoticeFinder.Found file = files.get(i);
            var refusal = refusal(file);
            if (refusal.isPresent()) {
                Checklist outline = cache.checklistOutline();
                if (outline != null) {
                    results[i] = engine.unreadable(names[i], refusal.get().level(), 1, 1, refusal.get().message(),
                            outline);
                }
                continue;
            }
            results[i] = cache.getUnchanged(names[i], FileStamp.of(file.attributes()));
            if (results[i] != null) {
                fromCache.incrementAndGet();
            } else {
                toHash[hashing++] = i;
            }
        }
        // then the others are read and hashed, on several threads when there are many
        int toRead = hashing;
        AtomicInteger next = new AtomicInteger();
        inParallel(Math.min(threads, Math.max(1, toRead / LOOKUPS_PER_THREAD)), () -> {
            for (int k = next.getAndIncrement(); k < toRead; k = next.getAndIncrement()) {
                int i = toHash[k];
                results[i] = hashed(files.get(i), names[i]);
            }
        });
        int[] missing = new int[results.length];
        int count = 0;
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                missing[count++] = i;
            }
        }
        return Arrays.copyOf(missing, count);
    }

    /** Runs {@code work} on this thread when {@code workers} is 1, else on that many threads until all return. */
    static void inParallel(int workers, Runnable work) throws IOException {
        if (workers <= 1) {
            work.run();
            return;
        }
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
                join(f, "checking notices");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The cached result of a file whose bytes hash as when it was cached, else null (the file is then checked as usual). */
    private NoticeResult hashed(NoticeFinder.Found file, String name) {
        FileStamp stamp = FileStamp.of(file.attributes());
        byte[] bytes;
        try {
            bytes = NoticeReader.readBytes(file.path());
        } catch (InputProblem | IOException e) {
            return null;
        }
        NoticeResult cached = cache.get(name, ContentHash.of(bytes), stamp);
        if (cached != null) {
            fromCache.incrementAndGet();
        }
        return cached;
    }

    /**
     * Checks one file; a lasting result is noted in {@code lasting[i]} (null: no cache) for the cache.
     *
     * @throws CheckEngine.Stopped when the run's budget was spent during the check
     */
    private NoticeResult checkOne(NoticeFinder.Found found, String name, Runnable awaitChecklist, Lasting[] lasting,
            int i) {
        Path file = found.path();
        var refusal = refusal(found);
        if (refusal.isPresent()) {
            return engine.unreadable(name, refusal.get().level(), 1, 1, refusal.get().message());
        }
        if (lasting == null) {
            return engine.check(reader, file, name, awaitChecklist, run).result();
        }
        byte[] bytes;
        try {
            bytes = NoticeReader.readBytes(file);
        } catch (InputProblem | IOException e) {
            // a file that cannot be read (permissions, a vanished file) is not cached: the next run tries it again
            return engine.check(reader, file, name, awaitChecklist, run).result();
        }
        FileStamp stamp = FindingsCache.settled(FileStamp.of(found.attributes()));
        // the lookup pass before has already missed for these bytes (or the cache was empty)
        byte[] hash = ContentHash.of(bytes);
        Checked checked = engine.check(reader, bytes, name, awaitChecklist, run);
        // the one place a result is marked for the cache: a timeout or a bug's read-error would be served ever after
        if (checked.lasting()) {
            lasting[i] = new Lasting(hash, stamp);
        }
        return checked.result();
    }
}
