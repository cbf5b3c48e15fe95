package io.github.incidentnotice.scaffold;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.Status;
import io.github.incidentnotice.parse.Dates;
import io.github.incidentnotice.parse.HiddenCharacters;
import io.github.incidentnotice.parse.Spaces;

/**
 * What a new notice is to be: title, start date (UTC), kind, status, severity and whether personal
 * data is involved, checked and defaulted from what the user typed.
 */
public record NewNotice(String title, OffsetDateTime date, Kind kind, Status status, String severity,
                        boolean personalData) {

    /**
     * Checks and completes the user's options; blank ones take their defaults (now, incident,
     * investigating or scheduled, major or minor).
     */
    public static NewNotice of(String title, String date, String kind, String status, String severity,
                               boolean personalData, Clock clock) throws ScaffoldException {
        String cleanTitle = title == null ? "" : clean(title);
        if (cleanTitle.isEmpty()) {
            throw new ScaffoldException("The notice needs a title: -Dincident-notice.title=\"Checkout failed for EU customers\"");
        }
        Status st = null;
        if (status != null && !status.isBlank()) {
            st = Status.parse(status);
            if (st == null) {
                throw new ScaffoldException("Unknown status '" + clean(status) + "' (incident-notice.status); allowed: "
                        + Status.allowed() + ".");
            }
        }
        Kind k = parseKind(kind, st);
        if (st == null) {
            st = k == Kind.MAINTENANCE ? Status.SCHEDULED : Status.INVESTIGATING;
        } else if (st.impliedKind() != null && st.impliedKind() != k) {
            throw new ScaffoldException("The status '" + st.id() + "' is not for " + k.id() + " notices "
                    + "(incident-notice.status); allowed for " + k.id() + ": " + statusesFor(k) + ".");
        }
        String sev = severity == null ? "" : clean(severity);
        if (sev.isEmpty()) {
            sev = k == Kind.MAINTENANCE ? "minor" : "major";
        }
        return new NewNotice(cleanTitle, parseDate(date, clock), k, st, sev, personalData);
    }

    private static Kind parseKind(String kind, Status status) throws ScaffoldException {
        if (kind == null || kind.isBlank()) {
            return status != null && status.impliedKind() != null ? status.impliedKind() : Kind.INCIDENT;
        }
        Kind k = Kind.parse(kind);
        if (k != Kind.INCIDENT && k != Kind.MAINTENANCE) {
            throw new ScaffoldException("Unknown kind '" + clean(kind) + "' (incident-notice.kind); allowed: incident, maintenance.");
        }
        return k;
    }

    /** A date option in UTC to the second; now when blank. */
    public static OffsetDateTime parseDate(String date, Clock clock) throws ScaffoldException {
        if (date == null || date.isBlank()) {
            return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        }
        OffsetDateTime parsed = Dates.parse(date).orElseThrow(() -> new ScaffoldException("Cannot read the date '"
                + clean(date) + "' (incident-notice.date); write it as 2026-03-02T09:14:00Z or 2026-03-02."));
        return parsed.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The statuses a notice of this kind can have, for messages. */
    static String statusesFor(Kind kind) {
        List<String> ids = new ArrayList<>();
        for (Status s : Status.values()) {
            if (s.impliedKind() == null || s.impliedKind() == kind) {
                ids.add(s.id());
            }
        }
        return String.join(", ", ids);
    }

    /**
     * Control characters (NUL, line breaks, escapes) and invisible direction overrides have no place
     * in a title: they could break the front matter or disguise the text.
     */
    static String clean(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            shown.append(HiddenCharacters.isHidden(c) ? ' ' : c);
        }
        return Spaces.collapse(shown.toString()).strip();
    }
}
