package io.github.incidentnotice.parse;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A checking aid, not a test: prints everything {@link NoticeReader#parse} makes of every Markdown file
 * under the directories given (front matter, sentences with the position of each character, sections),
 * so that two builds of the parser can be compared with {@code diff}.
 */
public final class ParseDump {

    private ParseDump() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (String arg : args) {
            Path dir = Path.of(arg);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".markdown"))
                        .sorted().toList();
            }
            for (Path file : files) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
                dump(NoticeReader.parse(file.toString(), text), out);
            }
        }
        out.flush();
    }

    private static void dump(Notice n, PrintStream out) {
        out.println("== " + n.file() + " last=" + n.lastLine() + " updates=" + n.updates() + " title=" + n.title());
        FrontMatter fm = n.frontMatter();
        out.println("fm " + fm.format() + " body=" + fm.bodyLine() + " usable=" + fm.usable() + " values=" + fm.values());
        for (Map.Entry<String, int[]> e : new java.util.TreeMap<>(fm.keyPositions()).entrySet()) {
            out.println("key " + e.getKey() + " " + e.getValue()[0] + ":" + e.getValue()[1]);
        }
        fm.waivers().forEach(w -> out.println("waiver " + w));
        fm.problems().forEach(p -> out.println("problem " + p));
        for (Sentence s : n.sentences()) {
            out.println("s " + s.section() + " " + s.update() + " " + s.title() + " " + s.quoted() + " " + s.listItem()
                    + " " + s.heading() + " " + s.block().type() + s.block().headingLevel() + s.block().bold() + " @"
                    + s.offset() + " " + s.text());
            out.println("  " + positions(s.block()));
        }
        for (Section sec : n.sections()) {
            out.println("section " + sec.normalizedHeading() + " " + sec.line() + ":" + sec.column() + " opaque="
                    + sec.opaqueContent() + " " + sec.heading() + " content=" + sec.content().size() + " "
                    + sec.content().stream().map(Sentence::offset).toList());
        }
    }

    private static String positions(TextBlock b) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < b.text().length(); i++) {
            sb.append(b.lineAt(i)).append(':').append(b.columnAt(i)).append(' ');
        }
        return sb.toString();
    }
}
