package io.github.incidentnotice.report;

import java.util.Locale;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.parse.HiddenCharacters;

/**
 * Formats findings as the one-line form IDEs and CI link ({@code file:line:col: [rule] message}) and
 * the run's summary. Text from notices is made safe: control and escape characters are escaped and
 * file names and messages are cut to a bounded length, so a hostile notice cannot rewrite the terminal.
 */
public final class ConsoleFormatter {

    private ConsoleFormatter() {
    }

    /** The line for one finding (without the [ERROR]/[WARNING] prefix the build log adds). */
    public static String line(Finding f) {
        return safe(f.file(), 300) + ":" + f.line() + ":" + f.column() + ": [" + f.rule() + "] " + safe(f.message(), 600);
    }

    /** The summary line, naming the checklist as the result does ({@link #summary(CheckResult, String, String)}). */
    public static String summary(CheckResult result) {
        return summary(result, ChecklistLoader.DEFAULT_NAME.equals(result.checklistName()) ? DEFAULT_CHECKLIST
                : result.checklistName(), null);
    }

    /** How the summary names the built-in checklist. */
    public static final String DEFAULT_CHECKLIST = "the default checklist";

    /** The summary line naming the checklist as {@code checklist} words it (see {@link #summary(CheckResult, String, String)}). */
    public static String summary(CheckResult result, String checklist) {
        return summary(result, checklist, null);
    }

    /**
     * The summary line: notices checked, errors, warnings, waivers, how many notices were left out as unchanged
     * since {@code ratchetRef} (null: the notices were not chosen by a ref), time, then the checklist they were
     * checked against as {@code checklist} words it (a path, or {@link #DEFAULT_CHECKLIST}): a user who wonders
     * why a rule did or did not apply sees at once which file decided it.
     */
    public static String summary(CheckResult result, String checklist, String ratchetRef) {
        return counts(result, ratchetRef) + "; checklist: " + safe(checklist, 300);
    }

    private static String counts(CheckResult result, String ratchetRef) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d notice%s checked: %d error%s, %d warning%s",
                result.notices().size(), result.notices().size() == 1 ? "" : "s",
                result.errors(), result.errors() == 1 ? "" : "s",
                result.warnings(), result.warnings() == 1 ? "" : "s"));
        if (result.waivers() > 0) {
            sb.append(String.format(Locale.ROOT, ", %d waiver%s", result.waivers(), result.waivers() == 1 ? "" : "s"));
        }
        if (result.leftOut() > 0) {
            sb.append(String.format(Locale.ROOT, ", %d unchanged%s left out", result.leftOut(),
                    ratchetRef == null ? "" : " since " + safe(ratchetRef, 200)));
        }
        if (result.fromCache() > 0) {
            sb.append(String.format(Locale.ROOT, ", %d from cache", result.fromCache()));
        }
        sb.append(String.format(Locale.ROOT, " (%d ms)", result.millis()));
        return sb.toString();
    }

    /**
     * Escapes control characters and cuts overly long text, so nothing from a notice can disturb the console.
     * The text is cut between characters and escapes, never inside one: half an escape or a lone half of a
     * surrogate pair would print as something the notice does not say.
     */
    public static String safe(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max) + 8);
        // where to cut, should the text not fit: the end of the last character or escape that leaves room for the ellipsis
        int fit = 0;
        int i = 0;
        while (i < text.length() && sb.length() <= max) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            appendShown(sb, cp);
            if (sb.length() < max) {
                fit = sb.length();
            }
        }
        // whatever was left out, even when escapes made the text reach the limit early, is marked
        if (i < text.length() || sb.length() > max) {
            sb.setLength(fit);
            sb.append('\u2026');
        }
        return sb.toString();
    }

    private static void appendShown(StringBuilder sb, int cp) {
        if (cp == '\n') {
            sb.append("\\n");
        } else if (cp == '\r') {
            sb.append("\\r");
        } else if (cp == '\t') {
            sb.append("\\t");
        } else if (Character.isBmpCodePoint(cp) && (HiddenCharacters.isHidden((char) cp) || Character.isSurrogate((char) cp))) {
            // a surrogate here is half of no pair: a console would print it as '?'
            sb.append(HiddenCharacters.escaped((char) cp));
        } else {
            sb.appendCodePoint(cp);
        }
    }
}
