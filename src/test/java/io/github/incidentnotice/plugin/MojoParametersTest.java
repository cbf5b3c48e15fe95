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
}
