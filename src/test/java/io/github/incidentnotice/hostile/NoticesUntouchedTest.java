package io.github.incidentnotice.hostile;

import static io.github.incidentnotice.hostile.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.engine.CheckRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checking never modifies, moves or deletes a notice: every file's bytes and modification time are the
 * same after a run over good, bad and hostile notices (the invoker IT notices-untouched does the same
 * around the plugin's goals).
 */
class NoticesUntouchedTest {

    @TempDir
    Path base;

    @Test
    void aRunLeavesEveryFileAsItWas() throws Exception {
        Path notices = base.resolve("incidents");
        write(notices, "good.md", Fixtures.GOOD);
        write(notices, "bad.md", Fixtures.BAD);
        write(notices, "sub/crlf.md", Fixtures.BAD.replace("\n", "\r\n"));
        write(notices, "latin1.md", "---\ntitle: Caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));
        write(notices, "binary.md", new byte[] {0, 1, 2, 3});
        write(notices, "tag.md", "---\ntitle: !!java.io.FileOutputStream [\"" + notices.resolve("good.md") + "\"]\n---\n");
        write(notices, "empty.md", "");
        write(base, "outside/secret.md", "secret\n");
        Files.createSymbolicLink(notices.resolve("out.md"), Path.of("../outside/secret.md"));
        Files.createSymbolicLink(notices.resolve("loop.md"), Path.of("loop.md"));
        Files.createSymbolicLink(notices.resolve("in.md"), Path.of("good.md"));
        try (Stream<Path> all = Files.walk(base)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, FileTime.fromMillis(1_000_000_000_000L));
            }
        }
        Map<String, String> before = snapshot();
        new CheckEngine(ChecklistLoader.defaults()).run(CheckRequest.of(base, notices));
        assertEquals(before, snapshot());
    }

    /** Every path under the base directory with its kind, bytes' digest and modification time. */
    private Map<String, String> snapshot() throws IOException, NoSuchAlgorithmException {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> all = Files.walk(base)) {
            for (Path p : all.toList()) {
                String key = base.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    state.put(key, "link to " + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                    state.put(key, HexFormat.of().formatHex(digest) + " " + Files.getLastModifiedTime(p).toMillis());
                } else {
                    state.put(key, "directory");
                }
            }
        }
        return state;
    }
}
