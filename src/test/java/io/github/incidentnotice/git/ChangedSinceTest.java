package io.github.incidentnotice.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which notices changed since a ref, on real temporary repositories (skipped where git is not installed). */
class ChangedSinceTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void gitIsInstalled() {
        boolean installed;
        try {
            installed = new ProcessBuilder("git", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            installed = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            installed = false;
        }
        assumeTrue(installed, "git is not on the PATH");
    }

    private static void git(Path in, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
                "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /**
     * Notices committed and tagged v1; then, on a branch, a commit that edits committed.md and renames moved.md,
     * and uncommitted work: staged.md staged, unstaged.md edited, an untracked notice and an ignored one.
     */
    private Path repository() throws Exception {
        Path repo = dir.resolve("repo");
        Path incidents = repo.resolve("incidents");
        write(incidents.resolve("kept.md"), "kept\n");
        write(incidents.resolve("committed.md"), "committed\n");
        write(incidents.resolve("staged.md"), "staged\n");
        write(incidents.resolve("unstaged.md"), "unstaged\n");
        write(incidents.resolve("moved.md"), "moved\n");
        write(repo.resolve("README.md"), "outside the notices\n");
        write(repo.resolve(".gitignore"), "*.draft.md\n");
        git(repo, "init", "-q");
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "old notices");
        git(repo, "tag", "v1");
        git(repo, "checkout", "-q", "-b", "work");
        write(incidents.resolve("committed.md"), "committed, edited\n");
        git(repo, "mv", "incidents/moved.md", "incidents/renamed.md");
        write(repo.resolve("README.md"), "edited, but not a notice\n");
        git(repo, "commit", "-q", "-am", "edit one, rename one");
        write(incidents.resolve("staged.md"), "staged, edited\n");
        git(repo, "add", "incidents/staged.md");
        write(incidents.resolve("unstaged.md"), "unstaged, edited\n");
        write(incidents.resolve("sub/untracked.md"), "new\n");
        write(incidents.resolve("ignored.draft.md"), "ignored\n");
        return repo;
    }

    @Test
    void theCommitsSinceTheMergeBaseTheIndexTheWorkTreeAndUntrackedFiles() throws Exception {
        Path incidents = repository().resolve("incidents");
        ChangedSince changed = ChangedSince.read("v1", incidents);
        assertEquals("v1", changed.ref());
        for (String name : List.of("committed.md", "renamed.md", "staged.md", "unstaged.md", "sub/untracked.md")) {
            assertTrue(changed.test(incidents.resolve(name)), name);
        }
        assertFalse(changed.test(incidents.resolve("kept.md")));
        assertFalse(changed.test(incidents.resolve("ignored.draft.md")), "ignored files are not the team's notices");
        // the old name, deleted, and nothing outside the notice directory
        assertEquals(6, changed.size());
        assertTrue(changed.test(incidents.resolve("moved.md")));
        assertFalse(changed.test(incidents.getParent().resolve("README.md")));
    }

    @Test
    void commitsOnTheRefAfterTheBranchPointAreNotChangesOfThisBranch() throws Exception {
        Path repo = repository();
        git(repo, "stash", "-q", "--include-untracked");
        git(repo, "checkout", "-q", "main");
        write(repo.resolve("incidents/kept.md"), "edited on main after the branch\n");
        git(repo, "commit", "-q", "-am", "main moves on");
        git(repo, "checkout", "-q", "work");
        ChangedSince changed = ChangedSince.read("main", repo.resolve("incidents"));
        assertFalse(changed.test(repo.resolve("incidents/kept.md")), "changed on main, not here");
        assertTrue(changed.test(repo.resolve("incidents/committed.md")));
        assertFalse(changed.test(repo.resolve("incidents/staged.md")), "stashed: unchanged");
    }

    @Test
    void aRefGitDoesNotKnowIsOneLineNamingIt() throws Exception {
        Path incidents = repository().resolve("incidents");
        ChangedSince.Unavailable e = assertThrows(ChangedSince.Unavailable.class,
                () -> ChangedSince.read("origin/nope", incidents));
        assertEquals("ratchetFrom 'origin/nope' is not a git ref in " + incidents.toAbsolutePath().normalize()
                + ": git says \"Not a valid object name origin/nope\"; use a branch, tag or commit (such as"
                + " origin/main).", e.getMessage());
    }

    @Test
    void aRefThatLooksLikeAnOptionIsNotPassedToGit() throws Exception {
        Path incidents = repository().resolve("incidents");
        ChangedSince.Unavailable e = assertThrows(ChangedSince.Unavailable.class,
                () -> ChangedSince.read("--output=/tmp/x", incidents));
        assertEquals("ratchetFrom '--output=/tmp/x' is not a git ref in " + incidents.toAbsolutePath().normalize()
                + ": not a name git reads as a ref; use a branch, tag or commit (such as origin/main).", e.getMessage());
    }

    @Test
    void aDirectoryOutsideAnyWorkTreeIsOneLine() throws Exception {
        Path plain = dir.resolve("plain/incidents");
        Files.createDirectories(plain);
        ChangedSince.Unavailable e = assertThrows(ChangedSince.Unavailable.class, () -> ChangedSince.read("main", plain));
        assertTrue(e.getMessage().startsWith("ratchetFrom 'main' needs a git work tree, but " + plain + " is not in one"
                + " (git says \"not a git repository"), e.getMessage());
        assertTrue(e.getMessage().endsWith("); check the project out with git, or leave incident-notice.ratchetFrom"
                + " unset."), e.getMessage());
    }

    @Test
    void aRefWithNoHistoryInCommonIsOneLine() throws Exception {
        Path repo = repository();
        git(repo, "checkout", "-q", "--orphan", "elsewhere");
        git(repo, "commit", "-q", "-m", "unrelated");
        git(repo, "checkout", "-q", "work");
        ChangedSince.Unavailable e = assertThrows(ChangedSince.Unavailable.class,
                () -> ChangedSince.read("elsewhere", repo.resolve("incidents")));
        assertEquals("ratchetFrom 'elsewhere' shares no history with HEAD in " + repo.resolve("incidents")
                + " (git finds no merge base); in a shallow clone fetch the history (git fetch --unshallow), else"
                + " name a commit HEAD descends from.", e.getMessage());
    }

    @Test
    void aNoticeDirectoryNamedWithGlobCharactersIsTakenLiterally() throws Exception {
        Path repo = dir.resolve("globs");
        write(repo.resolve("in[c]/a.md"), "a\n");
        write(repo.resolve("inc/b.md"), "b\n");
        git(repo, "init", "-q");
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "one");
        write(repo.resolve("inc/b.md"), "b, edited\n");
        write(repo.resolve("in[c]/a.md"), "a, edited\n");
        ChangedSince changed = ChangedSince.read("HEAD", repo.resolve("in[c]"));
        assertEquals(1, changed.size());
        assertTrue(changed.test(repo.resolve("in[c]/a.md")));
    }
}
