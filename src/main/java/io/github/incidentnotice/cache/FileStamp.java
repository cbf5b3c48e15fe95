package io.github.incidentnotice.cache;

import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * What the file system said of a notice file when its bytes were hashed: size, modification time and
 * file key (device and inode on Unix). Like git's index, the cache uses it only to skip re-reading a
 * file whose stamp is unchanged and was already old when the cache was saved; the content hash is
 * still what the findings are kept under, and a changed stamp, as on a fresh clone, means the file
 * is read and hashed again.
 */
public record FileStamp(long size, long modifiedNanos, int fileKey) {

    /** The stamp of a file as a directory walk saw it, or null when the walk gave no attributes. */
    public static FileStamp of(BasicFileAttributes attributes) {
        if (attributes == null || !attributes.isRegularFile()) {
            return null;
        }
        return new FileStamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                Objects.hashCode(attributes.fileKey()));
    }

    // written out: a record's generated equals is bootstrapped at its first call, some 30 ms of a cold
    // run that otherwise only compares stamps
    @Override
    public boolean equals(Object o) {
        return o instanceof FileStamp other && size == other.size && modifiedNanos == other.modifiedNanos
                && fileKey == other.fileKey;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(size) * 31 * 31 + Long.hashCode(modifiedNanos) * 31 + fileKey;
    }
}
