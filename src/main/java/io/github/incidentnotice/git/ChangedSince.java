package io.github.incidentnotice.git;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The files changed since a git ref, as spotless's {@code ratchetFrom} reads them: changed in the commits from the
 * merge base of the ref and HEAD to HEAD, changed in the index or the work tree, or untracked and not ignored. What
 * has not changed since the ref is the team's old work, left alone while the check is adopted.
 */
public final class ChangedSince implements Predicate<Path> {

    private final String ref;
    private final Set<Path> changed;

    private ChangedSince(String ref, Set<Path> changed) {
        this.ref = ref;
        this.changed = Set.copyOf(changed);
    }

    /** The ref was not usable: not a ref, no work tree, no common history, or git did not run. */
    public static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    /**
     * Reads which files under {@code scope} (a directory, or one file) changed since {@code ref}, with git run in
     * the scope's directory: the notices may be a repository of their own.
     *
     * @throws Unavailable with a one-line message naming the ref and the directory
     */
    public static ChangedSince read(String ref, Path scope) throws Unavailable {
        return read(ref, scope, GitRunner.TIMEOUT);
    }

    static ChangedSince read(String ref, Path scope, Duration timeout) throws Unavailable {
        Path abs = scope.toAbsolutePath().normalize();
        Path dir = Files.isDirectory(abs) || abs.getParent() == null ? abs : abs.getParent();
        GitRunner git = new GitRunner(dir, timeout);
        String name = ref == null ? "" : ref.strip();
        if (name.isEmpty() || name.startsWith("-")) {
            // a leading dash would be read as an option of git, not as a ref
            throw notARef(name, dir, "not a name git reads as a ref");
        }
        GitRunner.Output top = run(git, name, List.of("rev-parse", "--show-toplevel"));
        if (!top.ok() || top.lines().isEmpty()) {
            throw new Unavailable("ratchetFrom '" + name + "' needs a git work tree, but " + dir + " is not in one ("
                    + quoted(top) + "); check the project out with git, or leave incident-notice.ratchetFrom unset.");
        }
        Path root = GitRunner.real(Path.of(top.lines().get(0).strip()));
        GitRunner.Output base = run(git, name, List.of("merge-base", name, "HEAD"));
        if (!base.ok() || base.lines().isEmpty()) {
            GitRunner.Output resolved = run(git, name, List.of("rev-parse", "--verify", "--quiet", name + "^{commit}"));
            if (!resolved.ok()) {
                throw notARef(name, dir, base.reason().isEmpty() ? "git knows no commit of that name" : quoted(base));
            }
            throw new Unavailable("ratchetFrom '" + name + "' shares no history with HEAD in " + dir + " ("
                    + (base.reason().isEmpty() ? "git finds no merge base" : quoted(base)) + "); in a shallow clone"
                    + " fetch the history (git fetch --unshallow), else name a commit HEAD descends from.");
        }
        String mergeBase = base.lines().get(0).strip();
        // pathspecs taken literally: a notice directory may hold '*' or '[' in its name
        String pathspec = abs.toString();
        Set<Path> changed = new HashSet<>();
        // the merge base's tree against the work tree: the commits since, what is staged and what is not
        GitRunner.Output diff = run(git, name, List.of("--literal-pathspecs", "diff", "--name-only", "--no-renames",
                "-z", mergeBase, "--", pathspec));
        if (!diff.ok()) {
            throw new Unavailable("ratchetFrom '" + name + "': git diff failed in " + dir + " (" + quoted(diff) + ").");
        }
        for (String path : diff.nulSeparated()) {
            changed.add(root.resolve(path).normalize());
        }
        GitRunner.Output untracked = run(git, name, List.of("--literal-pathspecs", "ls-files", "--others",
                "--exclude-standard", "--full-name", "-z", "--", pathspec));
        if (!untracked.ok()) {
            throw new Unavailable("ratchetFrom '" + name + "': git ls-files failed in " + dir + " ("
                    + quoted(untracked) + ").");
        }
        for (String path : untracked.nulSeparated()) {
            changed.add(root.resolve(path).normalize());
        }
        return new ChangedSince(name, changed);
    }

    private static GitRunner.Output run(GitRunner git, String ref, List<String> args) throws Unavailable {
        try {
            return git.run(args);
        } catch (GitRunner.NotRun e) {
            throw new Unavailable("ratchetFrom '" + ref + "' needs git, but " + e.getMessage() + " in "
                    + git.directory() + "; install git, or leave incident-notice.ratchetFrom unset.");
        }
    }

    private static Unavailable notARef(String ref, Path dir, String why) {
        return new Unavailable("ratchetFrom '" + ref + "' is not a git ref in " + dir + ": " + why
                + "; use a branch, tag or commit (such as origin/main).");
    }

    /** Git's reason, in its words, as one line. */
    private static String quoted(GitRunner.Output out) {
        String reason = out.reason();
        return reason.isEmpty() ? "git exited with " + out.exitCode() : "git says \"" + reason + "\"";
    }

    /** The ref the files changed since. */
    public String ref() {
        return ref;
    }

    /** Whether {@code file} (a notice found under the scope) changed since the ref. */
    @Override
    public boolean test(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        // the directories' links resolved, as git names them, but not a link that is the notice itself: git tracks the link
        Path named = parent == null ? abs : GitRunner.real(parent).resolve(abs.getFileName());
        return changed.contains(named);
    }

    /** How many files changed (tests and debug output). */
    public int size() {
        return changed.size();
    }
}
