package io.github.incidentnotice.cache;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 of a notice's bytes: what decides whether its cached findings still apply once its file's stamp
 * ({@link FileStamp}) has changed, as on a fresh clone; a time alone never decides.
 */
public final class ContentHash {

    /** Length of a hash in bytes. */
    public static final int LENGTH = 32;

    /** Looking up a digest costs more than hashing a small notice, so each thread keeps one. */
    private static final ThreadLocal<MessageDigest> PER_THREAD = ThreadLocal.withInitial(ContentHash::digest);

    private ContentHash() {
    }

    public static byte[] of(byte[] bytes) {
        // digest() resets the instance, so the next call starts afresh
        return PER_THREAD.get().digest(bytes);
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256
            throw new IllegalStateException(e);
        }
    }
}
