package io.github.incidentnotice.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.DefectSpec;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.KindStage;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.Origin;
import io.github.incidentnotice.model.TimelinessSpec;
import io.github.incidentnotice.report.ConsoleFormatter;

/**
 * The effective checklist as lines a person reads: every element, defect and timeliness check, its level for each
 * kind and stage, how many headings and phrases it has, and the file and line each setting comes from.
 */
public final class ChecklistDescription {

    private static final int KINDS_AND_STAGES = 6;

    /** Bounds a whole line; a team's description alone gets {@link #TEXT_MAX}, so the origin after it still shows. */
    private static final int LINE_MAX = 4000;
    private static final int TEXT_MAX = 600;

    private ChecklistDescription() {
    }

    /**
     * The description, one console line per entry. Every line is escaped as {@code check} escapes its output: a team
     * checklist may come from anyone, and its text must not forge log lines or drive the terminal.
     */
    public static List<String> lines(Checklist c) {
        return raw(c).stream().map(line -> ConsoleFormatter.safe(line, LINE_MAX)).toList();
    }

    private static List<String> raw(Checklist c) {
        List<String> out = new ArrayList<>();
        out.add("Effective checklist: " + c.name() + " (" + count(c.elements().size(), "element") + ", "
                + count(c.defects().size(), "defect") + "; fingerprint " + ChecklistFingerprint.of(c).substring(0, 12) + ")");
        if (!c.vocabulary().isEmpty()) {
            out.add("vocabulary: " + String.join(", ", c.vocabulary().keySet()));
        }
        if (!c.markers().isEmpty()) {
            out.add("markers: " + c.markers().entrySet().stream().map(e -> e.getKey() + " " + e.getValue().size())
                    .collect(Collectors.joining(", ")) + " phrases");
        }
        for (ElementSpec e : c.elements()) {
            out.add("");
            out.add("element " + e.id() + "  " + where(e.origins().of("element")));
            out.add(row("description", text(e.description()), e.origins().of("description")));
            out.add(row("levels", levels(e), List.of()));
            if (e.onlyWithPersonalData()) {
                out.add(row("applies", "only when the notice says personal-data: true", e.origins().of("personal-data")));
            }
            if (!e.severities().isEmpty() || !e.origins().of("severities").isEmpty()) {
                out.add(row("severities", e.severities().isEmpty() ? "every severity" : String.join(", ", e.severities()),
                        e.origins().of("severities")));
            }
            out.add(row("headings", String.valueOf(e.headings().size()), e.origins().of("headings")));
            out.add(row("phrases", String.valueOf(e.phrases().size()), e.origins().of("phrases")));
            if (!e.ongoingPhrases().isEmpty()) {
                out.add(row("ongoing-phrases", String.valueOf(e.ongoingPhrases().size()),
                        e.origins().of("ongoing-phrases")));
            }
            if (!e.unless().isEmpty()) {
                out.add(row("unless", String.valueOf(e.unless().size()), e.origins().of("unless")));
            }
        }
        for (DefectSpec d : c.defects()) {
            out.add("");
            out.add("defect " + d.id() + "  " + where(d.origins().of("defect")));
            out.add(row("description", text(d.description()), d.origins().of("description")));
            out.add(row("level", d.level() == Level.OFF ? "off" : d.level().id() + " in every kind and stage",
                    d.origins().of("level")));
            out.add(row("phrases", String.valueOf(d.phrases().size()), d.origins().of("phrases")));
            if (!d.alwaysPhrases().isEmpty()) {
                out.add(row("always-phrases", String.valueOf(d.alwaysPhrases().size()), d.origins().of("always-phrases")));
            }
            if (!d.unless().isEmpty()) {
                out.add(row("unless", String.valueOf(d.unless().size()), d.origins().of("unless")));
            }
            if (!d.onlyWhenAbsent().isEmpty()) {
                out.add(row("only when", "the notice has no " + String.join(" and no ", d.onlyWhenAbsent())
                        + (d.excusedOnlyByNumbers() ? " stated with a number" : ""), d.origins().of("only-when-absent")));
            }
        }
        for (TimelinessSpec t : c.timeliness()) {
            out.add("");
            out.add("timeliness " + t.id() + "  " + where(t.origins().of("timeliness")));
            out.add(row("description", text(t.description()), t.origins().of("description")));
            out.add(row("levels", t.levels().isEmpty() ? "off everywhere" : ChecklistWriter.ordered(t.levels()).stream()
                    .map(ks -> ks.id() + ": " + t.levels().get(ks).id()).collect(Collectors.joining(", ")) + "; off elsewhere",
                    List.of()));
            if (t.after() != null) {
                out.add(row("after", t.after().toMinutes() % (24 * 60) == 0 ? t.after().toDays() + " days"
                        : t.after().toMinutes() + " min", t.origins().of("after")));
            }
            if (!t.afterSeverity().isEmpty()) {
                out.add(row("after", t.afterSeverity().entrySet().stream().map(e -> e.getKey() + " "
                        + e.getValue().toMinutes() + " min").collect(Collectors.joining(", ")) + "; other severities not timed",
                        t.origins().of("after")));
            }
        }
        return out;
    }

    /** A team's text cut on its own, so a long one cannot push the file and line it comes from off the line. */
    private static String text(String value) {
        return value == null ? null : ConsoleFormatter.safe(value, TEXT_MAX);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String row(String label, String value, List<Origin> origins) {
        StringBuilder sb = new StringBuilder("  ").append(label);
        sb.append(" ".repeat(Math.max(2, 17 - label.length()))).append(value);
        if (!origins.isEmpty()) {
            sb.append("  ").append(where(origins));
        }
        return sb.toString();
    }

    /** The levels by kind/stage, each group with where it was set, e.g. {@code incident/resolved: error [f:3]; off elsewhere}. */
    private static String levels(ElementSpec e) {
        if (e.levels().isEmpty()) {
            List<Origin> off = e.origins().of("off");
            return "off everywhere" + (off.isEmpty() ? "" : "  " + where(off));
        }
        // kind/stages set in the same file are shown as one group with the lines they were set on
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Map<String, List<Origin>> groupOrigins = new LinkedHashMap<>();
        for (KindStage ks : ChecklistWriter.ordered(e.levels())) {
            List<Origin> from = e.origins().of("level:" + ks.id());
            String file = from.isEmpty() ? "" : from.get(from.size() - 1).file();
            groups.computeIfAbsent(file, k -> new ArrayList<>()).add(ks.id() + ": " + e.levels().get(ks).id());
            groupOrigins.computeIfAbsent(file, k -> new ArrayList<>()).addAll(from);
        }
        List<String> parts = new ArrayList<>();
        groups.forEach((file, list) -> parts.add(String.join(", ", list)
                + (file.isEmpty() ? "" : " " + where(groupOrigins.get(file)))));
        String result = String.join("; ", parts);
        return e.levels().size() < KINDS_AND_STAGES ? result + "; off elsewhere" : result;
    }

    /**
     * Where settings come from, grouped by file with their line range, e.g.
     * {@code [default-checklist.yml:212-218, .incident-checklist.yml:9]}; empty when unknown.
     */
    public static String where(List<Origin> origins) {
        if (origins.isEmpty()) {
            return "";
        }
        Map<String, int[]> byFile = new LinkedHashMap<>();
        for (Origin o : origins) {
            int[] range = byFile.computeIfAbsent(o.file(), f -> new int[] {Integer.MAX_VALUE, 0});
            range[0] = Math.min(range[0], o.line());
            range[1] = Math.max(range[1], o.line());
        }
        List<String> parts = new ArrayList<>();
        byFile.forEach((file, r) -> parts.add(r[1] <= 0 ? file : r[0] == r[1] ? file + ":" + r[0] : file + ":" + r[0] + "-" + r[1]));
        return "[" + String.join(", ", parts) + "]";
    }
}
