package io.github.incidentnotice.plugin;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.io.File;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.report.ConsoleFormatter;
import org.apache.maven.plugin.MojoExecutionException;

/** How the goals read the parameters they share: comma-separated lists, times and the notices' encoding. */
final class MojoParameters {

    private MojoParameters() {
    }

    /** Parameters given on the command line arrive as one comma-separated value. */
    static List<String> split(List<String> values) {
        List<String> result = new ArrayList<>();
        if (values == null) {
            return result;
        }
        for (String v : values) {
            if (v == null) {
                continue;
            }
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    result.add(part.strip());
                }
            }
        }
        return result;
    }

    /**
     * A comma-separated list of globs, each checked now: a malformed one ({@code [abc}) is a configuration
     * error naming the parameter, not an exception from deep in the check.
     */
    static List<String> globs(List<String> values, String property) throws MojoExecutionException {
        List<String> globs = split(values);
        for (String glob : globs) {
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + glob.replace('\\', '/'));
            } catch (PatternSyntaxException e) {
                throw new MojoExecutionException("The glob '" + glob + "' (" + property + ") is not valid at index "
                        + e.getIndex() + " (" + e.getDescription() + ").");
            }
        }
        return globs;
    }

    /**
     * The {@code now} parameter as an instant: the build's clock when unset; an ISO-8601 instant
     * ({@code 2026-03-02T10:30:00Z}) or date-time with an offset otherwise, else a configuration error.
     */
    static Instant now(String value) throws MojoExecutionException {
        if (value == null || value.isBlank()) {
            return Instant.now();
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("Cannot read incident-notice.now '" + value.strip() + "': write an ISO-8601"
                    + " instant such as 2026-03-02T10:30:00Z.");
        }
    }

    /**
     * The {@code timeLimit} parameter: a time as the checklist writes one ({@code 10m}, {@code 90s}, {@code 500ms},
     * or ISO-8601 such as {@code PT1M30S}), longer than zero; unset, the engine's default.
     */
    static Duration timeLimit(String value) throws MojoExecutionException {
        if (value == null || value.isBlank()) {
            return null;
        }
        String shown = ConsoleFormatter.safe(value.strip(), 80);
        Duration d;
        try {
            d = ChecklistLoader.parseTime(value);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Cannot read incident-notice.timeLimit '" + shown + "': write a time such"
                    + " as 10m, 90s or 500ms, or ISO-8601 such as PT1M30S.");
        }
        if (d.isNegative() || d.isZero()) {
            throw new MojoExecutionException("Cannot read incident-notice.timeLimit '" + shown + "': the time must be"
                    + " longer than zero.");
        }
        return d;
    }

    /** The encoding's canonical name (UTF-8 when unset or unknown: an unknown one fails the goal elsewhere). */
    static String charsetName(String encoding) {
        try {
            return CheckEngine.charset(encoding).name();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return "UTF-8";
        }
    }

    /** The encoding parameter as a charset (UTF-8 when unset); an unknown one is a configuration error. */
    static Charset charset(String encoding) throws MojoExecutionException {
        try {
            return CheckEngine.charset(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoExecutionException("Unknown encoding '" + encoding + "' (incident-notice.encoding).");
        }
    }

    /**
     * Fails unless {@code file}, given as one notice by {@code property}, is a regular file: a directory or a
     * pipe is named for what it is, since "does not exist" would send the user looking for a typo.
     */
    static void requireNoticeFile(File file, String shown, String property) throws MojoExecutionException {
        if (file.isFile()) {
            return;
        }
        String name = ConsoleFormatter.safe(shown, 300);
        if (file.isDirectory()) {
            throw new MojoExecutionException("The notice " + name + " is a directory, not a notice file; name one"
                    + " notice such as " + name + "/2026-03-02-checkout.md (" + property + ").");
        }
        if (Files.exists(file.toPath(), LinkOption.NOFOLLOW_LINKS) && Files.exists(file.toPath())) {
            throw new MojoExecutionException("The notice " + name + " is not a regular file (" + property + ").");
        }
        throw new MojoExecutionException("The notice " + name + " does not exist (" + property + ").");
    }
}
