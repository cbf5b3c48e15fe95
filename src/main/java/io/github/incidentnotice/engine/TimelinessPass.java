package io.github.incidentnotice.engine;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.incidentnotice.cache.FileStamp;
import io.github.incidentnotice.limits.Deadline;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.KindStage;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.model.TimelinessSpec;
import io.github.incidentnotice.parse.FrontMatter;
import io.github.incidentnotice.parse.InputProblem;
import io.github.incidentnotice.parse.Notice;
import io.github.incidentnotice.parse.NoticeReader;
import io.github.incidentnotice.rules.FrontMatterRule;
import io.github.incidentnotice.timeliness.FirstPublication;
import io.github.incidentnotice.timeliness.LateAdmissionRule;
import io.github.incidentnotice.timeliness.NoticeTimes;
import io.github.incidentnotice.timeliness.NoticeTimesCache;
import io.github.incidentnotice.timeliness.NoticeTimesReader;
import io.github.incidentnotice.timeliness.TimelinessContext;
import io.github.incidentnotice.timeliness.TimelinessRule;

/**
 * Adds the timeliness findings to a run's results, after the findings cache has served or stored them: a cached
 * result never holds a verdict that depends on the clock or the git history, and every run works these out anew
 * from the notice's dates, {@code now} and git. Only notices for which some timeliness check is on (by kind and
 * stage) are read again for their dates.
 */
final class TimelinessPass {

    private static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::line)
            .thenComparingInt(Finding::column).thenComparing(Finding::rule);
    /** A file that {@code new -Dincident-notice.from} made for a later stage: its first stage was another file. */
    private static final Pattern LATER_STAGE = Pattern.compile("(.+)-(?:resolved|postmortem|completed)(\\.(?:md|markdown|mdx))");

    private TimelinessPass() {
    }

    /** The results with their timeliness findings; the same results when the request has no timeliness inputs. */
    static List<NoticeResult> apply(List<NoticeResult> results, List<NoticeFinder.Found> files, CheckRequest request,
            Checklist checklist, Set<String> skipRules, Duration budget, int threads) throws IOException {
        TimelinessInputs inputs = request.timeliness();
        if (inputs == null || results.isEmpty()) {
            return results;
        }
        if (checklist.timeliness().isEmpty()) {
            return results;
        }
        NoticeReader reader = new NoticeReader(request.encoding());
        NoticeResult[] out = results.toArray(new NoticeResult[0]);
        // the git history is read once, before the workers ask for it
        if (checklist.timeliness(LateAdmissionRule.ID).isPresent() && !skipRules.contains(LateAdmissionRule.ID)
                && !files.isEmpty()) {
            inputs.git().firstPublished(files.get(0).path().toAbsolutePath());
        }
        AtomicInteger next = new AtomicInteger();
        BatchRunner.inParallel(Math.min(threads, Math.max(1, out.length / BatchRunner.FILES_PER_THREAD)), () -> {
            for (int i = next.getAndIncrement(); i < out.length; i = next.getAndIncrement()) {
                out[i] = withTimeliness(out[i], files.get(i), reader, checklist, skipRules, inputs,
                        request.encoding(), budget);
            }
        });
        return Arrays.asList(out);
    }

    private static NoticeResult withTimeliness(NoticeResult r, NoticeFinder.Found file, NoticeReader reader, Checklist checklist,
            Set<String> skipRules, TimelinessInputs inputs, Charset charset, Duration budget) {
        if (r == null || unreadable(r) || applicable(checklist, r, skipRules).isEmpty()) {
            return r;
        }
        try {
            List<Finding> added = Deadline.within(budget, () -> findings(reader, file, r, checklist, skipRules, inputs,
                    charset));
            return added.isEmpty() ? r : merged(r, added);
        } catch (RuntimeException e) {
            // the notice's own check has reported what is wrong with it; timeliness only adds to a readable notice
            inputs.debug().accept(r.file() + ": timeliness not checked (" + e.getClass().getSimpleName() + ")");
            return r;
        }
    }

    private static List<Finding> findings(NoticeReader reader, NoticeFinder.Found found, NoticeResult r,
            Checklist checklist, Set<String> skipRules, TimelinessInputs inputs, Charset charset) {
        Path file = found.path();
        FileStamp stamp = FileStamp.of(found.attributes());
        NoticeTimesCache cache = inputs.timesCache();
        NoticeTimes times = cache == null ? null : cache.get(r.file(), stamp);
        if (times == null) {
            byte[] bytes;
            Notice notice;
            try {
                bytes = NoticeReader.readBytes(file);
                notice = reader.readWithWarnings(bytes, r.file()).notice();
            } catch (IOException | InputProblem e) {
                return List.of();
            }
            if (!notice.frontMatter().usable() || FrontMatter.NONE.equals(notice.frontMatter().format())) {
                // without front matter a notice states no times and no stage of its own; its check has said so already
                return List.of();
            }
            times = NoticeTimesReader.read(notice, new String(bytes, charset));
            if (cache != null) {
                cache.put(r.file(), stamp, times);
            }
        }
        List<TimelinessSpec> specs = applicable(checklist, r, skipRules);
        boolean needsGit = specs.stream().anyMatch(s -> s.id().equals(LateAdmissionRule.ID));
        FirstPublication publication = needsGit ? inputs.git().firstPublished(file.toAbsolutePath())
                : FirstPublication.unknown("not asked");
        return findings(times, r, specs, inputs.now(), publication, laterStage(file), inputs.debug());
    }

    /**
     * The timeliness findings of a notice whose dates are {@code times}, with the result its check gave, for the
     * checks given, at {@code now}; used by each run and by the checklist's examples.
     */
    static List<Finding> findings(NoticeTimes times, NoticeResult r, List<TimelinessSpec> specs, Instant now,
            FirstPublication publication, boolean laterStage, Consumer<String> debug) {
        KindStage ks = new KindStage(r.kind(), r.stage());
        List<Finding> found = new ArrayList<>();
        for (TimelinessRule rule : TimelinessRule.all()) {
            for (TimelinessSpec spec : specs) {
                if (spec.id().equals(rule.id()) && !times.waived().contains(spec.id())) {
                    rule.check(new TimelinessContext(r.file(), ks, times, spec, now, publication, laterStage, debug), found);
                }
            }
        }
        return found;
    }

    /** The checks that are on for this result's kind and stage and not skipped for the run. */
    static List<TimelinessSpec> applicable(Checklist checklist, NoticeResult r, Set<String> skipRules) {
        KindStage ks = new KindStage(r.kind(), r.stage());
        List<TimelinessSpec> on = new ArrayList<>();
        for (TimelinessSpec spec : checklist.timeliness()) {
            if (spec.levelFor(ks) != Level.OFF && !skipRules.contains(spec.id())) {
                on.add(spec);
            }
        }
        return on;
    }

    /** Whether the notice could not be read, or its front matter (where its dates and stage stand) is in error. */
    private static boolean unreadable(NoticeResult r) {
        for (Finding f : r.findings()) {
            if ((f.rule().equals(CheckEngine.READ_ERROR) || f.rule().equals(FrontMatterRule.ID)) && f.level() == Level.ERROR) {
                return true;
            }
        }
        return false;
    }

    /** Whether the file is a later stage made beside an earlier one ({@code x-resolved.md} next to {@code x.md}). */
    static boolean laterStage(Path file) {
        Path name = file.getFileName();
        Matcher m = LATER_STAGE.matcher(name == null ? "" : name.toString());
        if (!m.matches()) {
            return false;
        }
        Path dir = file.toAbsolutePath().getParent();
        for (String earlier : List.of(m.group(1), m.group(1) + "-resolved")) {
            for (String ext : List.of(".md", ".markdown", ".mdx")) {
                Path candidate = dir.resolve(earlier + ext);
                if (!candidate.getFileName().equals(name) && Files.isRegularFile(candidate)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static NoticeResult merged(NoticeResult r, List<Finding> added) {
        List<Finding> all = new ArrayList<>(r.findings());
        all.addAll(added);
        all.sort(ORDER);
        return FindingLimit.apply(r.withFindings(all));
    }
}
