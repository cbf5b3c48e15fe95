package io.github.incidentnotice.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every literal of every {@link LiteralPrefilter} made in this JVM, indexed so that one pass over a
 * folded sentence tells which prefilters it passes. Without it each prefilter searched the sentence
 * for each of its literals: the default checklist has some 240 patterns with 4,000 literals, and every
 * sentence meets most of them. Prefilters with the same literals share an id, so loading the same
 * checklist again adds nothing.
 */
final class LiteralIndex {

    static final LiteralIndex SHARED = new LiteralIndex();

    /** Literals are found by one of their four-character pieces; shorter ones are searched for directly. */
    private static final int GRAM = 4;

    private final Map<List<String>, Integer> ids = new HashMap<>();
    private final List<String[]> literalSets = new ArrayList<>();
    /** The scanning table for the prefilters registered so far; null after a registration until next used. */
    private volatile Table table;

    /** The id of the prefilter with these (folded, non-empty) literals. */
    synchronized int register(String[] literals) {
        List<String> key = List.of(literals);
        Integer id = ids.get(key);
        if (id != null) {
            return id;
        }
        int next = literalSets.size();
        ids.put(key, next);
        literalSets.add(literals);
        table = null;
        return next;
    }

    /** The prefilters a folded text passes. */
    Hits scan(String folded) {
        Table t = table;
        if (t == null) {
            synchronized (this) {
                t = table;
                if (t == null) {
                    t = new Table(literalSets);
                    table = t;
                }
            }
        }
        return t.scan(folded);
    }

    /** Which prefilters a text passed, as bits by prefilter id, for the ids below {@code count}. */
    record Hits(long[] bits, int count) {

        /** Whether prefilter {@code id} passes; null when the prefilter is newer than the scan. */
        Boolean passes(int id) {
            if (id >= count) {
                return null;
            }
            return (bits[id >>> 6] & (1L << id)) != 0;
        }
    }

    /**
     * Each literal of four characters or more is filed under its rarest four-character piece (rarest
     * among all literals, so few literals share a piece and most positions of a sentence hit nothing);
     * a scan looks up the piece at each position and checks the literals filed under it in place.
     */
    private static final class Table {
        private final int count;
        private final String[] literals;
        /** Where in its literal each literal's piece starts. */
        private final int[] pieceAt;
        /** For each literal, the ids of the prefilters it lets through. */
        private final int[][] postings;
        private final int[] shortLiterals;
        private final long[] keys;
        private final int[][] buckets;
        private final int mask;

        Table(List<String[]> sets) {
            count = sets.size();
            Map<String, List<Integer>> byLiteral = new HashMap<>();
            List<String> order = new ArrayList<>();
            for (int id = 0; id < sets.size(); id++) {
                for (String literal : sets.get(id)) {
                    byLiteral.computeIfAbsent(literal, k -> {
                        order.add(k);
                        return new ArrayList<>();
                    }).add(id);
                }
            }
            literals = order.toArray(new String[0]);
            postings = new int[literals.length][];
            pieceAt = new int[literals.length];
            Map<Long, Integer> pieceCounts = new HashMap<>();
            for (String literal : literals) {
                for (int at = 0; at + GRAM <= literal.length(); at++) {
                    pieceCounts.merge(key(literal, at), 1, Integer::sum);
                }
            }
            Map<Long, List<Integer>> byPiece = new HashMap<>();
            List<Integer> shorts = new ArrayList<>();
            for (int i = 0; i < literals.length; i++) {
                postings[i] = byLiteral.get(literals[i]).stream().mapToInt(Integer::intValue).toArray();
                if (literals[i].length() < GRAM) {
                    shorts.add(i);
                    continue;
                }
                int best = 0;
                for (int at = 1; at + GRAM <= literals[i].length(); at++) {
                    if (pieceCounts.get(key(literals[i], at)) < pieceCounts.get(key(literals[i], best))) {
                        best = at;
                    }
                }
                pieceAt[i] = best;
                byPiece.computeIfAbsent(key(literals[i], best), k -> new ArrayList<>()).add(i);
            }
            shortLiterals = shorts.stream().mapToInt(Integer::intValue).toArray();
            int size = Integer.highestOneBit(Math.max(8, byPiece.size() * 3)) << 1;
            mask = size - 1;
            keys = new long[size];
            buckets = new int[size][];
            byPiece.forEach((key, list) -> {
                int slot = slot(key);
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                buckets[slot] = list.stream().mapToInt(Integer::intValue).toArray();
            });
        }

        /** Four characters packed into a long, never 0 (0 marks an empty slot). */
        private static long key(String s, int at) {
            return ((long) s.charAt(at) << 48 | (long) s.charAt(at + 1) << 32 | (long) s.charAt(at + 2) << 16
                    | s.charAt(at + 3)) | 1L << 63;
        }

        private int slot(long key) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        }

        Hits scan(String text) {
            long[] bits = new long[(count + 63) >>> 6];
            for (int i : shortLiterals) {
                if (text.contains(literals[i])) {
                    mark(bits, postings[i]);
                }
            }
            int n = text.length();
            if (n >= GRAM) {
                long key = key(text, 0);
                for (int at = 0; ; at++) {
                    for (int slot = slot(key); keys[slot] != 0; slot = (slot + 1) & mask) {
                        if (keys[slot] == key) {
                            for (int i : buckets[slot]) {
                                int start = at - pieceAt[i];
                                if (start >= 0 && text.startsWith(literals[i], start)) {
                                    mark(bits, postings[i]);
                                }
                            }
                            break;
                        }
                    }
                    if (at + GRAM >= n) {
                        break;
                    }
                    // slide the window by one character
                    key = (key << 16 | text.charAt(at + GRAM)) | 1L << 63;
                }
            }
            return new Hits(bits, count);
        }

        private static void mark(long[] bits, int[] ids) {
            for (int id : ids) {
                bits[id >>> 6] |= 1L << id;
            }
        }
    }
}
