package io.github.incidentnotice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

import org.junit.jupiter.api.Test;

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
    void otherGlobsAreTheFileSystemsOwn() {
        NoticeFinder finder = new NoticeFinder(List.of("dir/*.md", "**/*.{md,txt}"), List.of("**/sub/**"));
        assertEquals(true, finder.selects(Path.of("dir/b.md")));
        assertEquals(true, finder.selects(Path.of("x.md.txt")));
        assertEquals(false, finder.selects(Path.of("dir/sub/c.md")));
        assertEquals(false, finder.selects(Path.of("x.mdx")));
    }
}
