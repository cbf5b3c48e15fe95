package io.github.incidentnotice.report;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the root that SARIF locations are relative to ({@code %SRCROOT%}): the nearest directory at or
 * above the project holding {@code .git}, because code scanning resolves paths against the checked-out
 * repository; without one, the top of the build.
 */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    public static Path find(Path projectDir, Path topDir) {
        Path start = projectDir.toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            // .git is a directory in a clone and a file in a worktree or submodule
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return (topDir == null ? start : topDir.toAbsolutePath().normalize());
    }
}
