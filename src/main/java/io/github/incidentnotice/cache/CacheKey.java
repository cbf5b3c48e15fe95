package io.github.incidentnotice.cache;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

import io.github.incidentnotice.checklist.ChecklistLoader;

/**
 * What cached findings depend on besides a notice's own bytes: the plugin's version, the effective
 * checklist (the default checklist's text and the team file's bytes) and the options that change
 * findings (encoding, skipped rules). A cache written under another key is ignored as a whole.
 * A snapshot version also folds in the size and time of the plugin's own jar, so a rebuilt snapshot
 * never reuses findings of older code.
 */
public final class CacheKey {

    private CacheKey() {
    }

    /**
     * The key for a run.
     *
     * @param toolVersion  the plugin's version
     * @param teamChecklist the team checklist file, or null when the default applies
     */
    public static String of(String toolVersion, Path teamChecklist, Charset encoding, Set<String> skipRules)
            throws IOException {
        MessageDigest digest = ContentHash.digest();
        field(digest, "version", toolVersion.getBytes(StandardCharsets.UTF_8));
        if (toolVersion.endsWith("-SNAPSHOT")) {
            field(digest, "build", codeIdentity().getBytes(StandardCharsets.UTF_8));
        }
        field(digest, "default-checklist", defaultChecklistBytes());
        field(digest, "team-checklist", teamChecklist == null ? new byte[0] : Files.readAllBytes(teamChecklist));
        field(digest, "encoding", encoding.name().getBytes(StandardCharsets.UTF_8));
        field(digest, "skip-rules", String.join(",", new TreeSet<>(skipRules)).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Each field is length-prefixed so that no two different inputs hash the same stream. */
    private static void field(MessageDigest digest, String name, byte[] value) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Integer.toString(value.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(value);
    }

    private static byte[] defaultChecklistBytes() throws IOException {
        try (InputStream in = CacheKey.class.getResourceAsStream(ChecklistLoader.DEFAULT_RESOURCE)) {
            return in == null ? new byte[0] : in.readAllBytes();
        }
    }

    private static String codeIdentity() {
        try {
            CodeSource source = CacheKey.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return "";
            }
            Path location = Path.of(source.getLocation().toURI());
            return location + ":" + Files.size(location) + ":" + Files.getLastModifiedTime(location).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "";
        }
    }
}
