package io.github.incidentnotice.baseline;

import java.util.regex.Pattern;

import io.github.incidentnotice.model.Finding;

/**
 * What identifies a finding within its notice and rule whatever line it moved to: the text it quotes; for a missing
 * element, which quotes nothing, the element (its message names the closest candidate, which an edit moves, and
 * the checklist's guidance, which an upgrade may reword); else its message with the numbers taken out, since a
 * message may name a line or a time that changes with every edit or every day ("the last update is 3 days old").
 */
public final class Fingerprint {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Fingerprint() {
    }

    /** The fingerprint of {@code finding}: never empty, never holding a line break. */
    public static String of(Finding finding) {
        String excerpt = finding.excerpt();
        String text;
        if (excerpt != null && !excerpt.isBlank()) {
            text = excerpt;
        } else if (finding.element() != null && !finding.element().isBlank()) {
            text = finding.element();
        } else {
            text = DIGITS.matcher(finding.message()).replaceAll("#");
        }
        return SPACE.matcher(text).replaceAll(" ").strip();
    }
}
