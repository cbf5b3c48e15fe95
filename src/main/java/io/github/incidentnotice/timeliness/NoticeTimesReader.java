package io.github.incidentnotice.timeliness;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.incidentnotice.parse.Dates;
import io.github.incidentnotice.parse.FrontMatter;
import io.github.incidentnotice.parse.Notice;
import io.github.incidentnotice.parse.Section;
import io.github.incidentnotice.parse.Sentence;
import io.github.incidentnotice.parse.TextBlock;

/**
 * Reads a notice's {@link NoticeTimes}: its start and end fields, the times of its update blocks (headings and
 * bold lines that hold a time, MDX update components and front-matter update lists, which the parser makes such
 * headings, and cState's {@code {{< track "..." >}}} shortcodes, which end the update they date), and the next
 * updates it promises ({@code next-update}, "next update at 14:00 UTC", "we will update in 30 minutes").
 */
public final class NoticeTimesReader {

    private static final List<String> START_KEYS = List.of("date", "start_date", "startDate", "start-date", "start");
    private static final List<String> END_KEYS = List.of("resolvedWhen", "resolved_when", "resolved-when", "resolvedAt",
            "resolved_at", "end_date", "end-date", "endDate", "end");
    private static final List<String> NEXT_UPDATE_KEYS = List.of("next-update", "next_update", "nextUpdate");
    private static final List<String> STAGE_KEYS = List.of("status", "resolved", "informational");

    private static final Pattern TRACK = Pattern.compile("\\{\\{[<%]\\s*track\\s+\"([^\"]{1,60})\"\\s*[>%]}}");
    private static final Pattern ISO = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:\\s?(?:Z|UTC|GMT|[+-]\\d{2}:?\\d{2}))?");
    private static final String CLOCK = "(?<h>\\d{1,2})[:.](?<m>\\d{2})(?::\\d{2}(?:\\.\\d{1,9})?)?(?:\\s*(?<ampm>[ap])\\.?m\\b\\.?)?"
            + "(?:\\s*\\(?(?<zone>UTC|GMT|Z|[+-]\\d{2}:?\\d{2})\\)?)?";
    /** In a heading only "09:12": "1.32" is a version far more often than a time. */
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?i)(?<![\\d:.])"
            + CLOCK.replace("[:.]", ":") + "(?![\\d:])");
    /** What makes a sentence a promise of an update: "next update", "we will update", "post an update". */
    private static final String PROMISED = "\\b(?:next update|(?:further |more |another |an |the next )?updates?"
            + "|post (?:an|another|a further|the next) update|provide (?:an|another|a further|more) updates?"
            + "|report back|update (?:you|this (?:notice|page|post|incident)))\\b";
    private static final Pattern PROMISE_AT = Pattern.compile("(?i)" + PROMISED
            + "[^.!?]{0,40}?\\b(?:at|by|around|before|no later than)\\s+" + CLOCK + "(?![\\d:])");
    private static final Pattern PROMISE_IN = Pattern.compile("(?i)" + PROMISED
            + "[^.!?]{0,40}?\\b(?:in|within|every)\\s+(?:the next\\s+|about\\s+|approximately\\s+|around\\s+)?"
            + "(?<n>\\d{1,3}|an?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty-five|sixty|half an?)\\s*"
            + "(?<unit>minutes?|mins?|hours?|hrs?|h)\\b");
    /** Wording that says the problem ended, or what ended it (a roll-back at a time dates the end as well). */
    private static final Pattern END_WORDS = Pattern.compile("(?i)\\b(?:resolved|restored|recovered|fixed|mitigated"
            + "|back (?:to normal|online|up)|fully operational|operating normally|working (?:again|normally)|ended"
            + "|was over|is over|completed|rolled (?:it |this |the \\w+ )?back|reverted|restarted|rebooted|redeployed"
            + "|failed over|returned to normal|stopped failing|succeeded again)\\b");
    /**
     * An impact bounded in the text: "from 09:14 to 11:02 UTC", "09:14-11:02", "for 35 minutes" (with the start,
     * the end is known).
     */
    private static final Pattern END_BOUNDED = Pattern.compile("(?i)\\b(?:from|between)\\s+\\d{1,2}[:.]\\d{2}[^.!?]{0,30}?"
            + "\\b(?:to|and|until|till)\\s+\\d{1,2}[:.]\\d{2}|\\b\\d{1,2}[:.]\\d{2}\\s*(?:-|\u2013|\u2014)\\s*\\d{1,2}[:.]\\d{2}"
            + "|\\b(?:for|lasted|within)\\s+(?:about\\s+|almost\\s+|nearly\\s+|around\\s+|roughly\\s+|over\\s+|under\\s+|just\\s+)?"
            + "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|ninety|half an?|an?)"
            + "(?:\\s+and a half)?\\s+(?:minutes?|mins?|hours?|hrs?)\\b");
    private static final Pattern END_TIME = Pattern.compile("(?<![\\d:.])\\d{1,2}[:.]\\d{2}(?![\\d:])|\\b\\d{4}-\\d{2}-\\d{2}\\b");

    private NoticeTimesReader() {
    }

    /** The times of a parsed notice; {@code text} is its file's text, read for the shortcodes the parser drops. */
    public static NoticeTimes read(Notice notice, String text) {
        FrontMatter fm = notice.frontMatter();
        Dates.DayMonthOrder order = Dates.DayMonthOrder.forFile(notice.file());
        String startKey = firstKey(fm, START_KEYS);
        Instant start = null;
        boolean startHasTime = false;
        if (startKey != null) {
            Optional<Dates.Reading> r = Dates.read(fm.string(startKey), order);
            if (r.isPresent()) {
                start = r.get().value().toInstant();
                startHasTime = TIME_OF_DAY.matcher(fm.string(startKey)).find();
            }
        }
        String stageKey = firstKey(fm, STAGE_KEYS);
        int stageLine = stageKey != null ? fm.line(stageKey) : startKey != null ? fm.line(startKey) : notice.bodyLine();
        int stageColumn = stageKey != null ? fm.column(stageKey) : startKey != null ? fm.column(startKey) : 1;
        String severity = fm.string("severity") == null ? "" : fm.string("severity").toLowerCase(Locale.ROOT);

        List<Dated> dated = new ArrayList<>();
        Instant reference = start;
        for (Section s : notice.sections()) {
            Instant t = headingTime(s.heading().text(), reference, order);
            if (t != null) {
                dated.add(new Dated(t, s.line(), s.column(), false));
            }
        }
        List<Dated> tracks = tracks(text, order);
        // cState dates each update with a track at its end; headings then date nothing of their own
        boolean byTracks = !tracks.isEmpty();
        if (byTracks) {
            dated = tracks;
        }
        List<NoticeTimes.Update> updates = new ArrayList<>();
        for (Dated d : dated) {
            updates.add(new NoticeTimes.Update(d.time, d.line, d.column));
        }

        List<NoticeTimes.Promise> promises = new ArrayList<>();
        String nextKey = firstKey(fm, NEXT_UPDATE_KEYS);
        Instant last = null;
        for (Dated d : dated) {
            last = last == null || d.time.isAfter(last) ? d.time : last;
        }
        if (nextKey != null) {
            Optional<Dates.Reading> due = Dates.read(fm.string(nextKey), order);
            if (due.isPresent()) {
                promises.add(new NoticeTimes.Promise(due.get().value().toInstant(), last, fm.line(nextKey),
                        fm.column(nextKey), fm.string(nextKey), true));
            }
        }
        boolean endInText = false;
        for (Sentence sentence : notice.sentences()) {
            if (sentence.quoted()) {
                continue;
            }
            String words = sentence.text().replace(TextBlock.SOFT_BREAK, ' ');
            Instant madeAt = blockTime(sentence.line(), dated, byTracks, start);
            promise(words, sentence, madeAt).ifPresent(promises::add);
            if (END_WORDS.matcher(words).find() && END_TIME.matcher(words).find() || END_BOUNDED.matcher(words).find()) {
                endInText = true;
            }
        }
        // a dated update that says the problem is over dates its end
        if (!endInText) {
            for (Section s : notice.sections()) {
                if (headingTime(s.heading().text(), start, order) != null
                        && (END_WORDS.matcher(s.heading().text()).find()
                        || s.content().stream().anyMatch(c -> END_WORDS.matcher(c.text()).find()))) {
                    endInText = true;
                    break;
                }
            }
        }
        if (!endInText && byTracks) {
            for (Sentence sentence : notice.sentences()) {
                if (END_WORDS.matcher(sentence.text()).find() && blockTime(sentence.line(), dated, true, null) != null) {
                    endInText = true;
                    break;
                }
            }
        }
        boolean endField = false;
        for (String key : END_KEYS) {
            if (fm.string(key) != null && Dates.read(fm.string(key), order).isPresent()) {
                endField = true;
                break;
            }
        }
        int startLine = startKey != null ? fm.line(startKey) : notice.bodyLine();
        int startColumn = startKey != null ? fm.column(startKey) : 1;
        List<String> waived = new ArrayList<>();
        for (FrontMatter.Waiver w : fm.waivers()) {
            if (w.element() != null && w.reason() != null && !w.reason().isBlank()) {
                waived.add(w.element());
            }
        }
        return new NoticeTimes(start, startHasTime, startLine, startColumn, stageLine, stageColumn, severity, updates,
                promises, endField || endInText, waived);
    }

    private record Dated(Instant time, int line, int column, boolean track) {
    }

    /** The first of the keys the front matter has with a value. */
    private static String firstKey(FrontMatter fm, List<String> keys) {
        for (String k : keys) {
            if (fm.string(k) != null && !fm.string(k).isBlank()) {
                return k;
            }
        }
        return null;
    }

    /**
     * The time a heading gives: a whole date ("2026-03-02 09:12", "Update 2 March 2026 09:12 UTC", an MDX
     * component's date), else a time of day on the day the incident started (the next day when that would be
     * before the start). A heading without a time of day is no update's time: a date alone is too coarse.
     */
    static Instant headingTime(String heading, Instant start, Dates.DayMonthOrder order) {
        String h = heading.replace(TextBlock.SOFT_BREAK, ' ').strip();
        if (h.length() > 120 || !TIME_OF_DAY.matcher(h).find()) {
            return null;
        }
        String rest = h.replaceFirst("(?i)^(?:update[sd]?|posted|resolved|investigating|identified|monitoring)\\b\\W*", "");
        for (String candidate : List.of(h, rest)) {
            Optional<Dates.Reading> r = Dates.read(candidate, order);
            if (r.isPresent()) {
                return r.get().value().toInstant();
            }
        }
        Matcher iso = ISO.matcher(h);
        if (iso.find()) {
            Optional<Dates.Reading> r = Dates.read(iso.group(), order);
            if (r.isPresent()) {
                return r.get().value().toInstant();
            }
        }
        if (start == null) {
            return null;
        }
        Matcher m = TIME_OF_DAY.matcher(h);
        return m.find() ? onDayOf(m, start) : null;
    }

    /** The time of day matched by {@link #CLOCK}, on the day of {@code after}, or the next day when it would be before it. */
    private static Instant onDayOf(Matcher m, Instant after) {
        int hour = Integer.parseInt(m.group("h"));
        int minute = Integer.parseInt(m.group("m"));
        if (m.group("ampm") != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (Character.toLowerCase(m.group("ampm").charAt(0)) == 'p' ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return null;
        }
        ZoneOffset zone = ZoneOffset.UTC;
        String z = m.group("zone");
        if (z != null && (z.startsWith("+") || z.startsWith("-"))) {
            zone = ZoneOffset.of(z.length() == 5 ? z.substring(0, 3) + ":" + z.substring(3) : z);
        }
        OffsetDateTime day = after.atOffset(zone);
        OffsetDateTime t = day.toLocalDate().atTime(LocalTime.of(hour, minute)).atOffset(zone);
        if (t.toInstant().isBefore(after)) {
            t = t.plusDays(1);
        }
        return t.toInstant();
    }

    /** cState's tracks, each the time of the update it ends, at its line. */
    private static List<Dated> tracks(String text, Dates.DayMonthOrder order) {
        List<Dated> result = new ArrayList<>();
        if (text == null || !text.contains("track")) {
            return result;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = TRACK.matcher(lines[i]);
            while (m.find()) {
                Optional<Dates.Reading> r = Dates.read(m.group(1), order);
                if (r.isPresent()) {
                    result.add(new Dated(r.get().value().toInstant(), i + 1, m.start() + 1, true));
                }
            }
        }
        return result;
    }

    /**
     * The time of the update a sentence at {@code line} belongs to: under the last dated heading above it, or (cState)
     * before the first track at or after it; the start when the notice has no dated update at all; else null.
     */
    private static Instant blockTime(int line, List<Dated> dated, boolean byTracks, Instant start) {
        if (dated.isEmpty()) {
            return start;
        }
        Dated found = null;
        for (Dated d : dated) {
            if (byTracks ? d.line >= line && (found == null || d.line < found.line)
                    : d.line <= line && (found == null || d.line > found.line)) {
                found = d;
            }
        }
        return found == null ? null : found.time;
    }

    /** The next update a sentence promises, counted from the update it stands in; empty when it promises none. */
    private static Optional<NoticeTimes.Promise> promise(String words, Sentence sentence, Instant madeAt) {
        if (madeAt == null) {
            return Optional.empty();
        }
        Matcher at = PROMISE_AT.matcher(words);
        if (at.find()) {
            Instant due = onDayOf(at, madeAt);
            if (due != null) {
                return Optional.of(new NoticeTimes.Promise(due, madeAt, sentence.lineAt(at.start()),
                        sentence.columnAt(at.start()), at.group(), false));
            }
        }
        Matcher in = PROMISE_IN.matcher(words);
        if (in.find()) {
            Duration d = duration(in.group("n"), in.group("unit"));
            if (d != null) {
                return Optional.of(new NoticeTimes.Promise(madeAt.plus(d), madeAt, sentence.lineAt(in.start()),
                        sentence.columnAt(in.start()), in.group(), false));
            }
        }
        return Optional.empty();
    }

    private static Duration duration(String number, String unit) {
        String n = number.toLowerCase(Locale.ROOT);
        long minutes = switch (n) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "ten" -> 10;
            case "fifteen" -> 15;
            case "twenty" -> 20;
            case "thirty" -> 30;
            case "forty-five" -> 45;
            case "sixty" -> 60;
            case "half a", "half an" -> -30;
            default -> Long.parseLong(n);
        };
        boolean hours = unit.toLowerCase(Locale.ROOT).startsWith("h");
        if (minutes == -30) {
            return hours ? Duration.ofMinutes(30) : null;
        }
        return hours ? Duration.ofHours(minutes) : Duration.ofMinutes(minutes);
    }
}
