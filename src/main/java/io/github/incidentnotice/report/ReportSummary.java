package io.github.incidentnotice.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.NoticeResult;

/**
 * The counts at the top of the human-readable reports, and the order they list notices in: worst first
 * (most errors, then most warnings), then by file name so the order is stable.
 */
public record ReportSummary(int notices, long passed, long failed, long errors, long warnings, long waivers) {

    /** A notice with its counts worked out once: a notice counts its findings each time it is asked. */
    private record Ranked(long errors, long warnings, NoticeResult notice) {
    }

    private static final Comparator<Ranked> WORST_FIRST = Comparator
            .comparingLong(Ranked::errors).reversed()
            .thenComparing(Comparator.comparingLong(Ranked::warnings).reversed())
            .thenComparing(r -> r.notice().file());

    public static ReportSummary of(CheckResult result) {
        long failed = result.failedNotices();
        return new ReportSummary(result.notices().size(), result.notices().size() - failed, failed,
                result.errors(), result.warnings(), result.waivers());
    }

    /** The notices of a result, worst first. */
    public static List<NoticeResult> worstFirst(CheckResult result) {
        List<Ranked> ranked = new ArrayList<>(result.notices().size());
        for (NoticeResult notice : result.notices()) {
            ranked.add(new Ranked(notice.errors(), notice.warnings(), notice));
        }
        ranked.sort(WORST_FIRST);
        List<NoticeResult> sorted = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            sorted.add(r.notice());
        }
        return sorted;
    }

    /** The verdict word, as in the JSON report: fail when the notice has an error finding, else pass. */
    public static String verdict(NoticeResult notice) {
        return notice.failed() ? "fail" : "pass";
    }

    /** An ISO instant as the reports show it ({@code 2026-03-02 09:14 UTC}); the text as it is when it is no instant. */
    public static String shownDate(String instant) {
        try {
            return SHOWN_DATE.format(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    private static final DateTimeFormatter SHOWN_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** How the reports name a notice to a reader: its title and date when it has a title, else its file. */
    public static String name(NoticeResult notice) {
        if (notice.title() == null) {
            return notice.file();
        }
        return notice.title() + (notice.date() == null ? "" : " (" + shownDate(notice.date()) + ")");
    }
}
