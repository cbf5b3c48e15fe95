package io.github.incidentnotice.engine;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists the notice files under a directory that match the include globs and none of the exclude
 * globs, sorted by path so that output is stable. Globs are relative to the notice directory; a
 * leading {@code **}{@code /} also matches files at the top.
 */
public final class NoticeFinder {

    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    /** True when every include selects by extension and nothing is excluded: a file's path text then decides. */
    private final boolean byExtension;

    public NoticeFinder(List<String> includes, List<String> excludes) {
        this.includes = matchers(includes);
        this.excludes = matchers(excludes);
        this.byExtension = this.excludes.isEmpty() && this.includes.stream().allMatch(Extension.class::isInstance);
    }

    /** A glob that selects files by their extension anywhere in the tree, such as the default {@code **}{@code /*.md}. */
    private static final Pattern ANY_FILE_WITH_EXTENSION = Pattern.compile("\\*\\*/\\*(\\.[A-Za-z0-9_-]+)");

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> result = new ArrayList<>();
        for (String glob : globs) {
            String g = glob.strip().replace('\\', '/');
            if (g.isEmpty()) {
                continue;
            }
            Matcher extension = ANY_FILE_WITH_EXTENSION.matcher(g);
            if (extension.matches()) {
                // what the glob and its top-level twin select together, without a regular expression per
                // file: a cold run lists thousands of files before the JIT has compiled the regex engine
                result.add(endsWith(extension.group(1)));
                continue;
            }
            result.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
            if (g.startsWith("**/")) {
                result.add(FileSystems.getDefault().getPathMatcher("glob:" + g.substring(3)));
            }
        }
        return result;
    }

    /** Paths whose file name ends with {@code suffix}, ignoring case where the file system's globs do (Windows). */
    private static PathMatcher endsWith(String suffix) {
        boolean ignoreCase = FileSystems.getDefault().getPathMatcher("glob:*" + suffix)
                .matches(Path.of("x" + suffix.toUpperCase(Locale.ROOT)));
        return new Extension(suffix, ignoreCase);
    }

    /** Selects paths whose file name ends with a suffix that holds no separator, as {@code **}{@code /*.md} does. */
    private record Extension(String suffix, boolean ignoreCase) implements PathMatcher {
        @Override
        public boolean matches(Path path) {
            Path name = path.getFileName();
            return name != null && endsIn(name.toString());
        }

        /** Whether a path's text ends with the suffix: its file name does exactly then, as the suffix has no separator. */
        boolean endsIn(String pathText) {
            return pathText.regionMatches(ignoreCase, pathText.length() - suffix.length(), suffix, 0, suffix.length());
        }
    }

    /** Whether a file the walk found is selected; by its path's text alone when only extensions select. */
    private boolean selects(Path directory, Path file) {
        if (!byExtension) {
            return selects(directory.relativize(file));
        }
        // the text is kept by the path, and naming the file for findings reads it again
        String text = file.toString();
        for (PathMatcher m : includes) {
            if (((Extension) m).endsIn(text)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a path relative to the notice directory is selected. */
    public boolean selects(Path relative) {
        return matchesAny(includes, relative) && !matchesAny(excludes, relative);
    }

    private static boolean matchesAny(List<PathMatcher> matchers, Path path) {
        for (PathMatcher m : matchers) {
            if (m.matches(path)) {
                return true;
            }
        }
        return false;
    }

    /** A file the walk found, with the attributes it read for it (of a link itself, not its target; null when it could not). */
    public record Found(Path path, BasicFileAttributes attributes) {
    }

    /**
     * The selected files under a directory, and any directory that could not be opened. Links to
     * directories are not followed; links to files are listed (the engine decides whether to follow them).
     */
    public List<Found> find(Path directory) throws IOException {
        List<Found> files = new ArrayList<>();
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (selects(directory, file)) {
                    files.add(new Found(file, attrs));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                // a directory that cannot be opened is listed too, so that its unchecked notices are reported; so
                // is a path too long to open, which cannot even be told a directory (PathGuard warns of it)
                if (selects(directory.relativize(file)) || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
                        || PathGuard.tooLong(file)) {
                    files.add(new Found(file, null));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(Found::path));
        return files;
    }
}
