package io.github.incidentnotice.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The floor of the benchmark, run in a fresh JVM: only list, read and parse every notice (front matter
 * with SnakeYAML, body with commonmark-java), with no checking at all. Prints one line:
 * {@code floor <files> <millis-in-process> <checksum>}.
 */
public final class FloorRun {

    private FloorRun() {
    }

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        Path dir = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Parser parser = Parser.builder().build();
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        long checksum = 0;
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            String body = text;
            if (text.startsWith("---\n")) {
                int end = text.indexOf("\n---\n", 4);
                if (end > 0) {
                    Object fm = yaml.load(text.substring(4, end + 1));
                    checksum += fm == null ? 0 : fm.hashCode() & 0xFF;
                    body = text.substring(end + 5);
                }
            }
            Node doc = parser.parse(body);
            for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
                checksum++;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("floor " + files.size() + " " + millis + " " + checksum);
    }
}
