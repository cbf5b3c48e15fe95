package io.github.incidentnotice.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cheap test that rules out most sentences before a regular expression runs: from the pattern's
 * source it derives sets of literal strings such that, from each set, at least one must occur
 * (case-folded) in any text the pattern matches, e.g. {@code \bwe\b.*\b(?:sorry|apologi[sz]e)\b}
 * needs "we", and "sorry" or "apologi".
 * Checking a few {@code indexOf}s is many times cheaper than running a large alternation at every
 * position of a sentence that does not match, which is what most sentences do for most phrases.
 * The analysis is conservative: any construct it does not understand contributes no requirement,
 * and a pattern it cannot read at all gets a prefilter that lets everything through.
 */
public final class LiteralPrefilter {

    /** Lets every text through. */
    public static final LiteralPrefilter NONE = new LiteralPrefilter(null);

    /**
     * Above this many strings a finite set is treated as unknown, so analysis stays small. The checklist's
     * vocabularies are alternations of some 100 words each, and the detector reads each in every sentence:
     * with a prefilter most sentences skip them.
     */
    static final int MAX_STRINGS = 256;

    /** At most this many sets are kept, the most selective: each costs a bit test per sentence. */
    private static final int MAX_REQUIREMENTS = 4;

    /** A character class of at most this many plain characters is read as those characters. */
    private static final int MAX_CLASS = 4;

    /** The literal sets, most selective first; null when there is no requirement. */
    private final String[][] requirements;
    /** Each set's id in {@link LiteralIndex#SHARED}, which finds the literals of all prefilters at once. */
    private final int[] ids;

    private LiteralPrefilter(String[][] requirements) {
        this.requirements = requirements;
        this.ids = new int[requirements == null ? 0 : requirements.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = LiteralIndex.SHARED.register(requirements[i]);
        }
    }

    /** The prefilter of a compiled pattern; {@link #NONE} when the pattern has flags or syntax it does not read. */
    public static LiteralPrefilter of(Pattern pattern) {
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
            return NONE;
        }
        return of(pattern.pattern());
    }

    /** The prefilter of a checklist pattern (read in java.util.regex syntax, as the checklist writes it). */
    public static LiteralPrefilter of(LinearPattern pattern) {
        return of(pattern.pattern());
    }

    private static LiteralPrefilter of(String source) {
        try {
            Parser p = new Parser(source);
            Info info = p.alternation();
            if (p.pos != p.src.length()) {
                return NONE;
            }
            List<Set<String>> sets = info.required();
            if (sets.isEmpty()) {
                return NONE;
            }
            String[][] requirements = new String[Math.min(MAX_REQUIREMENTS, sets.size())][];
            for (int i = 0; i < requirements.length; i++) {
                requirements[i] = sets.get(i).toArray(new String[0]);
            }
            return new LiteralPrefilter(requirements);
        } catch (RuntimeException e) {
            // an unexpected construct: no prefilter, the regular expression alone decides
            return NONE;
        }
    }

    /**
     * Builds the scanning table for every prefilter made so far, which the first scan would otherwise do:
     * a run calls it while it loads the checklist, off the path of the first notice.
     */
    public static void prepareIndex() {
        LiteralIndex.SHARED.prepare();
    }

    /** The index ids of the literal sets (not a copy: for {@link Phrase}, which tests them itself). */
    int[] ids() {
        return ids;
    }

    /** False only when the pattern cannot match the text {@code folded} was made from. */
    public boolean mayMatch(Folded folded) {
        for (int i = 0; i < ids.length; i++) {
            Boolean indexed = folded.hits.passes(ids[i]);
            if (indexed == null ? !containsAny(folded.text(), requirements[i]) : !indexed) {
                return false;
            }
        }
        return true;
    }

    // for a prefilter made after the text was scanned
    private static boolean containsAny(String text, String[] literals) {
        for (String literal : literals) {
            if (text.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    /** False only when the pattern cannot match {@code text}. */
    public boolean mayMatch(CharSequence text) {
        return mayMatch(Folded.of(text));
    }

    /** The most selective set of literals of which one must occur, or null when there is no requirement (for tests). */
    public List<String> literals() {
        return requirements == null ? null : List.of(requirements[0]);
    }

    /** Every set of literals of which one must occur, most selective first; empty when there is no requirement. */
    public List<List<String>> requirements() {
        return requirements == null ? List.of() : java.util.Arrays.stream(requirements).map(List::of).toList();
    }

    /**
     * A text as the prefilters see it: case-folded the way a case-insensitive, Unicode-case pattern
     * compares characters (so a folded literal occurs in it wherever the pattern could match the
     * literal), with the prefilters it passes, found in one scan of the text.
     */
    public static final class Folded {
        private final CharSequence source;
        final LiteralIndex.Hits hits;
        /** Made only for a prefilter newer than the scan. */
        private String text;

        private Folded(CharSequence source) {
            this.source = source;
            this.hits = LiteralIndex.SHARED.scan(source);
        }

        public static Folded of(CharSequence text) {
            return new Folded(text);
        }

        /** The folded text. */
        public String text() {
            if (text == null) {
                text = fold(source);
            }
            return text;
        }
    }

    /** The folded form of a text (see {@link Folded}). */
    public static String fold(CharSequence text) {
        int n = text.length();
        char[] chars = null;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char f = fold(c);
            if (f != c && chars == null) {
                chars = new char[n];
                for (int k = 0; k < i; k++) {
                    chars[k] = text.charAt(k);
                }
            }
            if (chars != null) {
                chars[i] = f;
            }
        }
        return chars == null ? text.toString() : new String(chars);
    }

    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * What is known about a piece of a pattern: the exact strings it can match when they are few
     * ({@code exact}, null when unknown or infinite) and a set of which one must occur ({@code req}).
     */
    private record Info(Set<String> exact, List<Set<String>> reqs) {

        static final Info ZERO = new Info(Set.of(""), List.of());
        static final Info ANY = new Info(null, List.of());

        /** Every set of which one literal must occur, most selective first (ties keep their order). */
        List<Set<String>> required() {
            List<Set<String>> all = new ArrayList<>(reqs);
            Set<String> own = reqOf(exact);
            if (own != null) {
                all.add(own);
            }
            List<Set<String>> distinct = new ArrayList<>(new LinkedHashSet<>(all));
            distinct.sort((a, b) -> better(a, b) == a ? (better(b, a) == b ? 0 : -1) : 1);
            return distinct;
        }

        /** The most selective set, or null. */
        Set<String> best() {
            List<Set<String>> all = required();
            return all.isEmpty() ? null : all.get(0);
        }
    }

    private static void addIfSome(List<Set<String>> reqs, Set<String> set) {
        if (set != null) {
            reqs.add(set);
        }
    }

    private static Set<String> reqOf(Set<String> exact) {
        if (exact == null) {
            return null;
        }
        for (String s : exact) {
            if (s.isEmpty()) {
                return null;
            }
        }
        return exact;
    }

    /** The more selective of two requirements: the one whose shortest literal is longer, then the smaller. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        int ma = minLength(a);
        int mb = minLength(b);
        if (ma != mb) {
            return ma > mb ? a : b;
        }
        return a.size() <= b.size() ? a : b;
    }

    private static int minLength(Set<String> set) {
        int min = Integer.MAX_VALUE;
        for (String s : set) {
            min = Math.min(min, s.length());
        }
        return min;
    }

    private static Set<String> product(Set<String> a, Set<String> b) {
        if ((long) a.size() * b.size() > MAX_STRINGS) {
            return null;
        }
        Set<String> result = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                result.add(x + y);
            }
        }
        return result;
    }

    /** A recursive-descent reader of java.util.regex syntax, just deep enough to find literals. */
    private static final class Parser {
        final String src;
        int pos;

        Parser(String src) {
            this.src = src;
        }

        Info alternation() {
            List<Info> alternatives = new ArrayList<>();
            alternatives.add(sequence());
            while (pos < src.length() && src.charAt(pos) == '|') {
                pos++;
                alternatives.add(sequence());
            }
            if (alternatives.size() == 1) {
                return alternatives.get(0);
            }
            Set<String> exact = new LinkedHashSet<>();
            Set<String> req = new LinkedHashSet<>();
            // a set every alternative requires is required of the whole ("{vendor}.*thank|thank.*{vendor}"
            // needs a vendor as well as "thank")
            List<Set<String>> common = null;
            for (Info alt : alternatives) {
                if (common == null) {
                    common = new ArrayList<>(alt.required());
                } else if (!common.isEmpty()) {
                    common.retainAll(alt.required());
                }
                if (exact != null) {
                    if (alt.exact() == null) {
                        exact = null;
                    } else {
                        exact.addAll(alt.exact());
                    }
                }
                Set<String> r = alt.best();
                if (req != null) {
                    if (r == null) {
                        req = null;
                    } else {
                        req.addAll(r);
                    }
                }
            }
            if (exact != null && exact.size() > MAX_STRINGS) {
                exact = null;
            }
            List<Set<String>> reqs = new ArrayList<>(common);
            if (req != null) {
                reqs.add(req);
            }
            return new Info(exact, reqs);
        }

        Info sequence() {
            Set<String> chain = Set.of("");
            boolean whole = true;
            // every piece of a sequence is required: each piece's sets are kept
            List<Set<String>> reqs = new ArrayList<>();
            // a run of single strings (a word, read one character at a time) is appended to every string of
            // the chain at once, when the run ends: multiplying the chain out at each character made a new set
            // and new strings per character, most of the cost of loading a checklist's prefilters
            StringBuilder run = new StringBuilder();
            while (pos < src.length() && src.charAt(pos) != '|' && src.charAt(pos) != ')') {
                if (chain.size() <= MAX_STRINGS && readPlain(run)) {
                    continue;
                }
                Info item = quantified(atom());
                if (item.exact() != null && item.exact().size() == 1 && chain.size() <= MAX_STRINGS) {
                    // the product with one string never outgrows the chain, so it always joins
                    run.append(item.exact().iterator().next());
                    continue;
                }
                chain = joinRun(chain, run);
                Set<String> joined = item.exact() == null ? null : product(chain, item.exact());
                if (joined != null) {
                    chain = joined;
                    continue;
                }
                whole = false;
                addIfSome(reqs, reqOf(chain));
                reqs.addAll(item.reqs());
                chain = item.exact() == null ? Set.of("") : item.exact();
            }
            chain = joinRun(chain, run);
            if (!whole) {
                addIfSome(reqs, reqOf(chain));
            }
            return new Info(whole ? chain : null, reqs);
        }

        /**
         * Reads the ordinary, unquantified characters from here into the run, folded: what atom() would read
         * as themselves, without its objects. A loop of its own, so that this method, not sequence(), is the
         * one the JIT compiles for the thousands of characters of a checklist's words: compiled, sequence()
         * took the whole recursive reader with it (some 0.4 s of C2 time on a cold run).
         *
         * @return whether it read any
         */
        private boolean readPlain(StringBuilder run) {
            int start = pos;
            while (pos < src.length() && plainAt(pos) && !quantifierAt(pos + 1)) {
                run.append(fold(src.charAt(pos++)));
            }
            return pos > start;
        }

        /** Whether the character at {@code i} stands for itself (no operator, group, class or escape). */
        private boolean plainAt(int i) {
            return switch (src.charAt(i)) {
                case '(', ')', '[', '.', '^', '$', '\\', '*', '+', '?', '{', '|' -> false;
                default -> true;
            };
        }

        /** Whether a quantifier starts at {@code i}. */
        private boolean quantifierAt(int i) {
            if (i >= src.length()) {
                return false;
            }
            char c = src.charAt(i);
            return c == '?' || c == '*' || c == '+' || c == '{';
        }

        /** The chain with the pending run appended to each of its strings (the run is emptied). */
        private static Set<String> joinRun(Set<String> chain, StringBuilder run) {
            if (run.length() == 0) {
                return chain;
            }
            Set<String> joined = product(chain, Set.of(run.toString()));
            run.setLength(0);
            return joined;
        }

        Info quantified(Info atom) {
            if (pos >= src.length()) {
                return atom;
            }
            char c = src.charAt(pos);
            int min;
            int max;
            if (c == '?') {
                min = 0;
                max = 1;
                pos++;
            } else if (c == '*') {
                min = 0;
                max = Integer.MAX_VALUE;
                pos++;
            } else if (c == '+') {
                min = 1;
                max = Integer.MAX_VALUE;
                pos++;
            } else if (c == '{') {
                int close = src.indexOf('}', pos);
                String[] bounds = src.substring(pos + 1, close).split(",", -1);
                min = Integer.parseInt(bounds[0].strip());
                max = bounds.length == 1 ? min
                        : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].strip());
                pos = close + 1;
            } else {
                return atom;
            }
            if (pos < src.length() && (src.charAt(pos) == '?' || src.charAt(pos) == '+')) {
                pos++;
            }
            if (min == 1 && max == 1) {
                return atom;
            }
            if (min == 0) {
                if (max == 1 && atom.exact() != null) {
                    Set<String> exact = new LinkedHashSet<>(atom.exact());
                    exact.add("");
                    return new Info(exact, List.of());
                }
                return Info.ANY;
            }
            // at least one occurrence: whatever one occurrence requires is still required
            return new Info(null, atom.required());
        }

        Info atom() {
            char c = src.charAt(pos++);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return characterClass();
                case '.':
                    return Info.ANY;
                case '^':
                case '$':
                    return Info.ZERO;
                case '\\':
                    return escape();
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new IllegalArgumentException("quantifier without an atom at " + pos);
                default:
                    return literal(c);
            }
        }

        Info literal(char c) {
            return new Info(Set.of(String.valueOf(fold(c))), List.of());
        }

        Info group() {
            boolean zeroWidth = false;
            if (src.startsWith("?", pos)) {
                if (src.startsWith("?:", pos) || src.startsWith("?>", pos)) {
                    pos += 2;
                } else if (src.startsWith("?=", pos) || src.startsWith("?!", pos)) {
                    pos += 2;
                    zeroWidth = true;
                } else if (src.startsWith("?<=", pos) || src.startsWith("?<!", pos)) {
                    pos += 3;
                    zeroWidth = true;
                } else if (src.startsWith("?<", pos)) {
                    pos = src.indexOf('>', pos) + 1;
                } else {
                    // inline flags: (?i) or (?-i:...); comments mode would change what characters mean
                    int end = pos + 1;
                    while (end < src.length() && (Character.isLetter(src.charAt(end)) || src.charAt(end) == '-')) {
                        end++;
                    }
                    String flags = src.substring(pos + 1, end);
                    if (flags.contains("x")) {
                        throw new IllegalArgumentException("comments mode");
                    }
                    if (src.charAt(end) == ')') {
                        pos = end + 1;
                        return Info.ZERO;
                    }
                    if (src.charAt(end) != ':') {
                        throw new IllegalArgumentException("unknown group at " + pos);
                    }
                    pos = end + 1;
                }
            }
            Info inner = alternation();
            if (pos >= src.length() || src.charAt(pos) != ')') {
                throw new IllegalArgumentException("unclosed group");
            }
            pos++;
            // what a lookaround contains is not part of the match (and a negative one is absent)
            return zeroWidth ? Info.ZERO : inner;
        }

        /**
         * A class of a few plain characters ({@code [sz]}, {@code [-/]}) is the set of those characters, so
         * "apologi[sz]e" is two literals, not "apologi" and "e"; any other class (a range, a negation, an
         * escape, a nested class) can be any character.
         */
        Info characterClass() {
            int start = pos;
            skipClass();
            Set<String> chars = new LinkedHashSet<>();
            for (int i = start; i < pos - 1; i++) {
                char c = src.charAt(i);
                if (c == '^' || c == '[' || c == '\\' || c == '&' || (c == '-' && i > start && i < pos - 2)
                        || chars.size() == MAX_CLASS) {
                    return Info.ANY;
                }
                chars.add(String.valueOf(fold(c)));
            }
            return chars.isEmpty() ? Info.ANY : new Info(chars, List.of());
        }

        void skipClass() {
            int depth = 1;
            if (pos < src.length() && src.charAt(pos) == '^') {
                pos++;
            }
            if (pos < src.length() && src.charAt(pos) == ']') {
                pos++;
            }
            while (depth > 0) {
                char c = src.charAt(pos++);
                if (c == '\\') {
                    pos++;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth--;
                }
            }
        }

        Info escape() {
            char c = src.charAt(pos++);
            switch (c) {
                case 'b', 'B', 'A', 'z', 'Z', 'G':
                    return Info.ZERO;
                case 'p', 'P':
                    if (pos < src.length() && src.charAt(pos) == '{') {
                        pos = src.indexOf('}', pos) + 1;
                    } else {
                        pos++;
                    }
                    return Info.ANY;
                case 'k':
                    pos = src.indexOf('>', pos) + 1;
                    return Info.ANY;
                case 'Q': {
                    int end = src.indexOf("\\E", pos);
                    String quoted = end < 0 ? src.substring(pos) : src.substring(pos, end);
                    pos = end < 0 ? src.length() : end + 2;
                    return new Info(Set.of(fold(quoted)), List.of());
                }
                case 't':
                    return literal('\t');
                case 'n':
                    return literal('\n');
                case 'r':
                    return literal('\r');
                case 'f':
                    return literal('\f');
                case 'e':
                    return literal('\u001B');
                case 'a':
                    return literal('\u0007');
                case 'x', 'u', '0', 'c', 'N':
                    // an escaped character code: not worth reading, give up on this pattern
                    throw new IllegalArgumentException("escape \\" + c);
                default:
                    if (Character.isDigit(c)) {
                        // a back reference, whose digits Java reads greedily
                        throw new IllegalArgumentException("back reference");
                    }
                    // a class such as \w \s \d \R, or an escaped punctuation character
                    return Character.isLetter(c) ? Info.ANY : literal(c);
            }
        }
    }
}
