package io.github.incidentnotice.cache;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.detect.DetectorModel;

/**
 * What cached findings depend on besides a notice's own bytes: the plugin's version, the effective
 * checklist (the SHA-256 of the default checklist's text and of the team file's bytes) and the options
 * that change findings (encoding, skipped rules). A cache written under another key is ignored as a whole.
 * A snapshot version also folds in the size and time of the plugin's own jar, so a rebuilt snapshot
 * never reuses findings of older code.
 */
public final class CacheKey {

    /** The default checklist's SHA-256 in hex, written next to it by the build (see the pom's antrun step). */
    static final String DEFAULT_DIGEST_RESOURCE = ChecklistLoader.DEFAULT_RESOURCE + ".sha256";

    /** The detector model's SHA-256 in hex, written next to it by the build. */
    static final String MODEL_DIGEST_RESOURCE = DetectorModel.RESOURCE + ".sha256";

    /** A key longer than this (a very long list of skipped rules) is hashed to fit the cache file's header. */
    private static final int LONGEST_PLAIN_KEY = 2048;

    private CacheKey() {
    }

    /**
     * The key for a run. It is the fields themselves, hex-encoded so that no two inputs read alike; no digest is
     * worked out unless a team checklist is given, so an unchanged re-run never starts the JCA.
     *
     * @param toolVersion  the plugin's version
     * @param teamChecklist the team checklist file, or null when the default applies
     */
    public static String of(String toolVersion, Path teamChecklist, Charset encoding, Set<String> skipRules)
            throws IOException {
        StringBuilder key = new StringBuilder("key-2");
        field(key, "version", toolVersion);
        if (toolVersion.endsWith("-SNAPSHOT")) {
            field(key, "build", codeIdentity());
        }
        field(key, "default-checklist", defaultChecklistDigest());
        field(key, "detector-model", digest(MODEL_DIGEST_RESOURCE, DetectorModel.RESOURCE));
        field(key, "team-checklist", teamChecklist == null ? "" : sha256(Files.readAllBytes(teamChecklist)));
        field(key, "encoding", encoding.name());
        field(key, "skip-rules", String.join(",", new TreeSet<>(skipRules)));
        return key.length() <= LONGEST_PLAIN_KEY ? key.toString()
                : "key-2-hashed;" + sha256(key.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void field(StringBuilder key, String name, String value) {
        key.append(';').append(name).append('=').append(HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)));
    }

    /** The build's digest of the default checklist; when the build wrote none (an IDE's build), the same worked out here. */
    static String defaultChecklistDigest() throws IOException {
        return digest(DEFAULT_DIGEST_RESOURCE, ChecklistLoader.DEFAULT_RESOURCE);
    }

    /** The build's digest of a resource, or the same worked out here when the build wrote none. */
    static String digest(String digestResource, String resource) throws IOException {
        try (InputStream in = CacheKey.class.getResourceAsStream(digestResource)) {
            if (in != null) {
                String digest = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
                if (digest.length() == 2 * ContentHash.LENGTH) {
                    return digest;
                }
            }
        }
        return sha256(bytes(resource));
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(ContentHash.of(bytes));
    }

    static byte[] defaultChecklistBytes() throws IOException {
        return bytes(ChecklistLoader.DEFAULT_RESOURCE);
    }

    static byte[] bytes(String resource) throws IOException {
        try (InputStream in = CacheKey.class.getResourceAsStream(resource)) {
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
