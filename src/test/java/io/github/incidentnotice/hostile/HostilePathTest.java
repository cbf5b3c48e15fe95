package io.github.incidentnotice.hostile;

import static io.github.incidentnotice.hostile.Fixtures.GOOD;
import static io.github.incidentnotice.hostile.Fixtures.only;
import static io.github.incidentnotice.hostile.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.engine.CheckRequest;
import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.NoticeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files in the notice directory that are not plain readable notices: symbolic links (a loop, one to
 * nothing, one leading outside, one staying inside), a named pipe, an unreadable file or directory.
 */
class HostilePathTest {

    private final CheckEngine engine = new CheckEngine(ChecklistLoader.defaults());

    @TempDir
    Path base;

    private Map<String, NoticeResult> run(Path notices) throws IOException {
        CheckResult result = engine.run(CheckRequest.of(base, notices));
        return result.notices().stream().collect(Collectors.toMap(NoticeResult::file, Function.identity()));
    }

    @Test
    void symbolicLinksAreFollowedOnlyInsideTheNoticeDirectory() throws IOException {
        Path notices = base.resolve("incidents");
        write(notices, "good.md", GOOD);
        write(base, "private/secret.md", "---\ntitle: not a notice\n---\nAPI_KEY=do-not-print\n");
        Files.createSymbolicLink(notices.resolve("loop.md"), Path.of("loop.md"));
        Files.createSymbolicLink(notices.resolve("ping.md"), Path.of("pong.md"));
        Files.createSymbolicLink(notices.resolve("pong.md"), Path.of("ping.md"));
        Files.createSymbolicLink(notices.resolve("outside.md"), Path.of("../private/secret.md"));
        Files.createSymbolicLink(notices.resolve("absolute.md"), base.resolve("private/secret.md").toAbsolutePath());
        Files.createSymbolicLink(notices.resolve("dangling.md"), Path.of("gone.md"));
        Files.createSymbolicLink(notices.resolve("latest.md"), Path.of("good.md"));
        Map<String, NoticeResult> r = run(notices);

        assertEquals(List.of("incidents/absolute.md", "incidents/dangling.md", "incidents/good.md", "incidents/latest.md",
                "incidents/loop.md", "incidents/outside.md", "incidents/ping.md", "incidents/pong.md"),
                r.keySet().stream().sorted().toList());
        String loop = "this is a symbolic link loop: following it never reaches a file";
        only(r.get("incidents/loop.md"), "read-error", "error", 1, 1, loop);
        only(r.get("incidents/ping.md"), "read-error", "error", 1, 1, loop);
        String outside = "this is a symbolic link to a file outside the notice directory; it is not read (move the notice"
                + " into the directory instead)";
        only(r.get("incidents/outside.md"), "read-error", "warning", 1, 1, outside);
        only(r.get("incidents/absolute.md"), "read-error", "warning", 1, 1, outside);
        assertEquals(1, r.get("incidents/outside.md").findings().size(), "nothing of the secret file is reported");
        only(r.get("incidents/dangling.md"), "read-error", "error", 1, 1, "this is a symbolic link to a file that does not exist");
        assertEquals(List.of(), r.get("incidents/latest.md").findings(), "a link inside the directory is checked");
        assertEquals(List.of(), r.get("incidents/good.md").findings());
        assertFalse(r.get("incidents/outside.md").failed(), "skipping a link out is a warning, not a failure");
    }

    @Test
    void linkedDirectoriesAreNotWalked() throws IOException {
        Path notices = base.resolve("incidents");
        write(notices, "good.md", GOOD);
        Files.createSymbolicLink(notices.resolve("again"), Path.of("."));
        Files.createSymbolicLink(notices.resolve("up"), Path.of(".."));
        assertEquals(List.of("incidents/good.md"), run(notices).keySet().stream().toList());
    }

    @Test
    void namedPipeIsNotOpened() throws Exception {
        Path notices = base.resolve("incidents");
        write(notices, "good.md", GOOD);
        Path fifo = notices.resolve("pipe.md");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo is available");
        only(run(notices).get("incidents/pipe.md"), "read-error", "error", 1, 1,
                "this is not a regular file (a named pipe, socket or device); it is not read");
    }

    @Test
    void unreadableFileIsReadError() throws IOException {
        Path notices = base.resolve("incidents");
        write(notices, "good.md", GOOD);
        Path locked = write(notices, "locked.md", GOOD);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "permissions apply (they do not for root)");
        Map<String, NoticeResult> r = run(notices);
        only(r.get("incidents/locked.md"), "read-error", "error", 1, 1, "cannot read the file: permission denied");
        assertEquals(List.of(), r.get("incidents/good.md").findings());
    }

    @Test
    void unreadableDirectoryIsReadError() throws IOException {
        Path notices = base.resolve("incidents");
        write(notices, "good.md", GOOD);
        Path locked = notices.resolve("2025");
        write(locked, "old.md", GOOD);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "permissions apply (they do not for root)");
            only(run(notices).get("incidents/2025"), "read-error", "error", 1, 1,
                    "this directory cannot be read (permission denied); the notices in it are not checked");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void noticeDirectoryThatIsAFileChecksNothing() throws IOException {
        // the check goal refuses it with a clear error (IT notice-directory-is-a-file); the engine just finds nothing
        Path file = write(base, "incidents", GOOD);
        assertEquals(List.of(), engine.run(CheckRequest.of(base, file)).notices());
    }
}
