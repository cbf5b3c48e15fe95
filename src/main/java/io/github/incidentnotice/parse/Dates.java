package io.github.incidentnotice.parse;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date shapes real notices use: with or without a time, {@code T} or a space, single-digit
 * hours, seconds and fractions optional, a zone ({@code Z}, {@code +02:00}, {@code -0000}, UTC) or none
 * (read as UTC).
 */
public final class Dates {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
                    + "(?:[Tt ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
                    + "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?");

    private Dates() {
    }

    /** Parses a front-matter date, or returns empty when it is not one of the accepted shapes. */
    public static Optional<OffsetDateTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            int nanos = 0;
            if (m.group(7) != null) {
                String frac = (m.group(7) + "000000000").substring(0, 9);
                nanos = Integer.parseInt(frac);
            }
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), hour, minute, second, nanos);
            return Optional.of(local.atOffset(offset(m.group(8))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.equalsIgnoreCase("Z") || zone.equals("UTC") || zone.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String z = zone.length() == 3 ? zone + ":00" : zone;
        if (z.length() == 5) {
            z = z.substring(0, 3) + ":" + z.substring(3);
        }
        return ZoneOffset.of(z);
    }
}
