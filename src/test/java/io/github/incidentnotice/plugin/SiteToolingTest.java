package io.github.incidentnotice.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SiteToolingTest {

    @Test
    void currentToolingRendersTheReport() {
        assertNull(SiteTooling.problem("3.20.0", false, "3.9.0"));
        assertNull(SiteTooling.problem("3.22.0", false, null));
    }

    @Test
    void anOldSitePluginIsNamed() {
        assertEquals("incident-notice-maven-plugin's report needs maven-site-plugin 3.20.0 or later (this build uses 3.12.1)"
                + " and maven-project-info-reports-plugin 3.9.0 or later; set them in <build><pluginManagement>",
                SiteTooling.problem("3.12.1", true, null));
    }

    @Test
    void anOldProjectInfoReportsPluginIsNamed() {
        assertEquals("incident-notice-maven-plugin's report needs maven-site-plugin 3.20.0 or later"
                + " and maven-project-info-reports-plugin 3.9.0 or later (this build uses 3.6.0); set them in <build><pluginManagement>",
                SiteTooling.problem("3.21.0", false, "3.6.0"));
    }

    @Test
    void anOldReportingApiIsRefusedWhateverTheVersionReads() {
        assertEquals("incident-notice-maven-plugin's report needs maven-site-plugin 3.20.0 or later (this build uses an older one)"
                + " and maven-project-info-reports-plugin 3.9.0 or later; set them in <build><pluginManagement>",
                SiteTooling.problem(null, true, null));
    }
}
