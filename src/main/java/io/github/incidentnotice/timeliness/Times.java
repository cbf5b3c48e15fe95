package io.github.incidentnotice.timeliness;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the timeliness messages write times and durations: in UTC, as a person reads them ("10:00 UTC on 2 March"). */
final class Times {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Times() {
    }

    /** "10:00 UTC on 2 March", with the year when it is not the year of {@code now}. */
    static String at(Instant t, Instant now) {
        var u = t.atOffset(ZoneOffset.UTC);
        boolean sameYear = u.getYear() == now.atOffset(ZoneOffset.UTC).getYear();
        return CLOCK.format(u) + " UTC on " + (sameYear ? DAY : DAY_YEAR).format(u);
    }

    /** "09:12" when {@code t} is on the same day as {@code day}, else as {@link #at}. */
    static String relative(Instant t, Instant day, Instant now) {
        var u = t.atOffset(ZoneOffset.UTC);
        if (u.toLocalDate().equals(day.atOffset(ZoneOffset.UTC).toLocalDate())) {
            return CLOCK.format(u);
        }
        return at(t, now);
    }

    /** "3 h 5 min", "45 min", "40 days". */
    static String length(Duration d) {
        long minutes = d.toMinutes();
        if (minutes >= 2 * 24 * 60) {
            return minutes / (24 * 60) + " days";
        }
        long h = minutes / 60;
        long m = minutes % 60;
        if (h == 0) {
            return m + " min";
        }
        return m == 0 ? h + " h" : h + " h " + m + " min";
    }
}
