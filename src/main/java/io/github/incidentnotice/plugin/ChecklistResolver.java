package io.github.incidentnotice.plugin;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.incidentnotice.checklist.ChecklistException;
import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.engine.ChecklistSource;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.report.ConsoleFormatter;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Finds and loads the effective checklist for a module: the {@code checklist} parameter when given,
 * else the nearest {@code .incident-checklist.yml} from the module up to the top of the build, else
 * the default checklist. A broken checklist is a {@link MojoExecutionException} with its file and line.
 */
final class ChecklistResolver {

    static final String TEAM_FILE = ".incident-checklist.yml";

    private ChecklistResolver() {
    }

    /** The team checklist file that applies, or null when the default applies. */
    static Path find(File configured, File moduleDir, File topDir) throws MojoExecutionException {
        if (configured != null) {
            if (!configured.isFile()) {
                // a pipe or a directory is refused by its type, never opened: reading a pipe would wait forever
                if (Files.exists(configured.toPath(), LinkOption.NOFOLLOW_LINKS)) {
                    throw new MojoExecutionException("Invalid checklist " + ConsoleFormatter.safe(displayName(
                            moduleDir.toPath(), configured.toPath()), 300) + ": not a regular file");
                }
                throw new MojoExecutionException("The checklist " + ConsoleFormatter.safe(configured.toString(), 300)
                        + " does not exist; fix the 'checklist' parameter (incident-notice.checklist) or remove it to use "
                        + TEAM_FILE + ".");
            }
            return configured.toPath();
        }
        Path dir = moduleDir.toPath().toAbsolutePath().normalize();
        Path top = topDir == null ? dir : topDir.toPath().toAbsolutePath().normalize();
        while (dir != null) {
            Path candidate = dir.resolve(TEAM_FILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            if (Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                // a dangling link, a directory or a pipe where the team keeps its checklist: going on with the
                // default (or a checklist further up) would silently change what the build enforces
                throw new MojoExecutionException("Invalid checklist " + ConsoleFormatter.safe(displayName(
                        moduleDir.toPath(), candidate), 300) + ": not a regular file");
            }
            if (dir.equals(top) || !dir.startsWith(top)) {
                break;
            }
            dir = dir.getParent();
        }
        return null;
    }

    /**
     * How messages and reports name a checklist: relative to the module, also when it lies above it
     * ({@code ../.incident-checklist.yml} in a multi-module build), with '/' separators.
     */
    static String displayName(Path baseDir, Path file) {
        Path base = baseDir.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        Path shown = base.getRoot() != null && base.getRoot().equals(abs.getRoot()) ? base.relativize(abs) : abs;
        return CheckEngine.slashed(shown.toString(), shown.getFileSystem().getSeparator());
    }

    /**
     * How the summary line names the checklist: relative to the module when the file is inside it, else relative
     * to the top of the build and said so (the same words whether the build ran whole, with {@code -pl} or from
     * the module's directory), or {@link ConsoleFormatter#DEFAULT_CHECKLIST}.
     */
    static String summaryName(Path file, File baseDir, File topDir) {
        if (file == null) {
            return ConsoleFormatter.DEFAULT_CHECKLIST;
        }
        Path base = baseDir.toPath().toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        if (abs.startsWith(base) || topDir == null) {
            return displayName(base, abs);
        }
        Path top = topDir.toPath().toAbsolutePath().normalize();
        String shown = displayName(top, abs);
        // an absolute path (another drive) says where it is by itself
        return Path.of(shown).isAbsolute() ? shown : shown + " (from the top of the build)";
    }

    /**
     * The directory at the top of the build: the highest of the top-level project's directory, the multi-module
     * root Maven was started in ({@code .mvn}'s directory) and the directories of the module's parents on disk
     * that holds the module (the module's own when Maven gives no session). {@code -pl module} and {@code cd module}
     * make the module itself the top-level project, and then a checklist at the build's root must still apply:
     * the verdict may not depend on how the build was started.
     */
    static File topDirectory(MavenSession session, File baseDir) {
        if (session == null) {
            return baseDir;
        }
        Path module = baseDir.toPath().toAbsolutePath().normalize();
        Path top = module;
        List<File> candidates = new ArrayList<>();
        if (session.getTopLevelProject() != null) {
            candidates.add(session.getTopLevelProject().getBasedir());
        }
        if (session.getRequest() != null) {
            candidates.add(session.getRequest().getMultiModuleProjectDirectory());
        }
        for (MavenProject p = session.getCurrentProject(); p != null; p = p.getParent()) {
            // a parent resolved from a repository has no directory of its own: the chain on disk ends there
            if (p.getFile() == null) {
                break;
            }
            candidates.add(p.getBasedir());
        }
        for (File candidate : candidates) {
            if (candidate == null) {
                continue;
            }
            Path c = candidate.toPath().toAbsolutePath().normalize();
            if (module.startsWith(c) && c.getNameCount() < top.getNameCount()) {
                top = c;
            }
        }
        return top.toFile();
    }

    /** The effective checklist of a module: {@link #find} then {@link #load}. */
    static Checklist effective(File configured, File baseDir, MavenSession session) throws MojoExecutionException {
        return load(find(configured, baseDir, topDirectory(session, baseDir)), baseDir);
    }

    static Checklist load(Path file, File baseDir) throws MojoExecutionException {
        return loaded(source(file, baseDir));
    }

    /**
     * The effective checklist of a module as a source that parses it only when first asked: a run whose
     * notices all come from the findings cache never does. A broken checklist fails when it is loaded,
     * as an {@link InvalidChecklist} that {@link #loaded} and the callers of the engine turn into the
     * build's error.
     */
    static ChecklistSource source(Path file, File baseDir) {
        if (file == null) {
            return ChecklistSource.lazy(ChecklistLoader.DEFAULT_NAME, ChecklistLoader::defaults);
        }
        String name = displayName(baseDir.toPath(), file);
        return ChecklistSource.lazy(name, () -> {
            try {
                return ChecklistLoader.load(file, name);
            } catch (ChecklistException e) {
                // the message quotes the checklist, which may come from anyone: escape it like notice text
                throw new InvalidChecklist(new MojoExecutionException("Invalid checklist "
                        + ConsoleFormatter.safe(e.getMessage(), 600)));
            }
        });
    }

    /** The checklist of a source, loading it now; a broken one is the build's error. */
    static Checklist loaded(ChecklistSource source) throws MojoExecutionException {
        try {
            return source.get();
        } catch (InvalidChecklist e) {
            throw e.problem();
        }
    }

    /** A checklist that failed to load lazily, carrying the build's error (a supplier cannot throw it itself). */
    static final class InvalidChecklist extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidChecklist(MojoExecutionException problem) {
            super(problem.getMessage(), problem, false, false);
        }

        MojoExecutionException problem() {
            return (MojoExecutionException) getCause();
        }
    }
}
