package io.github.incidentnotice.engine;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import io.github.incidentnotice.limits.Deadline;
import io.github.incidentnotice.limits.RunBudget;
import io.github.incidentnotice.cache.FindingsCache;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Citation;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.DefectSpec;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.ElementState;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.KindStage;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.match.LiteralPrefilter;
import io.github.incidentnotice.model.NoticeExplanation;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.model.Stage;
import io.github.incidentnotice.parse.Dates;
import io.github.incidentnotice.parse.InputProblem;
import io.github.incidentnotice.parse.Notice;
import io.github.incidentnotice.parse.NoticeReader;
import io.github.incidentnotice.rules.DefectRule;
import io.github.incidentnotice.rules.ElementRule;
import io.github.incidentnotice.rules.Explainer;
import io.github.incidentnotice.rules.EmptySectionRule;
import io.github.incidentnotice.rules.PreventionOwnerRule;
import io.github.incidentnotice.rules.FrontMatterRule;
import io.github.incidentnotice.rules.NoticeAnalysis;
import io.github.incidentnotice.rules.NoticeRule;
import io.github.incidentnotice.rules.WaiverRule;

/**
 * The checking engine: it takes paths and a checklist and returns findings. It knows nothing of
 * Maven. A notice that cannot be read is a {@code read-error} finding, never an exception, so every
 * other notice is still checked.
 */
public final class CheckEngine {

    /** The rule id of a notice that could not be read. */
    public static final String READ_ERROR = "read-error";

    /**
     * Wall-clock budget for reading and checking one notice: a real notice takes milliseconds, the
     * largest allowed file a few seconds. Past it the notice gets a {@code read-error} (see {@link Deadline}).
     */
    public static final Duration TIME_PER_NOTICE = Duration.ofSeconds(10);

    private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::line)
            .thenComparingInt(Finding::column).thenComparing(Finding::rule);

    private final ChecklistSource source;
    private final Set<String> skipRules;
    private final Duration timePerNotice;
    /** The clock a run's budgets are read on; null: the checking thread's processor time ({@link Deadline#now()}). */
    private final LongSupplier clock;
    /** Built from the checklist the first time a notice is checked (see {@link #prepare()}). */
    private volatile List<NoticeRule> rules;

    public CheckEngine(Checklist checklist) {
        this(checklist, Set.of());
    }

    /** An engine that never runs the rules whose ids are in {@code skipRules}. */
    public CheckEngine(Checklist checklist, Set<String> skipRules) {
        this(checklist, skipRules, TIME_PER_NOTICE);
    }

    /** An engine with another time budget per notice than {@link #TIME_PER_NOTICE} (tests use a short one). */
    public CheckEngine(Checklist checklist, Set<String> skipRules, Duration timePerNotice) {
        this(ChecklistSource.of(checklist), skipRules, timePerNotice);
    }

    /**
     * An engine that loads its checklist only when a notice has to be checked: when every notice of a
     * run comes from the findings cache, {@code source} is never loaded.
     */
    public CheckEngine(ChecklistSource source, Set<String> skipRules) {
        this(source, skipRules, TIME_PER_NOTICE);
    }

    /** An engine with a lazily loaded checklist and another time budget per notice. */
    public CheckEngine(ChecklistSource source, Set<String> skipRules, Duration timePerNotice) {
        this(source, skipRules, timePerNotice, null);
    }

    private CheckEngine(ChecklistSource source, Set<String> skipRules, Duration timePerNotice, LongSupplier clock) {
        this.source = source;
        this.timePerNotice = timePerNotice;
        this.skipRules = Set.copyOf(skipRules);
        this.clock = clock;
    }

    /**
     * The same engine with its runs' budgets read on {@code clock} (see {@link RunBudget#RunBudget(Duration,
     * LongSupplier)}): tests give one that ticks per reading, so where a run stops does not depend on the machine.
     */
    CheckEngine withClock(LongSupplier clock) {
        return new CheckEngine(source, skipRules, timePerNotice, clock);
    }

    /** A new budget for one run of {@code request}. */
    private RunBudget budget(CheckRequest request) {
        return clock == null ? new RunBudget(request.timeLimit()) : new RunBudget(request.timeLimit(), clock);
    }

    /** The checklist, loaded now if it was not yet. */
    public Checklist checklist() {
        return source.get();
    }

    /**
     * Loads the checklist and builds the rules, unless done already. A run calls it, on a thread of its own,
     * once some notice is not served by the cache; a checklist that fails to load fails the run with the
     * loader's exception, not inside one notice's check.
     */
    void prepare() {
        rules();
    }

    /** Whether {@link #prepare} has run to its end. */
    boolean prepared() {
        return rules != null;
    }

    private List<NoticeRule> rules() {
        List<NoticeRule> r = rules;
        if (r == null) {
            synchronized (this) {
                r = rules;
                if (r == null) {
                    r = buildRules(source.get(), skipRules);
                    // the checklist's prefilters are all made now: their table is built here, not by the first scan
                    LiteralPrefilter.prepareIndex();
                    rules = r;
                }
            }
        }
        return r;
    }

    private static List<NoticeRule> buildRules(Checklist checklist, Set<String> skipRules) {
        return allRules(checklist).stream().filter(r -> !skipRules.contains(r.id())).toList();
    }

    /** Every rule the checklist makes, none skipped (a test checks that each rule id comes from one class). */
    static List<NoticeRule> allRules(Checklist checklist) {
        List<NoticeRule> all = new ArrayList<>();
        all.add(new FrontMatterRule());
        all.add(new WaiverRule());
        for (ElementSpec e : checklist.elements()) {
            all.add(new ElementRule(e));
        }
        for (DefectSpec d : checklist.defects()) {
            all.add(new DefectRule(d));
        }
        checklist.defect("placeholder").ifPresent(p -> all.add(new EmptySectionRule(p)));
        checklist.element("prevention").ifPresent(p -> all.add(new PreventionOwnerRule(p, checklist.marker("owner-or-date"))));
        return all;
    }

    /**
     * Runs a whole request: finds the notices and checks each, in path order.
     *
     * @throws TimeLimitSpent when the request's time limit was spent before every notice was checked (so with
     *                        every other {@code run} method)
     */
    public CheckResult run(CheckRequest request) throws IOException {
        return run(request, NoticeCache.none(), BatchRunner.defaultThreads());
    }

    /**
     * Runs a whole request, reusing the results of unchanged notices from {@code cache} (null: no
     * cache) and checking the others on up to {@code threads} threads; results are in path order.
     * A one-notice request never uses the cache, so it reads only that notice. The caller saves the cache.
     */
    public CheckResult run(CheckRequest request, FindingsCache cache, int threads) throws IOException {
        return run(request, NoticeCache.of(cache), threads);
    }

    /** The same with the cache as the engine uses it ({@link NoticeCache#none()} for none). */
    public CheckResult run(CheckRequest request, NoticeCache cache, int threads) throws IOException {
        NoticeCache given = cache == null ? NoticeCache.none() : cache;
        return runWithCache(request, () -> given, threads);
    }

    /**
     * The same with a cache still loading (see {@link FindingsCache#loadInBackground}): the notices are
     * listed meanwhile, and the run waits for it only then. A future that gives null means no cache.
     */
    public CheckResult runWithCache(CheckRequest request, Future<FindingsCache> loadingCache, int threads)
            throws IOException {
        return runWithCache(request, () -> NoticeCache.of(BatchRunner.join(loadingCache, "loading the findings cache")),
                threads);
    }

    /** Gives the cache once it has loaded. */
    @FunctionalInterface
    private interface CacheWait {
        NoticeCache await() throws IOException;
    }

    /**
     * The same with a cache still loading: the notices are listed meanwhile, and the run waits for it only then.
     */
    private CheckResult runWithCache(CheckRequest request, CacheWait loadingCache, int threads) throws IOException {
        long start = System.nanoTime();
        List<NoticeFinder.Found> files;
        if (request.singleNotice() != null) {
            files = List.of(new NoticeFinder.Found(request.singleNotice(), null));
        } else if (request.noticeDirectory() == null || !Files.isDirectory(request.noticeDirectory())) {
            files = List.of();
        } else {
            files = new NoticeFinder(request.includes(), request.excludes()).find(request.noticeDirectory());
        }
        int found = files.size();
        if (request.selection() != null) {
            files = files.stream().filter(f -> request.selection().test(f.path())).toList();
        }
        int leftOut = found - files.size();
        PathGuard guard = request.singleNotice() == null && !files.isEmpty() ? new PathGuard(request.noticeDirectory()) : null;
        // named before waiting for the cache, which may still be loading
        String[] names = BatchRunner.displayNames(request.baseDirectory(), files,
                request.singleNotice() == null ? request.noticeDirectory() : null);
        NoticeCache cache = request.singleNotice() == null
                ? loadingCache.await() : NoticeCache.none();
        BatchRunner batch = new BatchRunner(this, new NoticeReader(request.encoding()), cache, threads, guard,
                budget(request));
        // after the cache has stored what it may: timeliness depends on the clock and git, so it is worked out every run
        List<NoticeResult> checked = batch.check(files, names);
        // a run served wholly from the cache takes the timeliness settings from the cache's outline, as its reports do
        Checklist outline = cache == null || source.isLoaded() ? null : cache.checklistOutline();
        List<NoticeResult> results = request.timeliness() == null || checked.isEmpty() ? checked
                : TimelinessPass.apply(checked, files, request, outline != null ? outline : checklist(), skipRules,
                        timePerNotice, threads);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new CheckResult(source.name(), results, millis, batch.fromCache(), leftOut, Map.of());
    }

    /**
     * A run's result and the findings cache it used ({@link NoticeCache#none()} when none), whose outline
     * reports may read when the checklist was not loaded.
     */
    public record CachedRun(CheckResult result, NoticeCache cache) {
    }

    /** Whether a run with the findings cache file writes it back ({@code check}) or only reads it ({@code report}). */
    public enum CacheUse {
        READ_AND_SAVE, READ_ONLY
    }

    /**
     * Runs a request with the findings cache kept in {@code cacheFile} (null: no cache), as the goals run it: the
     * file is read and keyed on a thread of its own while the notices are listed (see
     * {@link FindingsCache#loadInBackground}), and with {@link CacheUse#READ_AND_SAVE} written back after the run
     * ({@code debug} is told when that fails: the cache only saves time). A one-notice request neither reads nor
     * writes the file: loading it would cost more than checking the notice.
     */
    public CachedRun runWithCacheFile(CheckRequest request, Path cacheFile, FindingsCache.KeySource key,
            Consumer<String> debug, int threads, CacheUse use) throws IOException {
        if (cacheFile == null || request.singleNotice() != null) {
            return new CachedRun(run(request, NoticeCache.none(), threads), NoticeCache.none());
        }
        Future<FindingsCache> loading = FindingsCache.loadInBackground(cacheFile, key, debug);
        CheckResult result = runWithCache(request, loading, threads);
        // the run has waited for it already
        NoticeCache cache = NoticeCache.of(BatchRunner.join(loading, "loading the findings cache"));
        if (use == CacheUse.READ_AND_SAVE) {
            save(cache, debug);
        }
        return new CachedRun(result, cache);
    }

    private static void save(NoticeCache cache, Consumer<String> debug) {
        try {
            cache.save();
        } catch (IOException e) {
            debug.accept("Cannot write the findings cache: " + e);
        }
    }

    /** The number of threads worth checking notices on here (see {@link #run(CheckRequest, FindingsCache, int)}). */
    public static int defaultThreads() {
        return BatchRunner.defaultThreads();
    }

    /** How findings name a file: relative to the base directory, with '/' separators. */
    public static String displayName(Path base, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path b = base.toAbsolutePath().normalize();
        Path shown = abs.startsWith(b) ? b.relativize(abs) : abs;
        return slashed(shown.toString(), shown.getFileSystem().getSeparator());
    }

    /**
     * A path's text with its file system's separator written '/'. Only that separator is replaced: on Linux a
     * backslash is an ordinary character of a file name ({@code back\\slash.md}), and turning it into '/' would
     * report, and cache, the notice under another file's name.
     */
    public static String slashed(String pathText, String separator) {
        return "/".equals(separator) ? pathText : pathText.replace(separator, "/");
    }

    /**
     * A notice's result, and whether it is lasting: whether the same bytes, checklist and options would give it
     * again. A timeout depends on the machine and a plugin bug on chance, so neither is lasting, and only a
     * lasting result may enter the findings cache (else one slow run would serve its read-error ever after).
     */
    record Checked(NoticeResult result, boolean lasting) {
    }

    /**
     * Checks one file within the time budget; problems reading it become a {@code read-error} finding
     * (a warning when the notice could still be checked, such as a likely wrong encoding).
     */
    public NoticeResult check(NoticeReader reader, Path file, String name) {
        return check(reader, file, name, NO_WAIT, null).result();
    }

    /**
     * The same, calling {@code awaitChecklist} between parsing and checking, within {@code run} (null: none; see
     * {@link #check(NoticeReader, byte[], String, Runnable, RunBudget)}).
     */
    Checked check(NoticeReader reader, Path file, String name, Runnable awaitChecklist, RunBudget run) {
        byte[] bytes;
        try {
            bytes = NoticeReader.readBytes(file);
        } catch (InputProblem p) {
            return new Checked(unreadable(name, Level.ERROR, p.line(), p.column(), p.getMessage()), false);
        } catch (IOException e) {
            // permissions or a vanished file: the next run tries it again
            return new Checked(unreadable(name, Level.ERROR, 1, 1, "cannot read the file: " + describe(e)), false);
        }
        return check(reader, bytes, name, awaitChecklist, run);
    }

    /** Checks a notice given as text, within the time budget (used by tests and tools). */
    public NoticeResult check(String name, String text) {
        return bounded(name, timePerNotice, null, () -> check(NoticeReader.parse(name, text))).result();
    }

    /**
     * Runs one notice's check within what is left of the time budget and the limit on findings. Whatever goes
     * wrong with one notice becomes its finding, so every other notice is still checked; that finding is not
     * {@link Checked#lasting() lasting}. A null result (nothing to report yet) stays null. Within {@code run}
     * (null: none), the budget is at most what is left of the run's, and a notice stopped because the run's is spent
     * gets no result at all: it throws {@link Stopped}.
     */
    private Checked bounded(String name, Duration budget, RunBudget run, Supplier<NoticeResult> work) {
        try {
            NoticeResult result = Deadline.within(budget, run, work);
            return new Checked(result == null ? null : FindingLimit.apply(result), true);
        } catch (Deadline.Exceeded e) {
            if (run != null && run.spent()) {
                // not this notice's fault: whatever it would give is unknown, so it gives nothing
                throw new Stopped();
            }
            return new Checked(unreadable(name, Level.ERROR, 1, 1, "checking this notice took longer than "
                    + timePerNotice.toMillis() + " ms (the limit per notice) and was stopped" + spentOn(e)
                    + "; shorten it, or check the team checklist for a pattern that costs that much"), false);
        } catch (RuntimeException | StackOverflowError e) {
            // a defect of the plugin, not of the notice: say so, without a stack trace in the build log
            return new Checked(unreadable(name, Level.ERROR, 1, 1, "the notice could not be checked ("
                    + e.getClass().getSimpleName() + "); this is a bug in the plugin, please report it with the notice"),
                    false);
        }
    }

    /** A notice's check stopped because its run's time limit was spent; the run then stops (see {@link TimeLimitSpent}). */
    static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    /** What ran when the budget ran out, for the timeout's message. */
    private static String spentOn(Deadline.Exceeded e) {
        String phrase = e.during();
        if (phrase == null) {
            return "";
        }
        return " while matching the phrase '" + (phrase.length() <= 80 ? phrase : phrase.substring(0, 77) + "...") + "'";
    }

    private NoticeResult withReadWarnings(NoticeResult result, List<InputProblem> warnings) {
        if (warnings.isEmpty() || skipRules.contains(READ_ERROR)) {
            return result;
        }
        List<Finding> findings = new ArrayList<>(result.findings());
        for (InputProblem w : warnings) {
            findings.add(new Finding(READ_ERROR, null, Level.WARNING, result.file(), w.line(), w.column(), w.getMessage(), ""));
        }
        findings.sort(ORDER);
        return result.withFindings(findings);
    }

    /**
     * Checks a notice whose bytes are already read (and hashed); problems become a {@code read-error}
     * finding. {@code awaitChecklist} is called once the notice is parsed and before it is checked, outside
     * the time budget: a batch parses its first notices while the checklist is still loading. What the
     * parse took counts against the notice's budget. Both count against {@code run} (null: none), and
     * {@link Stopped} says that the run's time limit was spent meanwhile.
     */
    Checked check(NoticeReader reader, byte[] bytes, String name, Runnable awaitChecklist, RunBudget run) {
        // the notice's own budget is read on the run's clock, so what is left of it and of the run agree
        LongSupplier clock = run == null ? Deadline::now : run::now;
        long start = clock.getAsLong();
        NoticeReader.Read[] read = new NoticeReader.Read[1];
        Checked unreadable = bounded(name, timePerNotice, run, () -> {
            try {
                read[0] = reader.readWithWarnings(bytes, name);
                return null;
            } catch (InputProblem p) {
                // the same bytes give the same problem: lasting
                return unreadable(name, Level.ERROR, p.line(), p.column(), p.getMessage());
            }
        });
        if (read[0] == null) {
            return unreadable;
        }
        Duration left = timePerNotice.minusNanos(clock.getAsLong() - start);
        awaitChecklist.run();
        return bounded(name, left, run, () -> withReadWarnings(check(read[0].notice()), read[0].warnings()));
    }

    private static final Runnable NO_WAIT = () -> { };

    /** Checks a parsed notice. */
    public NoticeResult check(Notice notice) {
        return evaluate(analyze(notice));
    }

    /** The analysis of a notice, with the evidence for each element (used by the corpus harness). */
    public NoticeAnalysis analyze(Notice notice) {
        return new NoticeAnalysis(notice, checklist());
    }

    /**
     * Why the check judges a notice as it does, element by element (the {@code explain} parameter); a notice that
     * cannot be read, or not within the time per notice, is explained by nothing, and its check says why.
     */
    public Optional<NoticeExplanation> explain(NoticeReader reader, Path file, String name) {
        try {
            Notice notice = reader.readWithWarnings(NoticeReader.readBytes(file), name).notice();
            // the same budget as the check: a pattern that would hang the check must not hang its explanation
            return Optional.of(Deadline.within(timePerNotice, () -> Explainer.explain(analyze(notice))));
        } catch (InputProblem | IOException | Deadline.Exceeded e) {
            return Optional.empty();
        }
    }

    /** Runs the rules on an analysed notice. */
    public NoticeResult evaluate(NoticeAnalysis analysis) {
        Notice notice = analysis.notice();
        List<Finding> findings = new ArrayList<>();
        boolean usable = notice.frontMatter().usable();
        for (NoticeRule rule : rules()) {
            if (usable || rule instanceof FrontMatterRule) {
                rule.check(analysis, findings);
            }
        }
        findings.sort(ORDER);
        Map<String, ElementState> elements = new LinkedHashMap<>();
        Map<String, Level> levels = new LinkedHashMap<>();
        KindStage kindStage = analysis.kindStage();
        boolean personalData = analysis.personalData();
        String severity = analysis.severity();
        for (ElementSpec e : checklist().elements()) {
            levels.put(e.id(), usable ? e.levelFor(kindStage, personalData, severity) : Level.OFF);
            ElementState state;
            if (WaiverRule.waives(analysis, e.id())) {
                state = ElementState.WAIVED;
            } else {
                state = usable && analysis.evidence(e).isPresent() ? ElementState.PRESENT : ElementState.ABSENT;
            }
            elements.put(e.id(), state);
        }
        return new NoticeResult(notice.file(), analysis.kind(), analysis.stage(), analysis.inferred(),
                analysis.personalData(), elements, findings, levels, evidence(analysis, elements, findings),
                title(notice), startDate(notice));
    }

    /** The notice's title as reports show it: one line, or null when it has none. */
    private static String title(Notice notice) {
        String title = notice.title() == null ? "" : notice.title().replaceAll("\\s+", " ").strip();
        return title.isEmpty() ? null : Finding.cut(title, 200);
    }

    /** When the incident started, as the front matter's date gives it (an ISO instant), or null. */
    private static String startDate(Notice notice) {
        return Dates.parse(notice.frontMatter().string("date"))
                .map(d -> DateTimeFormatter.ISO_INSTANT.format(d.truncatedTo(ChronoUnit.SECONDS))).orElse(null);
    }

    /**
     * Where the notice states each present element, then where each defect found first stands (a defect found
     * by a rule that kept no sentence, such as an empty section, is cited by its finding).
     */
    private Map<String, Citation> evidence(NoticeAnalysis analysis, Map<String, ElementState> elements,
            List<Finding> findings) {
        Map<String, Citation> evidence = new LinkedHashMap<>();
        for (ElementSpec e : checklist().elements()) {
            if (elements.get(e.id()) == ElementState.PRESENT) {
                analysis.evidence(e).ifPresent(found -> evidence.put(e.id(), found.citation()));
            }
        }
        for (Finding f : findings) {
            if (f.element() == null && !evidence.containsKey(f.rule()) && checklist().defect(f.rule()).isPresent()) {
                evidence.put(f.rule(), analysis.defectCitation(f.rule())
                        .orElseGet(() -> new Citation(f.line(), f.column(), f.excerpt())));
            }
        }
        return evidence;
    }

    NoticeResult unreadable(String name, Level level, int line, int column, String message) {
        return unreadable(name, level, line, column, message, checklist());
    }

    /** The same, with the elements of {@code elementsOf} (the cache's outline of this run's checklist). */
    NoticeResult unreadable(String name, Level level, int line, int column, String message, Checklist elementsOf) {
        Map<String, ElementState> elements = new LinkedHashMap<>();
        for (ElementSpec e : elementsOf.elements()) {
            elements.put(e.id(), ElementState.ABSENT);
        }
        List<Finding> findings = skipRules.contains(READ_ERROR) ? List.of()
                : List.of(new Finding(READ_ERROR, null, level, name, line, column, message, ""));
        return new NoticeResult(name, Kind.INCIDENT, Stage.RESOLVED, true, false, elements, findings);
    }

    static String describe(IOException e) {
        String type = e.getClass().getSimpleName();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.FileSystemLoopException
                || (e.getMessage() != null && e.getMessage().contains("levels of symbolic links"))) {
            return "symbolic link loop";
        }
        return e.getMessage() == null ? type : type + ": " + e.getMessage();
    }

    /** The charset named by a Maven-style encoding parameter, UTF-8 when blank. */
    public static Charset charset(String encoding) {
        return encoding == null || encoding.isBlank() ? java.nio.charset.StandardCharsets.UTF_8 : Charset.forName(encoding);
    }
}
