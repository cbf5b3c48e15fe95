package io.github.incidentnotice.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.parse.NoticeReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzing: arbitrary bytes, Markdown-like text and YAML-like front matter go through the reader and
 * the engine. Whatever comes in, nothing is thrown, no notice takes longer than its budget, no
 * finding reports a defect of the plugin, and every finding's line and column lie inside the file
 * (line at most the number of lines, column at most that line's length plus one).
 */
class HostileInputFuzzTest {

    /** A short budget so that a slow input fails the property quickly; real runs allow 10 s. */
    private static final Duration BUDGET = Duration.ofSeconds(2);
    /** Slack over the budget: the clock is looked at between steps, not continuously. */
    private static final long SLACK_MILLIS = 1_500;

    private static final CheckEngine ENGINE = new CheckEngine(ChecklistLoader.defaults(), Set.of(), BUDGET);
    private static Path dir;

    @BeforeContainer
    static void createDirectory() throws IOException {
        dir = Files.createTempDirectory("incident-notice-fuzz");
    }

    @AfterContainer
    static void deleteDirectory() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }

    @Property(tries = 500)
    void arbitraryBytesInUtf8(@ForAll("bytes") byte[] bytes) {
        checkFile(bytes, StandardCharsets.UTF_8);
    }

    @Property(tries = 100)
    void arbitraryBytesInLatin1(@ForAll("bytes") byte[] bytes) {
        checkFile(bytes, StandardCharsets.ISO_8859_1);
    }

    @Property(tries = 1000)
    void arbitraryMarkdown(@ForAll("markdown") String body) {
        checkText("---\ntitle: Checkout errors\nstatus: resolved\n---\n" + body);
    }

    @Property(tries = 1000)
    void arbitraryFrontMatter(@ForAll("yaml") String frontMatter, @ForAll("markdown") String body) {
        checkText("---\n" + frontMatter + "\n---\n" + body);
    }

    @Property(tries = 150)
    void arbitraryTomlFrontMatter(@ForAll("toml") String frontMatter) {
        checkText("+++\n" + frontMatter + "\n+++\nWe are sorry for any inconvenience.\n");
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
        // also valid front matter followed by random bytes, so that the body parser sees them too
        Arbitrary<byte[]> afterFrontMatter = random.map(b -> {
            byte[] head = "---\ntitle: x\nstatus: resolved\n---\n".getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[head.length + b.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(b, 0, all, head.length, b.length);
            return all;
        });
        Arbitrary<byte[]> text = markdown().map(s -> s.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(random, afterFrontMatter, text);
    }

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("\n", "\r\n", "\r", "\n\n", " ", "  ", "\t", "    ", "# ", "## ", "### ", "- ", "* ", "1. ",
                        "> ", ">> ", "```", "~~~", "---", "***", "___", "+++", "| a | b |", "|---|", "[", "]", "(", ")",
                        "[x](http://e.com)", "![i](a.png)", "<", ">", "</", "<br>", "<b>", "</b>", "<strong>",
                        "<!--", "-->", "<script>", "{{", "}}", "{{<", ">}}", "{%", "%}", "{% highlight %}",
                        "{% endhighlight %}", "[^1]", "[^1]:", "*", "_", "**", "__", "`", "``", "\\", "&amp;", "&#0;",
                        "&#x1F600;", "\"", "\u201C", "\u201D", "'", "\u2019", ".", "!", "?", ":", ";", ",", "...",
                        "We are sorry", "we apologize for any inconvenience", "beyond our control", "some users",
                        "TODO", "TBD", "[insert date]", "we take security very seriously", "Thank you",
                        "the root cause was", "we rolled back", "by Friday we will", "What happened", "Impact",
                        "\u0000", "\u001b[31m", "\u0007", "\u202E", "\uFEFF", "\u2028", "\uD83D\uDE00", "\uD800",
                        "\u00e9", "\u4e2d\u6587", "\u0627\u0644"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12),
                Arbitraries.strings().ofMaxLength(6));
        return token.list().ofMaxSize(250).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> yaml() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("\n", "\r\n", "  ", "    ", "- ", ": ", ":", "title", "status", "date", "kind", "waive",
                        "element", "reason", "personal-data", "resolved", "next-update", "resolvedWhen", "severity",
                        "affected", "informational", "true", "false", "yes", "~", "null", "2026-03-02T09:14:00Z",
                        "99999-01-01", "2026-13-45", "1e999", "0x1F", "&a ", "*a", "&b ", "*b", "<<: ", "!!str ",
                        "!!java.io.File ", "!local ", "!<tag:x> ", "%YAML 1.1\n", "[", "]", "{", "}", ",", "? ", "|",
                        ">", "|-", "\"", "'", "#", "---", "...", "\t", "\\", "\u0000", "\u001b", "\u00e9", "\uFEFF"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8));
        return token.list().ofMaxSize(120).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> toml() {
        Arbitrary<String> token = Arbitraries.of("\n", "title", "date", "status", " = ", "=", "\"x\"", "'y'", "[", "]",
                "[[", "]]", "{", "}", ",", "1979-05-27T07:32:00Z", "99999-01-01", "true", "1e999", "\"\"\"", "#",
                "[extra]", "a.b", "\u0000", "\u00e9", " ");
        return Combinators.combine(token.list().ofMaxSize(80), Arbitraries.integers().between(0, 1))
                .as((parts, x) -> String.join("", parts));
    }

    private static void checkFile(byte[] bytes, Charset charset) {
        Path file;
        try {
            file = Files.write(Files.createTempFile(dir, "fuzz", ".md"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            long start = System.nanoTime();
            NoticeResult result = ENGINE.check(new NoticeReader(charset), file, "fuzz.md");
            assertSound(result, leniently(bytes, charset), start);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void checkText(String text) {
        long start = System.nanoTime();
        NoticeResult result = ENGINE.check("fuzz.md", text);
        assertSound(result, text, start);
    }

    /** The text as an editor shows it: undecodable bytes replaced, a leading byte order mark dropped. */
    private static String leniently(byte[] bytes, Charset charset) {
        String text = new String(bytes, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static void assertSound(NoticeResult result, String text, long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis <= BUDGET.toMillis() + SLACK_MILLIS, "took " + millis + " ms");
        List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
        for (Finding f : result.findings()) {
            assertTrue(!f.message().contains("this is a bug in the plugin"), () -> "internal error: " + f);
            assertTrue(f.line() >= 1 && f.line() <= lines.size(), () -> "line outside the file (" + lines.size()
                    + " lines): " + f);
            int length = lines.get(f.line() - 1).length();
            assertTrue(f.column() >= 1 && f.column() <= length + 1, () -> "column outside line " + f.line()
                    + " (" + length + " characters): " + f);
            assertTrue(f.excerpt().length() <= Finding.MAX_EXCERPT, () -> "excerpt too long: " + f);
        }
    }
}
