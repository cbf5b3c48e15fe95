package io.github.incidentnotice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoticeFinderTest {

    private static final List<String> PATHS = List.of("a.md", "dir/b.md", "dir/sub/c.md", ".md", "dir/.md", ".hidden.md",
            "x.mdx", "x.md.txt", "md", "dir/md", "x.MD", "dir/y.Md", "a.markdown", "dir/b.markdown", "amd", "dir/x.md/y.txt",
            "dir with space/n\u00e9e.md", "dir/x.m");

    @Test
    void anExtensionGlobSelectsWhatTheGlobAndItsTopLevelTwinSelect() {
        for (String glob : List.of("**/*.md", "**/*.markdown", "**/*.m")) {
            NoticeFinder finder = new NoticeFinder(List.of(glob), List.of());
            PathMatcher deep = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            PathMatcher top = FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3));
            for (String p : PATHS) {
                Path path = Path.of(p);
                assertEquals(deep.matches(path) || top.matches(path), finder.selects(path), glob + " on " + p);
            }
        }
    }

    @Test
    void theDefaultIncludesSelectMarkdownAndMdxNotices() {
        NoticeFinder finder = new NoticeFinder(CheckRequest.DEFAULT_INCLUDES, List.of());
        assertEquals(List.of("a.md", "dir/b.md", "x.mdx", "a.markdown"),
                List.of("a.md", "dir/b.md", "x.mdx", "x.md.txt", "a.markdown", "x.mdxx").stream()
                        .filter(p -> finder.selects(Path.of(p))).toList());
    }

    @Test
    void aWalkWithExtensionGlobsFindsWhatTheGlobsSelect(@TempDir Path dir) throws IOException {
        for (String p : PATHS) {
            Path file = dir.resolve(p);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x");
        }
        List<String> globs = List.of("**/*.md", "**/*.markdown");
        // the walk decides by the path's text; the globs, by the path relative to the directory
        NoticeFinder finder = new NoticeFinder(globs, List.of());
        List<String> expected = PATHS.stream().filter(p -> finder.selects(Path.of(p))).sorted().toList();
        List<String> found = finder.find(dir).stream().map(f -> dir.relativize(f.path()).toString().replace('\\', '/'))
                .sorted().toList();
        assertEquals(expected, found);
        assumeTrue(!finder.selects(Path.of("x.MD")), "globs ignore case on this file system (Windows)");
        assertEquals(List.of(".hidden.md", ".md", "a.markdown", "a.md", "dir with space/n\u00e9e.md", "dir/.md", "dir/b.markdown",
                "dir/b.md", "dir/sub/c.md"), found);
    }

    @Test
    void otherGlobsAreTheFileSystemsOwn() {
        NoticeFinder finder = new NoticeFinder(List.of("dir/*.md", "**/*.{md,txt}"), List.of("**/sub/**"));
        assertEquals(true, finder.selects(Path.of("dir/b.md")));
        assertEquals(true, finder.selects(Path.of("x.md.txt")));
        assertEquals(false, finder.selects(Path.of("dir/sub/c.md")));
        assertEquals(false, finder.selects(Path.of("x.mdx")));
    }
}
