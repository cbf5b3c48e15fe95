package io.github.incidentnotice.rules;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.Status;
import io.github.incidentnotice.parse.Dates;
import io.github.incidentnotice.parse.FrontMatter;

/**
 * Reports front-matter problems at their line: none at all, never closed, invalid YAML or TOML, not
 * a map, an unknown status or kind, a date that does not parse; {@code resolvedWhen} before
 * {@code date} is a warning.
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
        for (FrontMatter.Problem p : fm.problems()) {
            findings.add(new Finding(ID, null, p.warning() ? Level.WARNING : Level.ERROR, file, p.line(), p.column(),
                    p.message(), ""));
        }
        String status = fm.string("status");
        if (fm.has("status") && Status.parse(status) == null) {
            findings.add(error(fm, file, "status", "unknown status '" + status + "'; allowed: " + Status.allowed()));
        }
        String kind = fm.string("kind");
        if (fm.has("kind") && Kind.parse(kind) == null) {
            findings.add(error(fm, file, "kind", "unknown kind '" + kind + "'; allowed: incident, maintenance, informational"));
        }
        if (fm.has("personal-data") && fm.bool("personal-data") == null) {
            findings.add(error(fm, file, "personal-data", "personal-data must be true or false"));
        }
        Optional<OffsetDateTime> date = date(fm, file, "date", findings);
        Optional<OffsetDateTime> resolvedWhen = date(fm, file, "resolvedWhen", findings);
        date(fm, file, "next-update", findings);
        if (date.isPresent() && resolvedWhen.isPresent() && resolvedWhen.get().isBefore(date.get())) {
            findings.add(new Finding(ID, null, Level.WARNING, file, fm.line("resolvedWhen"), fm.column("resolvedWhen"),
                    "resolvedWhen (" + fm.string("resolvedWhen") + ") is before date (" + fm.string("date")
                            + "); check both times and their zones.", fm.string("resolvedWhen")));
        }
    }

    private static Optional<OffsetDateTime> date(FrontMatter fm, String file, String key, List<Finding> findings) {
        if (!fm.has(key) || fm.values().get(key) == null || "".equals(fm.string(key))) {
            return Optional.empty();
        }
        String value = fm.string(key);
        Optional<OffsetDateTime> parsed = Dates.parse(value);
        if (parsed.isEmpty()) {
            findings.add(error(fm, file, key, key + " '" + (value == null ? fm.values().get(key) : value)
                    + "' is not a date; write it as 2026-03-02T09:14:00Z (time and zone optional)"));
        }
        return parsed;
    }

    private static Finding error(FrontMatter fm, String file, String key, String message) {
        String value = fm.string(key);
        return new Finding(ID, null, Level.ERROR, file, fm.line(key), fm.column(key), message, value == null ? "" : value);
    }
}
