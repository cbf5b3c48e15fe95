package io.github.incidentnotice.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckModulesTest {

    @TempDir
    Path root;

    @Test
    void aNoticeBelongsToTheModuleWhoseNoticeDirectoryHoldsIt() {
        CheckModules.Module top = module("", "incidents");
        CheckModules.Module eu = module("notices-eu", "notices-eu/incidents");
        CheckModules.Module us = module("services/notices-us", "services/notices-us/incidents");
        List<CheckModules.Module> modules = List.of(top, eu, us);
        assertEquals(List.of(eu), CheckModules.owners(root.resolve("notices-eu/incidents/2026/x.md"), modules));
        assertEquals(List.of(us), CheckModules.owners(root.resolve("services/notices-us/./incidents/x.md"), modules));
    }

    @Test
    void aNoticeInNoNoticeDirectoryBelongsToTheModuleItLiesInElseToTheFirst() {
        CheckModules.Module top = module("", "incidents");
        CheckModules.Module us = module("services/notices-us", "services/notices-us/incidents");
        List<CheckModules.Module> modules = List.of(top, us);
        assertEquals(List.of(us), CheckModules.owners(root.resolve("services/notices-us/drafts/x.md"), modules));
        assertEquals(List.of(top), CheckModules.owners(root.resolve("docs/x.md"), modules));
        assertEquals(List.of(top), CheckModules.owners(root.resolveSibling("elsewhere/x.md"), modules));
        assertEquals(List.of(), CheckModules.owners(root.resolve("x.md"), List.of()));
    }

    @Test
    void theCheckGoalIsKnownByPrefixOrCoordinates() {
        assertTrue(CheckModules.isCheckGoal("incident-notice:check"));
        assertTrue(CheckModules.isCheckGoal("io.github.incidentnotice:incident-notice-maven-plugin:check"));
        assertTrue(CheckModules.isCheckGoal("io.github.incidentnotice:incident-notice-maven-plugin:0.1.0:check@ci"));
        assertFalse(CheckModules.isCheckGoal("incident-notice:new"));
        assertFalse(CheckModules.isCheckGoal("verify"));
        assertFalse(CheckModules.isCheckGoal("other:check"));
        assertFalse(CheckModules.isCheckGoal("org.example:other-plugin:check"));
    }

    @Test
    void theCheckExecutionsConfigurationWinsOverThePlugins() {
        Plugin plugin = plugin();
        plugin.setConfiguration(config("noticeDirectory", "${project.basedir}/all"));
        PluginExecution check = new PluginExecution();
        check.addGoal("check");
        check.setConfiguration(config("noticeDirectory", "published"));
        plugin.addExecution(check);
        MavenProject p = project("m", plugin);
        assertEquals("published", CheckModules.configured(p, "noticeDirectory"));
        assertNull(CheckModules.configured(p, "checklist"));
        check.setConfiguration(null);
        assertEquals("${project.basedir}/all", CheckModules.configured(p, "noticeDirectory"));
        assertNull(CheckModules.configured(project("n", null), "noticeDirectory"));
    }

    private CheckModules.Module module(String dir, String noticeDir) {
        return new CheckModules.Module(project(dir, null), root.resolve(noticeDir).toAbsolutePath().normalize());
    }

    private MavenProject project(String dir, Plugin plugin) {
        Model model = new Model();
        model.setGroupId("g");
        model.setArtifactId(dir.isEmpty() ? "top" : Path.of(dir).getFileName().toString());
        model.setVersion("1");
        Build build = new Build();
        if (plugin != null) {
            build.addPlugin(plugin);
        }
        model.setBuild(build);
        MavenProject p = new MavenProject(model);
        p.setFile(root.resolve(dir).resolve("pom.xml").toFile());
        return p;
    }

    private static Plugin plugin() {
        Plugin plugin = new Plugin();
        plugin.setGroupId(CheckModules.GROUP_ID);
        plugin.setArtifactId(CheckModules.ARTIFACT_ID);
        return plugin;
    }

    private static Xpp3Dom config(String name, String value) {
        Xpp3Dom dom = new Xpp3Dom("configuration");
        Xpp3Dom child = new Xpp3Dom(name);
        child.setValue(value);
        dom.addChild(child);
        return dom;
    }
}
