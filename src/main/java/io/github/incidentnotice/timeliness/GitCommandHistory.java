package io.github.incidentnotice.timeliness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.incidentnotice.git.GitRunner;

/**
 * The git history as the {@code git} command tells it: one {@code git log} over the notices' directory gives the
 * author time of the commit that first added each file, following renames. The command, not JGit: the plugin's
 * runtime stays a few small jars, and the history read is the one the team's own git shows. Nothing is read before
 * the first question, and it is read once.
 */
public final class GitCommandHistory implements GitHistory {

    static final Duration TIMEOUT = GitRunner.TIMEOUT;

    private final Path directory;
    private final Path scope;
    private final GitRunner git;
    private String unknownBecause;
    private Map<Path, Instant> firstAdded;

    /**
     * @param scope the directory (or one file) whose history is read: the notices'. Git runs there, not in the
     *              project, since the notices may be a repository of their own (a submodule, a checkout of the site)
     */
    public GitCommandHistory(Path scope) {
        this(scope, TIMEOUT);
    }

    GitCommandHistory(Path scope, Duration timeout) {
        this.scope = scope.toAbsolutePath().normalize();
        Path dir = Files.isDirectory(this.scope) || this.scope.getParent() == null ? this.scope : this.scope.getParent();
        this.directory = dir;
        this.git = new GitRunner(dir, timeout);
    }

    @Override
    public synchronized FirstPublication firstPublished(Path file) {
        if (firstAdded == null && unknownBecause == null) {
            read();
        }
        if (unknownBecause != null) {
            return FirstPublication.unknown(unknownBecause);
        }
        Instant t = firstAdded.get(real(file));
        return t == null ? FirstPublication.unknown("the file is not committed yet") : FirstPublication.at(t);
    }

    private void read() {
        List<String> top = git(List.of("rev-parse", "--show-toplevel"));
        if (top == null || top.isEmpty()) {
            unknownBecause = "the project is not in a git repository (or git is not installed)";
            return;
        }
        List<String> shallow = git(List.of("rev-parse", "--is-shallow-repository"));
        if (shallow == null || shallow.isEmpty() || !shallow.get(0).strip().equals("false")) {
            // a shallow clone's oldest commit adds every file it holds: its times say when the clone was cut
            unknownBecause = "the repository is a shallow clone (fetch its full history: git fetch --unshallow)";
            return;
        }
        Path root = real(Path.of(top.get(0).strip()));
        List<String> log = git(List.of("-c", "core.quotepath=off", "log", "-M", "--diff-filter=AR",
                "--name-status", "--format=%x01%aI", "--", scope.toString()));
        if (log == null) {
            unknownBecause = "git log failed in " + directory;
            return;
        }
        firstAdded = parse(log, root);
    }

    /**
     * The first time each path was added, from {@code git log --name-status} (newest commit first): read from the
     * oldest, a file renamed keeps the time its old name was added.
     */
    static Map<Path, Instant> parse(List<String> log, Path root) {
        List<String> lines = new ArrayList<>(log);
        List<List<String>> commits = new ArrayList<>();
        List<String> current = null;
        for (String line : lines) {
            if (line.startsWith("\u0001")) {
                current = new ArrayList<>();
                current.add(line.substring(1).strip());
                commits.add(current);
            } else if (current != null && !line.isBlank()) {
                current.add(line);
            }
        }
        Collections.reverse(commits);
        Map<Path, Instant> first = new HashMap<>();
        for (List<String> commit : commits) {
            Instant time;
            try {
                time = OffsetDateTime.parse(commit.get(0)).toInstant();
            } catch (DateTimeParseException e) {
                continue;
            }
            for (String change : commit.subList(1, commit.size())) {
                String[] parts = change.split("\t");
                if (parts.length == 2 && parts[0].equals("A")) {
                    first.putIfAbsent(root.resolve(parts[1]).normalize(), time);
                } else if (parts.length == 3 && parts[0].startsWith("R")) {
                    Instant old = first.get(root.resolve(parts[1]).normalize());
                    first.putIfAbsent(root.resolve(parts[2]).normalize(), old != null ? old : time);
                }
            }
        }
        return first;
    }

    /** The lines git printed, or null when it failed, did not start or ran out of time. */
    private List<String> git(List<String> args) {
        try {
            GitRunner.Output out = git.run(args);
            return out.ok() ? out.lines() : null;
        } catch (GitRunner.NotRun e) {
            return null;
        }
    }

    private static Path real(Path p) {
        return GitRunner.real(p);
    }
}
