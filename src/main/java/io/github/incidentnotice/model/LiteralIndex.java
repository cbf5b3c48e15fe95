package io.github.incidentnotice.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

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
        return t.scan(text);
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
        /** {@code next[state * classes + class]}: the full transition function, failure links resolved. */
        private final int[] next;
        /** For each state, the ids of the prefilters a literal ending there lets through; null for none. */
        private final int[][] output;

        Table(List<String[]> sets) {
            count = sets.size();
            Map<String, Set<Integer>> byLiteral = new LinkedHashMap<>();
            TreeSet<Character> alphabet = new TreeSet<>();
            int size = 1;
            for (int id = 0; id < sets.size(); id++) {
                for (String literal : sets.get(id)) {
                    byLiteral.computeIfAbsent(literal, k -> new TreeSet<>()).add(id);
                }
            }
            for (String literal : byLiteral.keySet()) {
                size += literal.length();
                for (int i = 0; i < literal.length(); i++) {
                    alphabet.add(literal.charAt(i));
                }
            }
            List<Character> others = new ArrayList<>();
            int cls = 1;
            for (char c : alphabet) {
                if (c < 128) {
                    asciiClass[c] = cls++;
                } else {
                    others.add(c);
                }
            }
            otherChars = new char[others.size()];
            otherClasses = new int[others.size()];
            for (int i = 0; i < others.size(); i++) {
                otherChars[i] = others.get(i);
                otherClasses[i] = cls++;
            }
            classes = cls;

            // the trie: next[] holds -1 where there is no child yet
            int[] trie = new int[size * classes];
            Arrays.fill(trie, -1);
            List<int[]> ends = new ArrayList<>(Collections.nCopies(size, (int[]) null));
            int states = 1;
            for (Map.Entry<String, Set<Integer>> e : byLiteral.entrySet()) {
                int state = 0;
                for (int i = 0; i < e.getKey().length(); i++) {
                    int at = state * classes + classOf(e.getKey().charAt(i));
                    if (trie[at] < 0) {
                        trie[at] = states++;
                    }
                    state = trie[at];
                }
                ends.set(state, union(ends.get(state), e.getValue().stream().mapToInt(Integer::intValue).toArray()));
            }
            next = Arrays.copyOf(trie, states * classes);
            output = new int[states][];

            // breadth first: a state's failure is the longest proper suffix of its path that is a trie path;
            // a missing transition is the failure's, and the output takes in the failure's
            int[] failure = new int[states];
            int[] queue = new int[states];
            int head = 0;
            int tail = 0;
            for (int c = 0; c < classes; c++) {
                if (next[c] < 0) {
                    next[c] = 0;
                } else {
                    queue[tail++] = next[c];
                }
            }
            while (head < tail) {
                int state = queue[head++];
                output[state] = union(ends.get(state), output[failure[state]]);
                for (int c = 0; c < classes; c++) {
                    int child = next[state * classes + c];
                    int viaFailure = next[failure[state] * classes + c];
                    if (child < 0) {
                        next[state * classes + c] = viaFailure;
                    } else {
                        failure[child] = viaFailure;
                        queue[tail++] = child;
                    }
                }
            }
        }

        private int classOf(char folded) {
            if (folded < 128) {
                return asciiClass[folded];
            }
            int i = Arrays.binarySearch(otherChars, folded);
            return i < 0 ? 0 : otherClasses[i];
        }

        private static int[] union(int[] a, int[] b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            return IntStream.concat(IntStream.of(a), IntStream.of(b)).distinct().sorted().toArray();
        }

        Hits scan(CharSequence text) {
            long[] bits = new long[(count + 63) >>> 6];
            int state = 0;
            for (int i = 0, n = text.length(); i < n; i++) {
                char c = text.charAt(i);
                state = next[state * classes + (c < 128 ? asciiClass[c | ('A' <= c && c <= 'Z' ? 0x20 : 0)]
                        : classOf(LiteralPrefilter.fold(c)))];
                int[] ids = output[state];
                if (ids != null) {
                    for (int id : ids) {
                        bits[id >>> 6] |= 1L << id;
                    }
                }
            }
            return new Hits(bits, count);
        }
    }
}
