package io.github.incidentnotice.engine;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What to check, as the mojo (or any other caller) asks for it: the directory that names are relative
 * to, the notice directory with include and exclude globs, or one notice; the encoding; the clock and git history
 * the timeliness checks read (null: no timeliness checks); and the time limit of the whole run, processor time
 * spent checking notices summed over the threads (null: {@link #DEFAULT_TIME_LIMIT}); and which of the notices found
 * are checked (null: all; the others are counted as left out, as {@code ratchetFrom} leaves out unchanged ones).
 * (Rules to skip are the engine's: they shape its rules, not what it reads.)
 */
public record CheckRequest(Path baseDirectory, Path noticeDirectory, List<String> includes, List<String> excludes,
                           Path singleNotice, Charset encoding, TimelinessInputs timeliness, Duration timeLimit,
                           Predicate<Path> selection) {

    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.md", "**/*.markdown", "**/*.mdx");

    /**
     * The time limit of a run unless the request says otherwise: far more than a large repository needs (10,000
     * generated notices take some 10 s of processor time in all), far less than the hours a checklist phrase slow
     * on every notice would take.
     */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(10);

    public CheckRequest {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        includes = includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        encoding = encoding == null ? StandardCharsets.UTF_8 : encoding;
        timeLimit = timeLimit == null ? DEFAULT_TIME_LIMIT : timeLimit;
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit must be longer than zero: " + timeLimit);
        }
    }

    /** A request that checks every notice found. */
    public CheckRequest(Path baseDirectory, Path noticeDirectory, List<String> includes, List<String> excludes,
                        Path singleNotice, Charset encoding, TimelinessInputs timeliness, Duration timeLimit) {
        this(baseDirectory, noticeDirectory, includes, excludes, singleNotice, encoding, timeliness, timeLimit, null);
    }

    /** A request with the default time limit. */
    public CheckRequest(Path baseDirectory, Path noticeDirectory, List<String> includes, List<String> excludes,
                        Path singleNotice, Charset encoding, TimelinessInputs timeliness) {
        this(baseDirectory, noticeDirectory, includes, excludes, singleNotice, encoding, timeliness, null);
    }

    /** A request without timeliness checks. */
    public CheckRequest(Path baseDirectory, Path noticeDirectory, List<String> includes, List<String> excludes,
                        Path singleNotice, Charset encoding) {
        this(baseDirectory, noticeDirectory, includes, excludes, singleNotice, encoding, null);
    }

    /** The same request with the timeliness checks reading {@code inputs}. */
    public CheckRequest withTimeliness(TimelinessInputs inputs) {
        return new CheckRequest(baseDirectory, noticeDirectory, includes, excludes, singleNotice, encoding, inputs,
                timeLimit, selection);
    }

    /** The same request with another time limit for the whole run (null: the default). */
    public CheckRequest withTimeLimit(Duration limit) {
        return new CheckRequest(baseDirectory, noticeDirectory, includes, excludes, singleNotice, encoding, timeliness,
                limit, selection);
    }

    /**
     * The same request checking only the notices found that {@code selected} accepts (given their absolute path;
     * null: all of them).
     */
    public CheckRequest withSelection(Predicate<Path> selected) {
        return new CheckRequest(baseDirectory, noticeDirectory, includes, excludes, singleNotice, encoding, timeliness,
                timeLimit, selected);
    }

    /** A request for every notice under a directory with the default globs. */
    public static CheckRequest of(Path baseDirectory, Path noticeDirectory) {
        return new CheckRequest(baseDirectory, noticeDirectory, null, null, null, null);
    }
}
