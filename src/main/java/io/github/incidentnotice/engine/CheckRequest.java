package io.github.incidentnotice.engine;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to check, as the mojo (or any other caller) asks for it: the directory that names are relative
 * to, the notice directory with include and exclude globs, or one notice; the encoding; the clock and git history
 * the timeliness checks read (null: no timeliness checks). (Rules to skip are the engine's: they shape its rules,
 * not what it reads.)
 */
public record CheckRequest(Path baseDirectory, Path noticeDirectory, List<String> includes, List<String> excludes,
                           Path singleNotice, Charset encoding, TimelinessInputs timeliness) {

    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.md", "**/*.markdown", "**/*.mdx");

    public CheckRequest {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        includes = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        encoding = encoding == null ? StandardCharsets.UTF_8 : encoding;
    }

    /** A request without timeliness checks. */
    public CheckRequest(Path baseDirectory, Path noticeDirectory, List<String> includes, List<String> excludes,
                        Path singleNotice, Charset encoding) {
        this(baseDirectory, noticeDirectory, includes, excludes, singleNotice, encoding, null);
    }

    /** The same request with the timeliness checks reading {@code inputs}. */
    public CheckRequest withTimeliness(TimelinessInputs inputs) {
        return new CheckRequest(baseDirectory, noticeDirectory, includes, excludes, singleNotice, encoding, inputs);
    }

    /** A request for every notice under a directory with the default globs. */
    public static CheckRequest of(Path baseDirectory, Path noticeDirectory) {
        return new CheckRequest(baseDirectory, noticeDirectory, null, null, null, null);
    }
}
