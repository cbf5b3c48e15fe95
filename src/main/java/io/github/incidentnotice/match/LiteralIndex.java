package io.github.incidentnotice.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every literal of every {@link LiteralPrefilter} made in this JVM, indexed so that one pass over a
 * sentence tells which prefilters it passes. Without it each prefilter searched the sentence
 * for each of its literals: the default checklist has some 240 patterns with 4,000 literals, and every
 * sentence meets most of them. Prefilters with the same literals share an id, so loading the same
 * checklist again adds nothing.
 */
final class LiteralIndex {

    static final LiteralIndex SHARED = new LiteralIndex();

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

    /** The prefilters a text passes, its characters folded as {@link LiteralPrefilter#fold(char)} does. */
    Hits scan(CharSequence text) {
        return table().scan(text);
    }

    /** Builds the table for the prefilters registered so far, unless it is built. */
    void prepare() {
        table();
    }

    private Table table() {
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
        return t;
    }

    /** Which prefilters a text passed, as bits by prefilter id, for the ids below {@code count}. */
    record Hits(long[] bits, int count) {

        /** Whether prefilter {@code id} passes; null when the prefilter is newer than the scan. */
        Boolean passes(int id) {
            return id >= count ? null : has(id);
        }

        /** Whether prefilter {@code id}, one below {@code count}, passes. */
        boolean has(int id) {
            return (bits[id >>> 6] & (1L << id)) != 0;
        }
    }

    /**
     * An Aho-Corasick automaton over every literal: one step per character of the text, whatever the
     * number of literals, and each state knows the prefilters whose literals end there. Characters are
     * folded as they are read, so the scan needs no folded copy of the text; a character that occurs in
     * no literal falls in class 0, which sends every state back towards the root.
     */
    private static final class Table {
        private final int count;
        private final int classes;
        /** The class of each ASCII character (after folding). */
        private final int[] asciiClass = new int[128];
        /** The other (folded) characters of the literals, sorted, and their classes. */
        private final char[] otherChars;
        private final int[] otherClasses;
        /** The class of each Latin-1 character, folded first: most text is Latin-1, and this spares the scan the fold. */
        private final int[] latin1Class = new int[256];
        /**
         * {@code next[state * classes + class]}: the full transition function, failure links resolved. Once built,
         * each entry is the next state's row ({@code state * classes}), complemented when a literal ends there:
         * the scan then needs no multiplication per character and one sign test to know there is nothing to mark.
         */
        private final int[] next;
        /** For each state, the ids of the prefilters a literal ending there lets through; null for none. */
        private final int[][] output;

        // Built when a checklist is first used, so on every cold run: the loops are over arrays and
        // copy whole rows, since most of it runs before the JIT has compiled anything.
        Table(List<String[]> sets) {
            count = sets.size();
            Map<String, int[]> byLiteral = new LinkedHashMap<>();
            BitSet alphabet = new BitSet(Character.MAX_VALUE + 1);
            int size = 1;
            for (int id = 0; id < sets.size(); id++) {
                for (String literal : sets.get(id)) {
                    int[] ids = byLiteral.get(literal);
                    byLiteral.put(literal, ids == null ? new int[] {id} : union(ids, new int[] {id}));
                    if (ids == null) {
                        size += literal.length();
                        for (int i = 0; i < literal.length(); i++) {
                            alphabet.set(literal.charAt(i));
                        }
                    }
                }
            }
            int cls = 1;
            for (int c = alphabet.nextSetBit(0); c >= 0 && c < 128; c = alphabet.nextSetBit(c + 1)) {
                asciiClass[c] = cls++;
            }
            otherChars = new char[alphabet.get(128, Character.MAX_VALUE + 1).cardinality()];
            otherClasses = new int[otherChars.length];
            for (int c = alphabet.nextSetBit(128), i = 0; c >= 0; c = alphabet.nextSetBit(c + 1), i++) {
                otherChars[i] = (char) c;
                otherClasses[i] = cls++;
            }
            classes = cls;

            // the trie, as edge lists: each state's first edge, and each edge's class and sibling; an edge's
            // number is the number of the state it leads to, as every state but the root has one edge in
            int[] firstEdge = new int[size];
            int[] edgeClass = new int[size];
            int[] nextEdge = new int[size];
            Arrays.fill(firstEdge, -1);
            int[][] ends = new int[size][];
            int states = 1;
            for (Map.Entry<String, int[]> e : byLiteral.entrySet()) {
                String literal = e.getKey();
                int state = 0;
                for (int i = 0; i < literal.length(); i++) {
                    int c = classOf(literal.charAt(i));
                    int edge = firstEdge[state];
                    while (edge >= 0 && edgeClass[edge] != c) {
                        edge = nextEdge[edge];
                    }
                    if (edge < 0) {
                        edge = states++;
                        edgeClass[edge] = c;
                        nextEdge[edge] = firstEdge[state];
                        firstEdge[state] = edge;
                    }
                    state = edge;
                }
                ends[state] = union(ends[state], e.getValue());
            }

            // breadth first: a state's failure is the state of the longest proper suffix of its path; its
            // row of transitions is its failure's row with its own edges written over, and its output
            // takes in its failure's
            next = new int[states * classes];
            output = new int[states][];
            int[] failure = new int[states];
            int[] queue = new int[states];
            int head = 0;
            int tail = 0;
            for (int edge = firstEdge[0]; edge >= 0; edge = nextEdge[edge]) {
                next[edgeClass[edge]] = edge;
                queue[tail++] = edge;
            }
            while (head < tail) {
                int state = queue[head++];
                int fail = failure[state];
                output[state] = union(ends[state], output[fail]);
                System.arraycopy(next, fail * classes, next, state * classes, classes);
                for (int edge = firstEdge[state]; edge >= 0; edge = nextEdge[edge]) {
                    int child = edge;
                    failure[child] = next[fail * classes + edgeClass[edge]];
                    next[state * classes + edgeClass[edge]] = child;
                    queue[tail++] = child;
                }
            }
            for (int i = 0; i < next.length; i++) {
                int target = next[i];
                next[i] = output[target] == null ? target * classes : ~(target * classes);
            }
            for (char c = 0; c < latin1Class.length; c++) {
                latin1Class[c] = classOf(LiteralPrefilter.fold(c));
            }
        }

        private int classOf(char folded) {
            if (folded < 128) {
                return asciiClass[folded];
            }
            int i = Arrays.binarySearch(otherChars, folded);
            return i < 0 ? 0 : otherClasses[i];
        }

        /** The sorted union of two sorted id lists, either of which may be null. */
        private static int[] union(int[] a, int[] b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            int[] merged = new int[a.length + b.length];
            int i = 0;
            int j = 0;
            int n = 0;
            while (i < a.length || j < b.length) {
                int v = j == b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
                if (i < a.length && a[i] == v) {
                    i++;
                }
                if (j < b.length && b[j] == v) {
                    j++;
                }
                merged[n++] = v;
            }
            return n == merged.length ? merged : Arrays.copyOf(merged, n);
        }

        Hits scan(CharSequence text) {
            long[] bits = new long[(count + 63) >>> 6];
            int row = 0;
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                row = next[row + (c < 256 ? latin1Class[c] : classOf(LiteralPrefilter.fold(c)))];
                if (row < 0) {
                    row = ~row;
                    mark(bits, output[row / classes]);
                }
            }
            return new Hits(bits, count);
        }

        // apart from the scan's loop, which stays small: most characters end no literal
        private static void mark(long[] bits, int[] ids) {
            for (int id : ids) {
                bits[id >>> 6] |= 1L << id;
            }
        }
    }
}
