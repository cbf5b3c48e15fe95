package io.github.incidentnotice.checklist;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.github.incidentnotice.model.Checklist;

/**
 * A stable fingerprint of what a checklist enforces: SHA-256 over its canonical YAML rendering
 * ({@link ChecklistWriter} without comments). Two checklists with the same rules have the same
 * fingerprint whatever files they came from: the {@code checklist} goal prints it, so two builds can
 * tell whether they enforce the same rules. (The findings cache is keyed on the checklists' bytes
 * instead, which it can hash without parsing them.)
 */
public final class ChecklistFingerprint {

    private ChecklistFingerprint() {
    }

    /** The fingerprint as 64 lower-case hex digits. */
    public static String of(Checklist checklist) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest(ChecklistWriter.render(checklist, false).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
