package io.github.incidentnotice.engine;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import io.github.incidentnotice.model.Level;

/**
 * Decides whether a file found under the notice directory may be read. A symbolic link is followed
 * only when it ends inside the notice directory: one that leads outside is skipped with a warning (a
 * pull request must not get a build to print excerpts of files elsewhere on the machine), and a loop
 * or a link to nothing is an error. A directory the walk could not open is an error too, since its
 * notices went unchecked.
 */
final class PathGuard {

    /** The longest path Linux opens (PATH_MAX, with its closing NUL); macOS takes fewer, Windows more. */
    static final int MAX_PATH = 4095;

    /** Most links followed in a chain before it counts as a loop (the Linux kernel stops at 40). */
    static final int MAX_LINK_HOPS = 40;

    /** Why a found path is not read, and how much that matters. */
    record Refusal(Level level, String message) {
    }

    private final Path root;

    PathGuard(Path noticeDirectory) throws IOException {
        this.root = noticeDirectory.toRealPath();
    }

    /** Why {@code file} is not read, if it is not; {@code attributes} are the walk's (null: look them up). */
    Optional<Refusal> refusal(Path file, BasicFileAttributes attributes) {
        if (attributes != null && attributes.isRegularFile()) {
            // the walk read the file's own attributes, not a link's target's: a plain file, nothing to follow
            return Optional.empty();
        }
        if (tooLong(file)) {
            String text = file.toString();
            // the location may be cut short in a console line, so the message names the path's end
            return Optional.of(new Refusal(Level.WARNING, "this path is " + text.length() + " characters long, more than"
                    + " the " + MAX_PATH + " the file system opens; it is not read, nor anything under it (it ends \"..."
                    + text.substring(text.length() - 60) + "\"); shorten its directory names"));
        }
        if (!Files.isSymbolicLink(file)) {
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(new Refusal(Level.ERROR, "this directory cannot be read (" + listingProblem(file)
                        + "); the notices in it are not checked"));
            }
            return Optional.empty();
        }
        try {
            Path target = file.toRealPath();
            if (!target.startsWith(root)) {
                return Optional.of(new Refusal(Level.WARNING, "this is a symbolic link to a file outside the notice"
                        + " directory; it is not read (move the notice into the directory instead)"));
            }
            return Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.of(new Refusal(Level.ERROR, "this is a symbolic link to a file that does not exist"));
        } catch (FileSystemException e) {
            if (isLoop(file)) {
                return Optional.of(new Refusal(Level.ERROR, "this is a symbolic link loop: following it never reaches a file"));
            }
            return Optional.of(new Refusal(Level.ERROR, "cannot follow this symbolic link: " + CheckEngine.describe(e)));
        } catch (IOException e) {
            return Optional.of(new Refusal(Level.ERROR, "cannot follow this symbolic link: " + CheckEngine.describe(e)));
        }
    }

    /** Whether a path, as it is handed to the file system, is longer than it opens: a walk cannot even tell what it is. */
    static boolean tooLong(Path file) {
        return file.toString().length() > MAX_PATH;
    }

    private static boolean isLoop(Path link) {
        Set<Path> seen = new HashSet<>();
        Path p = link.toAbsolutePath().normalize();
        try {
            while (Files.isSymbolicLink(p)) {
                if (!seen.add(p) || seen.size() > MAX_LINK_HOPS) {
                    return true;
                }
                p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private static String listingProblem(Path directory) {
        try (var entries = Files.newDirectoryStream(directory)) {
            return "it could not be listed";
        } catch (IOException e) {
            return CheckEngine.describe(e);
        }
    }
}
