package io.github.incidentnotice.baseline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.report.ToolInfo;

/**
 * The findings a team accepted: how many times each (notice, rule, fingerprint) occurred when the baseline was
 * written. Keyed without line numbers (see {@link Fingerprint}), so edits that move a finding keep it accepted;
 * the count lets a second finding of the same kind in the same notice through as new.
 */
public final class Baseline {

    /** The format of the file; written as {@code "format"}, so a later one can be told apart. */
    static final int FORMAT = 1;

    /** One kind of accepted finding. */
    public record Key(String notice, String rule, String fingerprint) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::notice).thenComparing(Key::rule)
            .thenComparing(Key::fingerprint);

    private final Map<Key, Integer> counts;

    private Baseline(Map<Key, Integer> counts) {
        TreeMap<Key, Integer> sorted = new TreeMap<>(ORDER);
        sorted.putAll(counts);
        this.counts = sorted;
    }

    /** Only errors and warnings fail a build or are printed; the rest need no accepting. */
    private static boolean counts(Finding f) {
        return f.level() == Level.ERROR || f.level() == Level.WARNING;
    }

    private static Key key(NoticeResult notice, Finding f) {
        return new Key(notice.file(), f.rule(), Fingerprint.of(f));
    }

    /** A baseline of every error and warning of {@code result}. */
    public static Baseline of(CheckResult result) {
        Map<Key, Integer> counts = new HashMap<>();
        for (NoticeResult n : result.notices()) {
            for (Finding f : n.findings()) {
                if (counts(f)) {
                    counts.merge(key(n, f), 1, Integer::sum);
                }
            }
        }
        return new Baseline(counts);
    }

    /** How many findings the baseline accepts in all. */
    public long findings() {
        return counts.values().stream().mapToLong(Integer::longValue).sum();
    }

    /** How many notices have accepted findings. */
    public long notices() {
        return counts.keySet().stream().map(Key::notice).distinct().count();
    }

    /** Each kind of accepted finding and how many times it is accepted, sorted by notice, rule and fingerprint. */
    public Map<Key, Integer> entries() {
        return Collections.unmodifiableMap(counts);
    }

    /**
     * What a run's result is with this baseline.
     *
     * @param result        the result without the findings the baseline accepted, which it keeps aside
     *                      ({@link CheckResult#accepted()})
     * @param acceptedCount how many findings were accepted
     * @param gone          how many accepted findings no longer occur: fixed, or their text edited
     */
    public record Applied(CheckResult result, long acceptedCount, long gone) {
    }

    /**
     * Takes the findings this baseline accepts out of {@code result}: in each notice, for each key, as many as the
     * baseline counts, in the notice's order. Entries of notices the run did not check are not counted as gone unless
     * {@code wholeRun} says every notice was checked (then a notice deleted or renamed leaves its entries gone).
     */
    public Applied apply(CheckResult result, boolean wholeRun) {
        Map<Key, Integer> left = new HashMap<>(counts);
        List<NoticeResult> notices = new ArrayList<>(result.notices().size());
        Map<String, List<Finding>> accepted = new LinkedHashMap<>();
        Set<String> checked = new HashSet<>();
        long acceptedCount = 0;
        for (NoticeResult n : result.notices()) {
            checked.add(n.file());
            List<Finding> kept = new ArrayList<>();
            List<Finding> taken = new ArrayList<>();
            for (Finding f : n.findings()) {
                Key key = counts(f) ? key(n, f) : null;
                Integer remaining = key == null ? null : left.get(key);
                if (remaining != null && remaining > 0) {
                    left.put(key, remaining - 1);
                    taken.add(f);
                } else {
                    kept.add(f);
                }
            }
            if (taken.isEmpty()) {
                notices.add(n);
            } else {
                notices.add(n.withFindings(kept));
                accepted.put(n.file(), List.copyOf(taken));
                acceptedCount += taken.size();
            }
        }
        long gone = 0;
        for (Map.Entry<Key, Integer> e : left.entrySet()) {
            if (wholeRun || checked.contains(e.getKey().notice())) {
                gone += e.getValue();
            }
        }
        return new Applied(result.withAccepted(notices, accepted), acceptedCount, gone);
    }

    /** The file's text: sorted and stable, so that writing the same findings twice gives the same bytes. */
    public String toJson() {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("tool", ToolInfo.NAME);
        file.put("format", FORMAT);
        List<Object> findings = new ArrayList<>();
        for (Map.Entry<Key, Integer> e : counts.entrySet()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("notice", e.getKey().notice());
            entry.put("rule", e.getKey().rule());
            entry.put("fingerprint", e.getKey().fingerprint());
            entry.put("count", e.getValue());
            findings.add(entry);
        }
        file.put("findings", findings);
        // line ends of its own: the default printer's follow the platform, and the committed file must not
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(file) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of strings and numbers are always written", e);
        }
    }

    /** Writes the file, replacing whatever was there. */
    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(), StandardCharsets.UTF_8);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record FileForm(String tool, Integer format, List<EntryForm> findings) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record EntryForm(String notice, String rule, String fingerprint, Integer count) {
    }

    /**
     * Reads a baseline file as {@link #write} writes it.
     *
     * @param shown how messages name the file (relative to the project)
     * @throws InvalidBaseline when it is not one, with one line naming the file, the line when known, and the fix
     */
    public static Baseline read(Path file, String shown) throws InvalidBaseline, IOException {
        FileForm form;
        try {
            form = new ObjectMapper().readValue(file.toFile(), FileForm.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at != null && at.getLineNr() > 0 ? ":" + at.getLineNr() : "";
            String what = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw invalid(shown + where, what.length() > 200 ? what.substring(0, 199) + "\u2026" : what);
        }
        if (form == null || form.findings() == null) {
            throw invalid(shown, "it has no \"findings\" list");
        }
        if (form.format() != null && form.format() != FORMAT) {
            throw invalid(shown, "its format is " + form.format() + ", this plugin reads format " + FORMAT);
        }
        Map<Key, Integer> counts = new HashMap<>();
        int index = 0;
        for (EntryForm entry : form.findings()) {
            index++;
            if (entry == null || blank(entry.notice()) || blank(entry.rule()) || entry.fingerprint() == null
                    || entry.count() == null || entry.count() < 1) {
                throw invalid(shown, "finding " + index + " needs a notice, a rule, a fingerprint and a count of 1"
                        + " or more");
            }
            counts.merge(new Key(entry.notice(), entry.rule(), entry.fingerprint()), entry.count(), Integer::sum);
        }
        return new Baseline(counts);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static InvalidBaseline invalid(String where, String what) {
        return new InvalidBaseline("The baseline " + where + " is not valid" + (what.isBlank() ? "" : ": " + what)
                + "; fix it, or write it again with mvn incident-notice:baseline.");
    }
}
