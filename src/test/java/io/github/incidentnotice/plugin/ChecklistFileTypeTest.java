package io.github.incidentnotice.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team checklist file that is not a regular file is an error, never a silent fall back to the default (issue 20
 * row 8; the invoker test checklist-not-regular runs the dangling link through Maven).
 */
class ChecklistFileTypeTest {

    @TempDir
    Path top;

    private String refusal() {
        Path module = top.resolve("module");
        return assertThrows(MojoExecutionException.class,
                () -> ChecklistResolver.find(null, module.toFile(), top.toFile())).getMessage();
    }

    private void module() throws IOException {
        Files.createDirectories(top.resolve("module"));
        // a regular file further up, which the search must not fall back to either
        Files.writeString(top.resolve(ChecklistResolver.TEAM_FILE), "extends: default\n");
    }

    @Test
    void aDanglingLink() throws IOException {
        module();
        Files.createSymbolicLink(top.resolve("module/.incident-checklist.yml"), Path.of("moved.yml"));
        assertEquals("Invalid checklist .incident-checklist.yml: not a regular file", refusal());
    }

    @Test
    void aDirectory() throws IOException {
        module();
        Files.createDirectory(top.resolve("module/.incident-checklist.yml"));
        assertEquals("Invalid checklist .incident-checklist.yml: not a regular file", refusal());
    }

    @Test
    void aNamedPipe() throws Exception {
        module();
        mkfifo(top.resolve("module/.incident-checklist.yml"));
        assertEquals("Invalid checklist .incident-checklist.yml: not a regular file", refusal());
    }

    @Test
    void aConfiguredNamedPipeIsRefusedWithoutOpeningIt() throws Exception {
        module();
        Path pipe = top.resolve("module/team.fifo");
        mkfifo(pipe);
        // opening the pipe would block this test forever; the preemptive timeout turns that into a failure
        String message = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> assertThrows(MojoExecutionException.class, () -> ChecklistResolver.effective(pipe.toFile(),
                        top.resolve("module").toFile(), null)).getMessage());
        assertEquals("Invalid checklist team.fifo: not a regular file", message);
    }

    @Test
    void aConfiguredDirectoryIsNotARegularFile() throws IOException {
        module();
        Path dir = Files.createDirectory(top.resolve("module/checklists"));
        assertEquals("Invalid checklist checklists: not a regular file", assertThrows(MojoExecutionException.class,
                () -> ChecklistResolver.find(dir.toFile(), top.resolve("module").toFile(), top.toFile())).getMessage());
    }

    @Test
    void aLinkToARegularFileIsUsed() throws IOException, MojoExecutionException {
        module();
        Path link = top.resolve("module/.incident-checklist.yml");
        Files.createSymbolicLink(link, top.resolve(ChecklistResolver.TEAM_FILE));
        assertEquals(link, ChecklistResolver.find(null, top.resolve("module").toFile(), top.toFile()));
    }

    /** Makes a named pipe, or skips the test where mkfifo is not available. */
    private static void mkfifo(Path pipe) throws InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            p = null;
        }
        assumeTrue(p != null && p.waitFor() == 0, "mkfifo is available");
    }
}
