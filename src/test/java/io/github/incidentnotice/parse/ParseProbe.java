package io.github.incidentnotice.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A measuring probe, not a test: reads every notice under a directory once, then parses them all with
 * {@link NoticeReader#parse} a number of times in this JVM, printing the millis of each pass (the first
 * pass is the cold figure, the last the warm one), in wall and in thread CPU time. Arguments: the directory
 * and the number of passes.
 */
public final class ParseProbe {

    private ParseProbe() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            names.add(dir.relativize(file).toString());
            texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        }
        // the machine is shared: thread CPU time is printed next to wall time, as it suffers less from other load
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        StringBuilder wall = new StringBuilder("parse " + files.size() + " wall");
        StringBuilder cpu = new StringBuilder(" cpu");
        long checksum = 0;
        for (int pass = 0; pass < passes; pass++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < texts.size(); i++) {
                Notice notice = NoticeReader.parse(names.get(i), texts.get(i));
                checksum += notice.sentences().size();
            }
            wall.append(' ').append((System.nanoTime() - start) / 1_000_000);
            cpu.append(' ').append((threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000);
        }
        System.out.println(wall.append(cpu).append(" checksum ").append(checksum));
    }
}
