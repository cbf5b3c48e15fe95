package io.github.incidentnotice.parse;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;
import static java.time.temporal.ChronoField.YEAR;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a front-matter date in every shape Hugo and Jekyll accept: ISO dates and date-times ({@code T} or a
 * space, seconds and fractions optional), month names ({@code December 2, 2025}, {@code 2 Dec 2025}), RFC 1123,
 * RFC 822, RFC 850 and the Unix date layouts, numeric {@code 07-10-2020}, each with a zone ({@code Z}, an offset, a
 * zone word such as UTC or CEST) or none (read as UTC). A day and month that could be read either way are read
 * the way the notice's site generator reads them ({@link DayMonthOrder}) and the reading says so.
 */
public final class Dates {

    /**
     * The order in which a generator reads {@code 07-10-2020}: Jekyll (Ruby's {@code Date.parse}) day first,
     * the JavaScript {@code Date} behind MDX sites (Next.js, Astro, Docusaurus) month first. Hugo refuses it.
     */
    public enum DayMonthOrder {
        DAY_FIRST, MONTH_FIRST;

        /** How the generator that publishes a file of this name reads it: month first for {@code .mdx}. */
        public static DayMonthOrder forFile(String fileName) {
            return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".mdx") ? MONTH_FIRST : DAY_FIRST;
        }
    }

    /** A date as read, and the other reading when its day and month could have been read in either order. */
    public record Reading(OffsetDateTime value, OffsetDateTime otherOrder) {
        public boolean ambiguous() {
            return otherOrder != null;
        }
    }

    /** Longer text is no date; the bound also keeps every pattern below cheap. */
    private static final int MAX_LENGTH = 100;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,?\\s+");
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final Pattern COMMA = Pattern.compile(",\\s+");
    private static final Pattern AT = Pattern.compile("(?i)\\s+at\\s+");
    private static final Pattern DATE_T_TIME = Pattern.compile("(\\d)[Tt](\\d)");
    private static final Pattern SEPT = Pattern.compile("(?i)\\bsept\\b\\.?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(:\\d{2}),(\\d)");
    private static final Pattern TWELVE_HOUR = Pattern.compile("\\b(\\d{1,2})(:\\d{2}(?::\\d{2})?)\\s*([AaPp])\\.?[Mm]\\.?");
    private static final Pattern TIME = Pattern.compile("(?<![+\\-:\\d])\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?");
    private static final Pattern YEAR_AFTER_TIME = Pattern.compile("^(?:(.*?)\\s+)?(\\d{4})$");
    private static final Pattern ZONE = Pattern.compile(
            "^([A-Za-z]{1,5})?\\s*([+-]\\d{1,2}(?::?\\d{2})?)?\\s*(?:\\(([A-Za-z]{1,5})\\)|([A-Za-z]{1,5}))?$");
    private static final Pattern NUMERIC_DATE = Pattern.compile("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})\\b");
    private static final Pattern FILE_NAME_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})-");

    /** The unambiguous shapes, tried in order (the most common first). */
    private static final List<DateTimeFormatter> SHAPES = List.of(
            withTime(new DateTimeFormatterBuilder().appendValue(YEAR, 4).appendLiteral('-')
                    .appendValue(MONTH_OF_YEAR, 1, 2, SignStyle.NOT_NEGATIVE).appendLiteral('-')
                    .appendValue(DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)),
            withTime(pattern("MMMM d uuuu")),
            withTime(pattern("MMM d uuuu")),
            withTime(pattern("d MMMM uuuu")),
            withTime(pattern("d MMM uuuu")),
            withTime(pattern("d MMM uu")),
            withTime(pattern("d-MMM-uuuu")),
            withTime(pattern("d-MMM-uu")),
            withTime(new DateTimeFormatterBuilder().appendValue(YEAR, 4).appendLiteral('/')
                    .appendValue(MONTH_OF_YEAR, 1, 2, SignStyle.NOT_NEGATIVE).appendLiteral('/')
                    .appendValue(DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)));
    private static final DateTimeFormatter DAY_MONTH_YEAR = withTime(pattern("d-M-uuuu"));
    private static final DateTimeFormatter MONTH_DAY_YEAR = withTime(pattern("M-d-uuuu"));

    private Dates() {
    }

    /** Parses a front-matter date, reading an ambiguous day and month day first; empty when it is no date. */
    public static Optional<OffsetDateTime> parse(String text) {
        return read(text, DayMonthOrder.DAY_FIRST).map(Reading::value);
    }

    /** Reads a front-matter date, an ambiguous day and month in the given order; empty when it is no date. */
    public static Optional<Reading> read(String text, DayMonthOrder order) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String s = normalise(text);
        String dateTime = s;
        String zone = "";
        Matcher time = TIME.matcher(s);
        int timeStart = -1;
        int timeEnd = -1;
        while (time.find()) {
            timeStart = time.start();
            timeEnd = time.end();
        }
        if (timeEnd > 0) {
            dateTime = s.substring(0, timeEnd);
            zone = s.substring(timeEnd).strip();
            // the Unix and Ruby layouts put the year last: "Sep 05 13:00:00 CEST 2012"
            Matcher year = YEAR_AFTER_TIME.matcher(zone);
            if (year.matches()) {
                dateTime = s.substring(0, timeStart).strip() + " " + year.group(2) + " " + s.substring(timeStart, timeEnd);
                zone = year.group(1) == null ? "" : year.group(1);
            }
        }
        try {
            ZoneOffset offset = offset(zone);
            if (offset == null) {
                return Optional.empty();
            }
            return local(dateTime, order).map(r -> new Reading(r[0].atOffset(offset),
                    r.length > 1 ? r[1].atOffset(offset) : null));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The date a Jekyll post's file name starts with ({@code 2024-05-14-title.md}), or empty. */
    public static Optional<LocalDate> fromFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        Matcher m = FILE_NAME_DATE.matcher(name);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The text with what no shape needs taken out: a weekday, ordinals, commas, "at", a 12-hour clock. */
    private static String normalise(String text) {
        String s = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        // a weekday says nothing the date does not; Go's time.Parse also ignores whether it is right
        s = WEEKDAY.matcher(s).replaceFirst("");
        s = ORDINAL.matcher(s).replaceAll("$1");
        s = COMMA.matcher(s).replaceAll(" ");
        s = AT.matcher(s).replaceAll(" ");
        s = DATE_T_TIME.matcher(s).replaceFirst("$1 $2");
        s = SEPT.matcher(s).replaceAll("Sep");
        s = DECIMAL_COMMA.matcher(s).replaceFirst("$1.$2");
        Matcher clock = TWELVE_HOUR.matcher(s);
        if (clock.find()) {
            int hour = Integer.parseInt(clock.group(1));
            if (hour >= 1 && hour <= 12) {
                boolean pm = Character.toLowerCase(clock.group(3).charAt(0)) == 'p';
                int h24 = hour % 12 + (pm ? 12 : 0);
                s = s.substring(0, clock.start()) + h24 + clock.group(2) + s.substring(clock.end());
            }
        }
        return s;
    }

    /** The offset a zone text after the time names: none (UTC), {@code Z}, an offset, a word, or both. */
    private static ZoneOffset offset(String zone) {
        if (zone.isEmpty()) {
            return ZoneOffset.UTC;
        }
        Matcher m = ZONE.matcher(zone);
        if (!m.matches()) {
            return null;
        }
        String before = m.group(1);
        String numeric = m.group(2);
        String after = m.group(3) != null ? m.group(3) : m.group(4);
        if (numeric == null) {
            // one word alone: "UTC", "CEST"
            return before != null && after == null ? ZoneWords.offset(before) : null;
        }
        ZoneOffset number = ZoneOffset.of(numeric.length() == 2 ? numeric.charAt(0) + "0" + numeric.charAt(1) : numeric);
        if (before == null) {
            // "-0700 MST" (Go's Time.String) or "+0200 (CEST)": the number is the offset, the word a name for it
            return after == null || ZoneWords.offset(after) != null ? number : null;
        }
        // "UTC+2", "GMT-05:00": an offset from the named zone
        ZoneOffset base = ZoneWords.offset(before);
        if (base == null || after != null) {
            return null;
        }
        return ZoneOffset.ofTotalSeconds(base.getTotalSeconds() + number.getTotalSeconds());
    }

    /** The local date-time of the text: one reading, or two when its day and month could be swapped. */
    private static Optional<LocalDateTime[]> local(String dateTime, DayMonthOrder order) {
        Matcher numeric = NUMERIC_DATE.matcher(dateTime);
        if (numeric.find()) {
            String dashed = numeric.group(1) + "-" + numeric.group(2) + "-" + numeric.group(3)
                    + dateTime.substring(numeric.end());
            Optional<LocalDateTime> dayFirst = parseWith(DAY_MONTH_YEAR, dashed);
            Optional<LocalDateTime> monthFirst = parseWith(MONTH_DAY_YEAR, dashed);
            if (dayFirst.isPresent() && monthFirst.isPresent() && !dayFirst.get().equals(monthFirst.get())) {
                return Optional.of(order == DayMonthOrder.DAY_FIRST
                        ? new LocalDateTime[] {dayFirst.get(), monthFirst.get()}
                        : new LocalDateTime[] {monthFirst.get(), dayFirst.get()});
            }
            // one reading only (13-10-2020 is day first whatever the generator): no doubt to report
            return dayFirst.or(() -> monthFirst).map(d -> new LocalDateTime[] {d});
        }
        for (DateTimeFormatter shape : SHAPES) {
            Optional<LocalDateTime> d = parseWith(shape, dateTime);
            if (d.isPresent()) {
                return Optional.of(new LocalDateTime[] {d.get()});
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDateTime> parseWith(DateTimeFormatter shape, String text) {
        try {
            TemporalAccessor t = shape.parse(text);
            LocalDate date = t.query(TemporalQueries.localDate());
            LocalTime time = t.query(TemporalQueries.localTime());
            if (date == null || date.getYear() < 1000 || date.getYear() > 9999) {
                return Optional.empty();
            }
            return Optional.of(date.atTime(time == null ? LocalTime.MIDNIGHT : time));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static DateTimeFormatterBuilder pattern(String datePattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(datePattern);
    }

    /** The date shape followed by an optional time: {@code H:mm}, seconds and a fraction optional. */
    private static DateTimeFormatter withTime(DateTimeFormatterBuilder date) {
        return date.optionalStart().appendLiteral(' ')
                .appendValue(HOUR_OF_DAY, 1, 2, SignStyle.NOT_NEGATIVE).appendLiteral(':').appendValue(MINUTE_OF_HOUR, 2)
                .optionalStart().appendLiteral(':').appendValue(SECOND_OF_MINUTE, 2)
                .optionalStart().appendFraction(NANO_OF_SECOND, 1, 9, true).optionalEnd()
                .optionalEnd().optionalEnd()
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT).withChronology(IsoChronology.INSTANCE);
    }
}
