package io.github.incidentnotice.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MojoParametersTest {

    @Test
    void globsAreSplitAndKept() throws MojoExecutionException {
        assertEquals(List.of("**/*.md", "drafts/**"), MojoParameters.globs(List.of("**/*.md, drafts/**"), "incident-notice.includes"));
    }

    @Test
    void aMalformedGlobIsAConfigurationErrorNamingTheParameter() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> MojoParameters.globs(List.of("**/*.md,[abc"), "incident-notice.excludes"));
        assertEquals("The glob '[abc' (incident-notice.excludes) is not valid at index 3 (Missing ']).", e.getMessage());
    }

    @Test
    void nowIsAnIsoInstantOrTheBuildsClock() throws MojoExecutionException {
        assertEquals(java.time.Instant.parse("2026-03-02T10:30:00Z"), MojoParameters.now("2026-03-02T10:30:00Z"));
        assertEquals(java.time.Instant.parse("2026-03-02T09:30:00Z"), MojoParameters.now(" 2026-03-02T10:30:00+01:00 "));
        java.time.Instant before = java.time.Instant.now();
        assertEquals(false, MojoParameters.now(null).isBefore(before));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> MojoParameters.now("yesterday"));
        assertEquals("Cannot read incident-notice.now 'yesterday': write an ISO-8601 instant such as 2026-03-02T10:30:00Z.",
                e.getMessage());
    }

    @Test
    void theTimeLimitIsATimeAsTheChecklistWritesOne() throws MojoExecutionException {
        assertEquals(Duration.ofMinutes(10), MojoParameters.timeLimit("10m"));
        assertEquals(Duration.ofSeconds(90), MojoParameters.timeLimit(" 90s "));
        assertEquals(Duration.ofMillis(1), MojoParameters.timeLimit("1ms"));
        assertEquals(Duration.ofSeconds(90), MojoParameters.timeLimit("PT1M30S"));
        assertEquals(null, MojoParameters.timeLimit(""), "unset: the engine's default");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> MojoParameters.timeLimit("2 weeks"));
        assertEquals("Cannot read incident-notice.timeLimit '2 weeks': write a time such as 10m, 90s or 500ms, or"
                + " ISO-8601 such as PT1M30S.", e.getMessage());
        e = assertThrows(MojoExecutionException.class, () -> MojoParameters.timeLimit("0s"));
        assertEquals("Cannot read incident-notice.timeLimit '0s': the time must be longer than zero.", e.getMessage());
        e = assertThrows(MojoExecutionException.class, () -> MojoParameters.timeLimit("PT-5S"));
        assertEquals("Cannot read incident-notice.timeLimit 'PT-5S': the time must be longer than zero.", e.getMessage());
    }

    @Test
    void aNoticeThatIsADirectoryIsNamedAsOne(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("incidents"));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> MojoParameters.requireNoticeFile(
                dir.resolve("incidents").toFile(), "incidents", "incident-notice.from"));
        assertEquals("The notice incidents is a directory, not a notice file; name one notice such as"
                + " incidents/2026-03-02-checkout.md (incident-notice.from).", e.getMessage());
    }

    @Test
    void aMissingNoticeDoesNotExistAndARegularOneIsTaken(@TempDir Path dir) throws Exception {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> MojoParameters.requireNoticeFile(
                dir.resolve("gone.md").toFile(), "gone.md", "incident-notice.notice"));
        assertEquals("The notice gone.md does not exist (incident-notice.notice).", e.getMessage());
        File notice = Files.writeString(dir.resolve("a.md"), "# A\n").toFile();
        MojoParameters.requireNoticeFile(notice, "a.md", "incident-notice.notice");
    }
}
