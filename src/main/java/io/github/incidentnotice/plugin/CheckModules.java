package io.github.incidentnotice.plugin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The modules of the build that run the {@code check} goal, each with the notice directory its check reads: in a
 * multi-module build {@code new} writes where that check will find the notice, and one notice given with
 * {@code notice} is checked by the module whose notice directory holds it.
 */
final class CheckModules {

    static final String GROUP_ID = "io.github.incidentnotice";
    static final String ARTIFACT_ID = "incident-notice-maven-plugin";
    static final String GOAL_PREFIX = "incident-notice";
    static final String DIRECTORY_PROPERTY = "incident-notice.noticeDirectory";

    /** A module that runs the check, and the directory it reads (absolute, normalized). */
    record Module(MavenProject project, Path noticeDirectory) {

        /** The module's base directory, absolute and normalized, as paths are compared with it. */
        Path base() {
            return project.getBasedir().toPath().toAbsolutePath().normalize();
        }
    }

    private CheckModules() {
    }

    /**
     * The modules of the reactor, in its order, whose build runs the check: every one when the check is a goal on
     * the command line ({@code mvn incident-notice:check}), else those with an execution of it in their build.
     */
    static List<Module> of(MavenSession session) {
        List<Module> modules = new ArrayList<>();
        if (session == null || session.getProjects() == null) {
            return modules;
        }
        boolean onCommandLine = session.getGoals() != null && session.getGoals().stream().anyMatch(CheckModules::isCheckGoal);
        for (MavenProject p : session.getProjects()) {
            if (p.getBasedir() == null) {
                continue;
            }
            if (onCommandLine || checkExecution(p.getPlugin(GROUP_ID + ":" + ARTIFACT_ID)) != null) {
                modules.add(new Module(p, noticeDirectory(p, session)));
            }
        }
        return modules;
    }

    /**
     * The modules that should check {@code file}: those whose notice directory holds it; when none does, the
     * module it lies in (the deepest), else the first module of the reactor, so that exactly the same modules are
     * chosen whichever module asks and one notice is never left unchecked by all of them.
     */
    static List<Module> owners(Path file, List<Module> modules) {
        Path abs = file.toAbsolutePath().normalize();
        List<Module> holders = new ArrayList<>();
        for (Module m : modules) {
            if (abs.startsWith(m.noticeDirectory())) {
                holders.add(m);
            }
        }
        if (!holders.isEmpty() || modules.isEmpty()) {
            return holders;
        }
        Module deepest = null;
        for (Module m : modules) {
            Path base = m.base();
            if (abs.startsWith(base) && (deepest == null || base.getNameCount() > deepest.base().getNameCount())) {
                deepest = m;
            }
        }
        return List.of(deepest != null ? deepest : modules.get(0));
    }

    /** The module among {@code modules} that is {@code project}, or null. */
    static Module find(List<Module> modules, MavenProject project) {
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        for (Module m : modules) {
            if (m.base().equals(base)) {
                return m;
            }
        }
        return null;
    }

    /**
     * A value configured for the check of a module in its POM: in the check's execution, else for the plugin;
     * null when there is none. Maven has already put in the {@code ${...}} values the POM itself defines.
     */
    static String configured(MavenProject project, String parameter) {
        Plugin plugin = project.getPlugin(GROUP_ID + ":" + ARTIFACT_ID);
        PluginExecution execution = checkExecution(plugin);
        String value = execution == null ? null : child(execution.getConfiguration(), parameter);
        if (value == null && plugin != null) {
            value = child(plugin.getConfiguration(), parameter);
        }
        return value;
    }

    private static Path noticeDirectory(MavenProject p, MavenSession session) {
        String value = configured(p, "noticeDirectory");
        if (value == null && session.getUserProperties() != null) {
            // as for the parameter: the POM's value wins over the command line's
            value = session.getUserProperties().getProperty(DIRECTORY_PROPERTY);
        }
        Path base = p.getBasedir().toPath().toAbsolutePath();
        Path dir = value == null || value.isBlank() ? base.resolve("incidents") : base.resolve(value.strip());
        return dir.normalize();
    }

    private static PluginExecution checkExecution(Plugin plugin) {
        if (plugin == null) {
            return null;
        }
        for (PluginExecution e : plugin.getExecutions()) {
            // an execution bound to the phase "none" is how a POM turns an inherited one off
            if (e.getGoals().contains("check") && !"none".equals(e.getPhase())) {
                return e;
            }
        }
        return null;
    }

    /** incident-notice:check, or the plugin's groupId:artifactId[:version]:check, with or without an @execution. */
    static boolean isCheckGoal(String goal) {
        String g = goal.contains("@") ? goal.substring(0, goal.indexOf('@')) : goal;
        String[] parts = g.split(":");
        if (parts.length < 2 || !parts[parts.length - 1].equals("check")) {
            return false;
        }
        return parts.length == 2 ? parts[0].equals(GOAL_PREFIX)
                : parts.length <= 4 && parts[0].equals(GROUP_ID) && parts[1].equals(ARTIFACT_ID);
    }

    private static String child(Object configuration, String name) {
        if (configuration instanceof Xpp3Dom dom) {
            Xpp3Dom child = dom.getChild(name);
            if (child != null && child.getValue() != null && !child.getValue().isBlank()) {
                return child.getValue().strip();
            }
        }
        return null;
    }
}
