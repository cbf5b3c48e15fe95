package io.github.incidentnotice.scaffold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoticeFilesTest {

    @TempDir
    Path project;

    @Test
    void createsTheDirectoryAndTheFile() throws Exception {
        Path dir = project.resolve("docs/incidents");
        Path written = NoticeFiles.create(dir, "docs/incidents", "2026-03-02-x.md", "text é\n", StandardCharsets.UTF_8);
        assertEquals(dir.resolve("2026-03-02-x.md").toAbsolutePath(), written);
        assertEquals("text é\n", Files.readString(written));
    }

    @Test
    void neverOverwritesAndLeavesTheFileByteForByte() throws Exception {
        Path dir = Files.createDirectories(project.resolve("incidents"));
        Path existing = dir.resolve("2026-03-02-x.md");
        byte[] before = "---\ntitle: mine\n---\nDo not touch.\n".getBytes(StandardCharsets.UTF_8);
        Files.write(existing, before);
        FileTime time = FileTime.fromMillis(1_700_000_000_000L);
        Files.setLastModifiedTime(existing, time);
        NoticeExistsException e = assertThrows(NoticeExistsException.class,
                () -> NoticeFiles.create(dir, "incidents", "2026-03-02-x.md", "new", StandardCharsets.UTF_8));
        assertEquals("The notice incidents/2026-03-02-x.md already exists and was left unchanged. Choose another title "
                + "(incident-notice.title), or start its next stage with -Dincident-notice.from=incidents/2026-03-02-x.md",
                e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(existing));
        assertEquals(time, Files.getLastModifiedTime(existing));
    }

    @Test
    void aDanglingSymlinkCountsAsExisting() throws Exception {
        Path dir = Files.createDirectories(project.resolve("incidents"));
        Path outside = project.resolve("outside.md");
        Files.createSymbolicLink(dir.resolve("2026-03-02-x.md"), outside);
        assertThrows(NoticeExistsException.class,
                () -> NoticeFiles.create(dir, "incidents", "2026-03-02-x.md", "new", StandardCharsets.UTF_8));
        assertTrue(Files.notExists(outside));
    }

    @Test
    void aNoticeDirectoryThatIsAFileIsAClearError() throws Exception {
        Path file = Files.writeString(project.resolve("incidents"), "x");
        ScaffoldException e = assertThrows(ScaffoldException.class,
                () -> NoticeFiles.create(file, "incidents", "2026-03-02-x.md", "new", StandardCharsets.UTF_8));
        assertEquals("The notice directory incidents is a file, not a directory (incident-notice.noticeDirectory).",
                e.getMessage());
    }

    @Test
    void textTheEncodingCannotHoldIsAClearErrorAndWritesNothing() throws Exception {
        Path dir = project.resolve("incidents");
        assertThrows(ScaffoldException.class,
                () -> NoticeFiles.create(dir, "incidents", "2026-03-02-x.md", "Łódź", StandardCharsets.ISO_8859_1));
        assertTrue(Files.notExists(dir.resolve("2026-03-02-x.md")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x.md", "a/b.md", "/etc/x.md", "C:x.md", "x.md/..", "..md", ".md", "X.md", "x\u0000.md", "x.txt"})
    void refusesAnyNameThatIsNotASlug(String name) {
        assertThrows(IllegalArgumentException.class,
                () -> NoticeFiles.create(project.resolve("incidents"), "incidents", name, "x", StandardCharsets.UTF_8));
    }

    /** Whatever the title, the notice lands directly in the notice directory and nowhere else. */
    @ParameterizedTest
    @ValueSource(strings = {"../../../../tmp/evil", "..", "/etc/passwd", "C:\\Windows\\evil", "\\\\server\\share\\x",
            "a\u0000b", "x\r\n../y", "\u202Etxt.md", "~/.bashrc", "%2e%2e%2fevil", "nul", "CON"})
    void hostileTitlesStayInsideTheNoticeDirectory(String title) throws Exception {
        Path dir = project.resolve("incidents");
        NewNotice notice = NewNotice.of(title, "2026-03-02", null, null, null, false, java.time.Clock.systemUTC());
        Scaffold s = new NoticeTemplate(io.github.incidentnotice.checklist.ChecklistLoader.defaults()).render(notice);
        Path written = NoticeFiles.create(dir, "incidents", s.fileName(), s.text(), StandardCharsets.UTF_8);
        assertEquals(dir.toAbsolutePath(), written.getParent());
        assertTrue(written.getFileName().toString().matches("2026-03-02-[a-z0-9-]+\\.md"), written.toString());
        try (Stream<Path> all = Files.walk(project)) {
            assertEquals(List.of(project, dir, written), all.map(Path::toAbsolutePath).sorted().toList());
        }
    }
}
