package io.github.incidentnotice.rules;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.Status;
import io.github.incidentnotice.parse.Dates;
import io.github.incidentnotice.parse.Dates.DayMonthOrder;
import io.github.incidentnotice.parse.FrontMatter;

/**
 * Reports front-matter problems at their line: none at all, never closed, invalid YAML or TOML, not
 * a map, an unknown status or kind, a date that does not parse; {@code resolvedWhen} before
 * {@code date} (or the date a Jekyll file name gives) and a date whose day and month could be swapped are warnings.
 */
public final class FrontMatterRule implements NoticeRule {

    public static final String ID = "front-matter";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(NoticeAnalysis analysis, List<Finding> findings) {
        FrontMatter fm = analysis.notice().frontMatter();
        String file = analysis.notice().file();
        // a notice without any front matter is as serious as the team's checklist says (its site may keep none)
        // (an empty notice stays an error: there is nothing to check at all)
        Level missing = fm.format().equals(FrontMatter.NONE) && !analysis.notice().sentences().isEmpty()
                ? analysis.checklist().missingFrontMatter() : Level.ERROR;
        for (FrontMatter.Problem p : fm.problems()) {
            Level level = p.warning() ? Level.WARNING : missing;
            if (level != Level.OFF) {
                findings.add(new Finding(ID, null, level, file, p.line(), p.column(), p.message(), ""));
            }
        }
        String status = fm.string("status");
        if (fm.has("status") && Status.parse(status) == null) {
            String shape = notOneValue(fm.values().get("status"));
            findings.add(error(fm, file, "status", shape != null
                    ? "status must be one value, not " + shape + "; allowed: " + Status.allowed()
                    : "unknown status '" + status + "'; allowed: " + Status.allowed()));
        }
        String kind = fm.string("kind");
        if (fm.has("kind") && Kind.parse(kind) == null) {
            String shape = notOneValue(fm.values().get("kind"));
            findings.add(error(fm, file, "kind", shape != null
                    ? "kind must be one value, not " + shape + "; allowed: incident, maintenance, informational"
                    : "unknown kind '" + kind + "'; allowed: incident, maintenance, informational"));
        }
        if (fm.has("personal-data") && fm.bool("personal-data") == null) {
            findings.add(error(fm, file, "personal-data", "personal-data must be true or false"));
        }
        DayMonthOrder order = DayMonthOrder.forFile(file);
        Optional<OffsetDateTime> date = date(fm, file, "date", order, findings);
        Optional<OffsetDateTime> resolvedWhen = date(fm, file, "resolvedWhen", order, findings);
        date(fm, file, "next-update", order, findings);
        String started = fm.string("date");
        if (!fm.has("date")) {
            // a Jekyll post without a date is dated by its file name, and so is the notice
            date = Dates.fromFileName(file).map(d -> d.atStartOfDay().atOffset(ZoneOffset.UTC));
            started = date.map(d -> d.toLocalDate() + ", from the file name").orElse(null);
        }
        if (date.isPresent() && resolvedWhen.isPresent() && resolvedWhen.get().isBefore(date.get())) {
            findings.add(new Finding(ID, null, Level.WARNING, file, fm.line("resolvedWhen"), fm.column("resolvedWhen"),
                    "resolvedWhen (" + fm.string("resolvedWhen") + ") is before date (" + started
                            + "); check both times and their zones.", fm.string("resolvedWhen")));
        }
    }

    private static Optional<OffsetDateTime> date(FrontMatter fm, String file, String key, DayMonthOrder order,
                                                 List<Finding> findings) {
        if (!fm.has(key) || fm.values().get(key) == null || "".equals(fm.string(key))) {
            return Optional.empty();
        }
        String value = fm.string(key);
        Optional<Dates.Reading> read = Dates.read(value, order);
        if (read.isEmpty()) {
            findings.add(error(fm, file, key, key + " '" + (value == null ? fm.values().get(key) : value)
                    + "' is not a date; write it as 2026-03-02T09:14:00Z (time and zone optional)"));
            return Optional.empty();
        }
        if (read.get().ambiguous()) {
            findings.add(new Finding(ID, null, Level.WARNING, file, fm.line(key), fm.column(key), key + " '" + value
                    + "' could be " + DAY.format(read.get().value()) + " or " + DAY.format(read.get().otherOrder())
                    + "; it is read as " + DAY.format(read.get().value()) + (order == DayMonthOrder.DAY_FIRST
                    ? " (day first, as Jekyll reads it)" : " (month first, as JavaScript sites read .mdx dates)")
                    + "; write it as " + read.get().value().toLocalDate() + " to say which", value));
        }
        return read.map(Dates.Reading::value);
    }

    /** What a value is when it is not one value ("a list", "a table or map"), or null: its text would read as 'null'. */
    private static String notOneValue(Object value) {
        if (value instanceof java.util.List<?> || (value != null && value.getClass().isArray())) {
            return "a list";
        }
        return value instanceof java.util.Map<?, ?> ? "a table or map" : null;
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private static Finding error(FrontMatter fm, String file, String key, String message) {
        String value = fm.string(key);
        return new Finding(ID, null, Level.ERROR, file, fm.line(key), fm.column(key), message, value == null ? "" : value);
    }
}
