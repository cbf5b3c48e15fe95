package io.github.incidentnotice.git;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one {@code git} command in a directory within a time limit, never waiting on a terminal or a lock: the
 * command, not JGit, so the plugin's runtime stays a few small jars and git reads what the team's own git shows.
 */
public final class GitRunner {

    /** Git answers a local command in well under a second; a hung one (a credential prompt, a lock) must not hang the build. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Path directory;
    private final Duration timeout;

    /** A runner for git in {@code directory}, giving each command {@code timeout}. */
    public GitRunner(Path directory, Duration timeout) {
        this.directory = directory;
        this.timeout = timeout;
    }

    /** The directory git runs in. */
    public Path directory() {
        return directory;
    }

    /** What a command that ran to its end printed, and its exit code. */
    public record Output(int exitCode, byte[] stdout, String stderr) {

        public boolean ok() {
            return exitCode == 0;
        }

        /** Standard output, line by line. */
        public List<String> lines() {
            return new String(stdout, StandardCharsets.UTF_8).lines().toList();
        }

        /** Standard output split at NUL bytes, as {@code -z} prints paths (no quoting, any character). */
        public List<String> nulSeparated() {
            String text = new String(stdout, StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\u0000")).filter(s -> !s.isEmpty()).toList();
        }

        /** The first line git wrote to standard error, without its {@code fatal:} (empty when none): git's own reason. */
        public String reason() {
            String first = stderr.lines().map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse("");
            return first.replaceFirst("^(fatal|error): ", "");
        }
    }

    /** Git could not be started (not installed), or did not finish in time. */
    public static final class NotRun extends Exception {
        private static final long serialVersionUID = 1L;

        NotRun(String message) {
            super(message);
        }
    }

    /** Runs {@code git args...} and returns what it printed, whatever its exit code. */
    public Output run(List<String> args) throws NotRun {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(args);
        Path out = null;
        Path err = null;
        try {
            // files, not pipes: a command that prints much cannot block on a full pipe while we wait for it
            out = Files.createTempFile("incident-notice-git", ".out");
            err = Files.createTempFile("incident-notice-git", ".err");
            ProcessBuilder pb = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(devNull()));
            pb.environment().put("GIT_TERMINAL_PROMPT", "0");
            // a read must not take the index lock a developer's own git may be waiting for
            pb.environment().put("GIT_OPTIONAL_LOCKS", "0");
            Process p;
            try {
                p = pb.start();
            } catch (IOException e) {
                throw new NotRun("git could not be run (" + e.getMessage() + ")");
            }
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new NotRun("git did not answer within " + timeout.toSeconds() + " s");
            }
            return new Output(p.exitValue(), Files.readAllBytes(out), new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotRun("interrupted while waiting for git");
        } catch (IOException e) {
            throw new NotRun("git's output could not be read (" + e.getMessage() + ")");
        } finally {
            delete(out);
            delete(err);
        }
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind is the system's to clean
        }
    }

    private static File devNull() {
        return new File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** A path as git names it, with links resolved when it exists (git prints the real top of the work tree). */
    public static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            return abs;
        }
    }
}
