package io.github.incidentnotice.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.DefectSpec;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.KindStage;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.Origin;
import io.github.incidentnotice.model.TimelinessSpec;
import io.github.incidentnotice.match.Phrase;
import io.github.incidentnotice.model.Stage;
import io.github.incidentnotice.parse.HiddenCharacters;

/**
 * Writes a checklist as YAML that is itself a complete team checklist ({@code extends: none}):
 * loading it back gives the same rules. Settings are written in a fixed order, so the text without
 * comments is also the canonical form that {@link ChecklistFingerprint} hashes.
 */
public final class ChecklistWriter {

    private ChecklistWriter() {
    }

    /** The checklist as YAML; with {@code comments}, each element and defect says where its settings came from. */
    public static String render(Checklist checklist, boolean comments) {
        StringBuilder out = new StringBuilder();
        if (comments) {
            out.append("# The effective incident-notice checklist '").append(oneLine(checklist.name()))
                    .append("', written by incident-notice:checklist.\n")
                    .append("# A complete team checklist: it does not extend the default, so later changes to the default\n")
                    .append("# checklist do not reach it. Comments say where each setting came from.\n");
        }
        out.append("extends: none\n");
        if (checklist.missingFrontMatter() != io.github.incidentnotice.model.Level.ERROR) {
            out.append("front-matter: {missing: ").append(checklist.missingFrontMatter().id()).append("}\n");
        }
        if (!checklist.vocabulary().isEmpty()) {
            out.append("\nvocabulary:\n");
            checklist.vocabulary().forEach((k, v) -> out.append("  ").append(k).append(": ").append(quote(v)).append('\n'));
        }
        if (!checklist.markers().isEmpty()) {
            out.append("\nmarkers:\n");
            for (String name : checklist.markers().keySet().stream().sorted().toList()) {
                out.append("  ").append(name).append(':');
                phraseList(out, checklist.markers().get(name), "    ");
            }
        }
        out.append("\nelements:");
        if (checklist.elements().isEmpty()) {
            out.append(" {}");
        }
        out.append('\n');
        for (ElementSpec e : checklist.elements()) {
            element(out, e, comments);
        }
        out.append("\ndefects:");
        if (checklist.defects().isEmpty()) {
            out.append(" {}");
        }
        out.append('\n');
        for (DefectSpec d : checklist.defects()) {
            defect(out, d, comments);
        }
        if (!checklist.timeliness().isEmpty()) {
            out.append("\ntimeliness:\n");
            for (TimelinessSpec t : checklist.timeliness()) {
                timeliness(out, t, comments);
            }
        }
        return out.toString();
    }

    private static void timeliness(StringBuilder out, TimelinessSpec t, boolean comments) {
        out.append("  ").append(t.id()).append(':');
        comment(out, comments, t.origins().of("timeliness"));
        out.append('\n');
        out.append("    description: ").append(quote(t.description())).append('\n');
        out.append("    hint: ").append(quote(t.hint() == null ? "" : t.hint())).append('\n');
        List<String> levels = new ArrayList<>();
        for (KindStage ks : ordered(t.levels())) {
            levels.add(ks.id() + ": " + t.levels().get(ks).id());
        }
        out.append("    levels: {").append(String.join(", ", levels)).append("}\n");
        if (t.after() != null) {
            out.append("    after: ").append(duration(t.after())).append('\n');
        }
        if (!t.afterSeverity().isEmpty()) {
            out.append("    after: {").append(t.afterSeverity().entrySet().stream()
                    .map(e -> quote(e.getKey()) + ": " + duration(e.getValue())).collect(Collectors.joining(", ")))
                    .append("}\n");
        }
    }

    /** A duration as a team writes it in the checklist: 14d, 1h, 90m. */
    private static String duration(java.time.Duration d) {
        long minutes = d.toMinutes();
        if (minutes % (24 * 60) == 0) {
            return minutes / (24 * 60) + "d";
        }
        return minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
    }

    private static void element(StringBuilder out, ElementSpec e, boolean comments) {
        out.append("  ").append(e.id()).append(':');
        comment(out, comments, e.origins().of("element"));
        out.append('\n');
        out.append("    description: ").append(quote(e.description())).append('\n');
        out.append("    hint: ").append(quote(e.hint() == null ? "" : e.hint())).append('\n');
        out.append("    levels: {");
        List<String> levels = new ArrayList<>();
        for (KindStage ks : ordered(e.levels())) {
            levels.add(ks.id() + ": " + e.levels().get(ks).id());
        }
        out.append(String.join(", ", levels)).append('}');
        if (comments) {
            List<String> from = new ArrayList<>();
            for (KindStage ks : ordered(e.levels())) {
                from.add(ks.id() + " " + ChecklistDescription.where(e.origins().of("level:" + ks.id())));
            }
            if (e.levels().isEmpty() && !e.origins().of("off").isEmpty()) {
                from.add("off: " + ChecklistDescription.where(e.origins().of("off")));
            }
            if (!from.isEmpty()) {
                out.append("  # ").append(String.join(", ", from));
            }
        }
        out.append('\n');
        if (e.onlyWithPersonalData()) {
            out.append("    personal-data: true\n");
        }
        if (!e.severities().isEmpty()) {
            out.append("    severities: [").append(e.severities().stream().map(ChecklistWriter::quote)
                    .collect(Collectors.joining(", "))).append("]\n");
        }
        out.append("    headings: [").append(e.headings().stream().map(ChecklistWriter::quote)
                .collect(Collectors.joining(", "))).append("]\n");
        out.append("    phrases:");
        phraseList(out, e.phrases(), "      ");
        out.append("    unless:");
        phraseList(out, e.unless(), "      ");
        if (!e.ongoingPhrases().isEmpty()) {
            out.append("    ongoing-phrases:");
            phraseList(out, e.ongoingPhrases(), "      ");
        }
    }

    private static void defect(StringBuilder out, DefectSpec d, boolean comments) {
        out.append("  ").append(d.id()).append(':');
        comment(out, comments, d.origins().of("defect"));
        out.append('\n');
        out.append("    description: ").append(quote(d.description())).append('\n');
        out.append("    level: ").append(d.level().id());
        comment(out, comments, d.origins().of("level"));
        out.append('\n');
        out.append("    message: ").append(quote(d.message())).append('\n');
        if (!d.onlyWhenAbsent().isEmpty()) {
            out.append("    only-when-absent: [").append(String.join(", ", d.onlyWhenAbsent())).append("]\n");
        }
        if (d.excusedOnlyByNumbers()) {
            out.append("    excused-only-by-numbers: true\n");
        }
        if (!d.alwaysPhrases().isEmpty()) {
            out.append("    always-phrases:");
            phraseList(out, d.alwaysPhrases(), "      ");
        }
        out.append("    phrases:");
        phraseList(out, d.phrases(), "      ");
        out.append("    unless:");
        phraseList(out, d.unless(), "      ");
    }

    private static void comment(StringBuilder out, boolean comments, List<Origin> origins) {
        if (comments && !origins.isEmpty()) {
            out.append("  # ").append(ChecklistDescription.where(origins));
        }
    }

    private static void phraseList(StringBuilder out, List<Phrase> phrases, String indent) {
        if (phrases.isEmpty()) {
            out.append(" []\n");
            return;
        }
        out.append('\n');
        for (Phrase p : phrases) {
            out.append(indent).append("- ");
            if (p.parts().size() == 1) {
                out.append(quote(p.parts().get(0)));
            } else {
                out.append("all: [").append(p.parts().stream().map(ChecklistWriter::quote)
                        .collect(Collectors.joining(", "))).append(']');
            }
            out.append('\n');
        }
    }

    /** Kind/stage pairs in the order of the enums, so the text does not depend on map order. */
    static List<KindStage> ordered(Map<KindStage, Level> levels) {
        List<KindStage> result = new ArrayList<>();
        for (Kind k : Kind.values()) {
            for (Stage s : Stage.values()) {
                KindStage ks = new KindStage(k, s);
                if (levels.containsKey(ks)) {
                    result.add(ks);
                }
            }
        }
        return result;
    }

    /**
     * A YAML scalar that reads back as exactly {@code text}: single-quoted (nothing but {@code '} is
     * special there), or double-quoted with escapes when it holds a line break or another control character.
     */
    static String quote(String text) {
        boolean plainQuotable = text.codePoints().noneMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == 0x2028 || c == 0x2029 || c == 0xFEFF);
        if (plainQuotable) {
            return "'" + text.replace("'", "''") + "'";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** The text on one line, each character a reader would not see (a control, a bidi override) a space. */
    private static String oneLine(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(HiddenCharacters.isHidden(c) ? ' ' : c);
        }
        return sb.toString();
    }
}
