package io.github.incidentnotice.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the calendar days a sentence names as people write them: {@code 2021-03-05} or {@code 2021/03/05},
 * {@code March 5th, 2021}, {@code 5 March}, {@code Mar 5}. A day written without its year is read in the year
 * the caller gives (the notice's own). Month names count only capitalised, so "may" the verb is no date.
 */
public final class ProseDates {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:,?\\s+(\\d{4}))?";
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/-])(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?![\\d/-])");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "\\b" + YEAR);
    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?![a-z])" + YEAR);
    /**
     * A day that opens the sentence and is followed by a colon or a dash ("2026-03-04: the provider is
     * investigating"): the stamp of an update log's entry, not a day the sentence speaks of.
     */
    private static final Pattern DATELINE = Pattern.compile("^[\\s*_>#|-]*(?:\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}|" + MONTH
            + "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + "(?:\\s+\\d{4})?)"
            + "(?:[\\sT,]+\\d{1,2}[:.]\\d{2}(?::\\d{2})?)?(?:\\s*[A-Z]{2,5})?[\\s*_]*[:\u2013\u2014-]");

    /** Longer text is cut: a date that opens a notice stands near the start of its sentence. */
    private static final int MAX_LENGTH = 2_000;

    private ProseDates() {
    }

    /**
     * The days the text names, in the order written, leaving out an update log's stamp that opens it;
     * {@code year} stands for a day written without one.
     */
    public static List<LocalDate> find(String text, int year) {
        List<LocalDate> days = new ArrayList<>();
        if (text == null) {
            return days;
        }
        String s = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
        Matcher stamp = DATELINE.matcher(s);
        if (stamp.find()) {
            s = s.substring(stamp.end());
        }
        Matcher m = NUMERIC.matcher(s);
        while (m.find()) {
            add(days, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = MONTH_DAY.matcher(s);
        while (m.find()) {
            add(days, m.group(3) == null ? year : Integer.parseInt(m.group(3)), month(m.group(1)),
                    Integer.parseInt(m.group(2)));
        }
        m = DAY_MONTH.matcher(s);
        while (m.find()) {
            add(days, m.group(3) == null ? year : Integer.parseInt(m.group(3)), month(m.group(2)),
                    Integer.parseInt(m.group(1)));
        }
        return days;
    }

    /** The month a name or abbreviation matched by {@link #MONTH} stands for: its first three letters tell. */
    private static int month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(java.util.Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(prefix)) {
                return m.getValue();
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static void add(List<LocalDate> days, int year, int month, int day) {
        try {
            days.add(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            // "2021-13-40" is a number, not a day
        }
    }
}
