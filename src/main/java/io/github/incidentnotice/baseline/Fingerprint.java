package io.github.incidentnotice.baseline;

import java.util.regex.Pattern;

import io.github.incidentnotice.model.Finding;

/**
 * What identifies a finding within its notice and rule whatever line it moved to: the text it quotes, or, for a
 * finding that quotes nothing (a missing element), its message with the numbers taken out, since a message may
 * name a line or a time that changes with every edit or every day ("the last update is 3 days old").
 */
public final class Fingerprint {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Fingerprint() {
    }

    /** The fingerprint of {@code finding}: never empty, never holding a line break. */
    public static String of(Finding finding) {
        String excerpt = finding.excerpt();
        String text = excerpt == null || excerpt.isBlank() ? DIGITS.matcher(finding.message()).replaceAll("#") : excerpt;
        return SPACE.matcher(text).replaceAll(" ").strip();
    }
}
