package io.github.incidentnotice.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

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
}
