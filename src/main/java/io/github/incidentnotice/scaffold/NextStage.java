package io.github.incidentnotice.scaffold;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.limits.Deadline;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.KindStage;
import io.github.incidentnotice.model.Stage;
import io.github.incidentnotice.model.Status;
import io.github.incidentnotice.parse.FrontMatter;
import io.github.incidentnotice.parse.Notice;
import io.github.incidentnotice.parse.NoticeReader;
import io.github.incidentnotice.rules.NoticeAnalysis;
import io.github.incidentnotice.rules.ElementRule;

/**
 * Starts the next stage of an existing notice: an ongoing incident becomes its resolved update, a
 * resolved one its postmortem, a running maintenance its completed notice. The front matter is
 * copied line by line with the status moved forward and {@code resolvedWhen} added, the text is
 * kept, and a guide is added for every element the check finds missing from it at the new stage. Works on text only; the source file is never touched.
 */
public final class NextStage {

    private static final Pattern DATED_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+)");

    private final Checklist checklist;
    private final Duration budget;

    public NextStage(Checklist checklist) {
        this(checklist, CheckEngine.TIME_PER_NOTICE);
    }

    /** With another time budget than the check's per notice (tests use a short one). */
    public NextStage(Checklist checklist, Duration budget) {
        this.checklist = checklist;
        this.budget = budget;
    }

    /**
     * The next-stage notice of {@code text}, within the same time budget as {@code check} gives one notice:
     * the analysis runs the team checklist's phrases, and a costly one must not hang the goal.
     *
     * @param sourceName   the source's name as shown in messages (its file name gives the new one)
     * @param resolvedWhen written as {@code resolvedWhen} when the source has none
     */
    public Scaffold from(String sourceName, String text, OffsetDateTime resolvedWhen) throws ScaffoldException {
        try {
            return Deadline.within(budget, () -> {
                try {
                    return unbounded(sourceName, text, resolvedWhen);
                } catch (ScaffoldException e) {
                    throw new Refused(e);
                }
            });
        } catch (Refused r) {
            throw (ScaffoldException) r.getCause();
        } catch (Deadline.Exceeded e) {
            throw new ScaffoldException("Reading " + sourceName + " to start its next stage took longer than "
                    + budget.toMillis() + " ms (the limit per notice, as for check) and was stopped"
                    + (e.during() == null ? "" : " while matching the phrase '" + shortened(e.during()) + "'")
                    + "; check the team checklist for a pattern that costs that much.");
        }
    }

    private static String shortened(String phrase) {
        return phrase.length() <= 80 ? phrase : phrase.substring(0, 77) + "...";
    }

    /** Carries a ScaffoldException out of the budgeted supplier, which cannot throw it. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(ScaffoldException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private Scaffold unbounded(String sourceName, String text, OffsetDateTime resolvedWhen) throws ScaffoldException {
        // a lone CR ends a line for the reader; make it a LF so lines here are counted the same way
        text = text.replaceAll("\r(?!\n)", "\n");
        Notice source = NoticeReader.parse(sourceName, text);
        FrontMatter fm = source.frontMatter();
        String firstLine = text.lines().findFirst().orElse("").strip();
        boolean toml = firstLine.equals("+++");
        if (!fm.usable() || fm.format().equals("none") || !(toml || firstLine.equals("---"))) {
            throw new ScaffoldException("The notice " + sourceName + " has no readable front matter between '---' lines;"
                    + " fix it (mvn incident-notice:check -Dincident-notice.notice=" + sourceName + ") before starting its next stage.");
        }
        NoticeAnalysis current = new NoticeAnalysis(source, checklist);
        Status next = next(sourceName, current.kind(), current.stage());

        List<String> lines = splitKeepingBreaks(text);
        String newline = lines.get(0).endsWith("\r\n") ? "\r\n" : "\n";
        int closing = fm.bodyLine() - 2; // 0-based index of the closing delimiter
        int keysEnd = closing;
        if (toml) {
            // TOML keys after a [table] header belong to that table: top-level keys go before it
            for (int i = 1; i < closing; i++) {
                if (lines.get(i).strip().startsWith("[")) {
                    keysEnd = i;
                    break;
                }
            }
        }
        String when = DateTimeFormatter.ISO_INSTANT.format(resolvedWhen);
        List<String> added = new ArrayList<>();
        if (!replaceKey(lines, keysEnd, "status", toml ? "status = \"" + next.id() + "\"" : "status: " + next.id(), newline)) {
            added.add(toml ? "status = \"" + next.id() + "\"" : "status: " + next.id());
        }
        if (fm.has("resolved")) {
            replaceKey(lines, keysEnd, "resolved", toml ? "resolved = true" : "resolved: true", newline);
        }
        // only leaving the ongoing stage marks the resolution; a postmortem does not invent a time for it
        if (current.stage() == Stage.ONGOING && !fm.has("resolvedWhen")) {
            added.add(toml ? "resolvedWhen = " + when : "resolvedWhen: " + when);
        }
        for (int i = 0; i < added.size(); i++) {
            lines.add(keysEnd + i, added.get(i) + newline);
        }
        StringBuilder out = new StringBuilder(String.join("", lines));
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append(newline);
        }

        // Only what the engine finds missing once the notice is at its new stage gets a guide: it reads the
        // text by meaning, so prevention written under a heading of the team's own is not asked for again.
        Notice moved = NoticeReader.parse(sourceName, out.toString());
        NoticeAnalysis analysis = new NoticeAnalysis(moved, checklist);
        KindStage kindStage = new KindStage(current.kind(), next.stage());
        List<ElementSpec> missing = new ArrayList<>();
        for (ElementSpec e : checklist.elements()) {
            if (ElementRule.missing(analysis, e) && !analysis.awaitsGuide(e)) {
                missing.add(e);
            }
        }
        List<Integer> guides = new ArrayList<>();
        NoticeTemplate.appendSections(out, missing, guides);
        String result = newline.equals("\n") ? out.toString() : out.toString().replaceAll("(?<!\r)\n", "\r\n");
        return new Scaffold(fileName(sourceName, next, fm, resolvedWhen), result, guides, kindStage, next);
    }

    private static Status next(String sourceName, Kind kind, Stage stage) throws ScaffoldException {
        if (kind == Kind.INCIDENT && stage == Stage.ONGOING) {
            return Status.RESOLVED;
        }
        if (kind == Kind.INCIDENT && stage == Stage.RESOLVED) {
            return Status.POSTMORTEM;
        }
        if (kind == Kind.MAINTENANCE && stage == Stage.ONGOING) {
            return Status.COMPLETED;
        }
        String what = kind == Kind.INFORMATIONAL ? "an informational notice, which has no stages"
                : kind == Kind.MAINTENANCE ? "a completed maintenance, its last stage"
                : "a postmortem, the last stage of an incident";
        throw new ScaffoldException("The notice " + sourceName + " is " + what + "; there is no next stage to start"
                + " (incident-notice.from).");
    }

    /** Replaces a top-level key's line (within the front matter) and says whether it was there. */
    private static boolean replaceKey(List<String> lines, int keysEnd, String key, String replacement, String newline) {
        Pattern keyLine = Pattern.compile("(?:" + Pattern.quote(key) + "|\"" + Pattern.quote(key) + "\"|'"
                + Pattern.quote(key) + "')\\s*[:=].*", Pattern.DOTALL);
        for (int i = 1; i < keysEnd; i++) {
            if (keyLine.matcher(lines.get(i)).matches()) {
                lines.set(i, replacement + newline);
                return true;
            }
        }
        return false;
    }

    /**
     * The new file's name: the source's dated name with the new status in place of an old one
     * ({@code 2026-03-02-checkout.md} becomes {@code 2026-03-02-checkout-resolved.md}).
     */
    static String fileName(String sourceName, Status next, FrontMatter fm, OffsetDateTime fallbackDate) {
        String base = sourceName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        String date;
        String rest;
        Matcher m = DATED_NAME.matcher(base);
        if (m.matches()) {
            date = m.group(1);
            rest = m.group(2);
        } else {
            OffsetDateTime start = io.github.incidentnotice.parse.Dates.parse(fm.string("date")).orElse(fallbackDate);
            date = DateTimeFormatter.ISO_LOCAL_DATE.format(start);
            rest = base;
        }
        String slug = Slugger.slug(rest);
        for (Status s : Status.values()) {
            String suffix = "-" + s.id();
            if (slug.endsWith(suffix) && slug.length() > suffix.length()) {
                slug = slug.substring(0, slug.length() - suffix.length());
                break;
            }
        }
        return date.toLowerCase(Locale.ROOT) + "-" + slug + "-" + next.id() + ".md";
    }

    private static List<String> splitKeepingBreaks(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
