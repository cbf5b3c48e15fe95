package io.github.incidentnotice.timeliness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first publication of notice files as the git command tells it, on small repositories with fixed commit times. */
class GitCommandHistoryTest {

    @TempDir
    Path dir;

    private void git(Path in, String date, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
                "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true);
        if (date != null) {
            pb.environment().put("GIT_AUTHOR_DATE", date);
            pb.environment().put("GIT_COMMITTER_DATE", date);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
    }

    private Path repository() throws Exception {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve("incidents"));
        git(repo, null, "init", "-q");
        Files.writeString(repo.resolve("incidents/a.md"), "---\ntitle: A\n---\nText.\n");
        git(repo, null, "add", ".");
        git(repo, "2026-03-02T12:19:00+00:00", "commit", "-q", "-m", "first notice");
        Files.writeString(repo.resolve("incidents/a.md"), "---\ntitle: A\n---\nText, updated.\n");
        Files.writeString(repo.resolve("incidents/b.md"), "---\ntitle: B\n---\nOther.\n");
        git(repo, null, "add", ".");
        git(repo, "2026-03-02T14:00:00+02:00", "commit", "-q", "-m", "update a, add b");
        git(repo, null, "mv", "incidents/a.md", "incidents/renamed.md");
        git(repo, "2026-03-05T08:00:00+00:00", "commit", "-q", "-m", "rename");
        Files.writeString(repo.resolve("incidents/new.md"), "---\ntitle: New\n---\nNot committed.\n");
        return repo;
    }

    @Test
    void theFirstCommitThatAddedTheFileFollowingRenames() throws Exception {
        Path repo = repository();
        GitHistory git = new GitCommandHistory(repo.resolve("incidents"));
        assertEquals(FirstPublication.at(Instant.parse("2026-03-02T12:19:00Z")), git.firstPublished(repo.resolve("incidents/renamed.md")));
        assertEquals(FirstPublication.at(Instant.parse("2026-03-02T12:00:00Z")), git.firstPublished(repo.resolve("incidents/b.md")));
        assertEquals(FirstPublication.unknown("the file is not committed yet"), git.firstPublished(repo.resolve("incidents/new.md")));
    }

    @Test
    void aShallowCloneCannotTell() throws Exception {
        Path repo = repository();
        Path clone = dir.resolve("clone");
        git(dir, null, "clone", "-q", "--depth", "1", repo.toUri().toString(), clone.toString());
        GitHistory git = new GitCommandHistory(clone.resolve("incidents"));
        assertEquals(FirstPublication.unknown("the repository is a shallow clone (fetch its full history: git fetch --unshallow)"),
                git.firstPublished(clone.resolve("incidents/b.md")));
    }

    @Test
    void aDirectoryWithoutGitCannotTell() throws Exception {
        Path plain = dir.resolve("plain/incidents");
        Files.createDirectories(plain);
        Files.writeString(plain.resolve("a.md"), "text");
        GitHistory git = new GitCommandHistory(plain);
        assertEquals(FirstPublication.unknown("the project is not in a git repository (or git is not installed)"),
                git.firstPublished(plain.resolve("a.md")));
    }

    @Test
    void theLogIsReadFromTheOldestCommit() {
        Path root = Path.of("/r");
        Map<Path, Instant> first = GitCommandHistory.parse(List.of(
                "\u00012026-03-05T08:00:00+00:00", "", "R100\tincidents/a.md\tincidents/c.md",
                "\u00012026-03-02T12:19:00+00:00", "", "A\tincidents/a.md"), root);
        assertEquals(Map.of(Path.of("/r/incidents/a.md"), Instant.parse("2026-03-02T12:19:00Z"),
                Path.of("/r/incidents/c.md"), Instant.parse("2026-03-02T12:19:00Z")), first);
    }
}
