package io.github.incidentnotice.bench;

import java.nio.file.Path;

/** Writes N generated notices: {@code Generate <directory> <count> [seed]}. */
public final class Generate {
    private Generate() {
    }

    public static void main(String[] args) throws Exception {
        long seed = args.length > 2 ? Long.parseLong(args[2]) : NoticeGenerator.SEED;
        new NoticeGenerator(seed).write(Path.of(args[0]), Integer.parseInt(args[1]));
    }
}
