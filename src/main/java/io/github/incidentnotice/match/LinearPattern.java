package io.github.incidentnotice.match;

import java.util.ArrayList;
import java.util.List;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * A checklist's regular expression (java.util.regex syntax, case-insensitive) run by RE2/J, whose time is
 * linear in the text whatever the pattern: a team's {@code (.*a){40}} cannot backtrack. Constructs RE2/J has
 * no linear form for (backreferences, possessive quantifiers, atomic groups, lookaround) are refused with a
 * {@link Unsupported} that says which. Only the default checklist, written and reviewed with the plugin, may
 * keep its lookarounds: each becomes an empty group whose position is then tested by an RE2/J pattern of its
 * own (see {@link #find}).
 */
public final class LinearPattern {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    /** java.util.regex's {@code \s}: RE2's lacks the vertical tab. */
    private static final String SPACE_CHARS = "\\t\\n\\x0B\\f\\r ";

    private final String source;
    private final Pattern core;
    /**
     * The same pattern with RE2's own {@code \b} and no groups, when it has no lookaround and no letter beyond
     * ASCII: on a sentence of ASCII text both boundaries agree, and RE2/J finds a match without groups several
     * times faster. Null otherwise.
     */
    private final Pattern plain;
    /** The lookarounds by their group in {@link #core}, in group order; empty for a team's patterns. */
    private final Assertion[] assertions;
    private final int[] assertionGroups;

    private LinearPattern(String source, Pattern core, Pattern plain, List<Assertion> assertions, List<Integer> groups) {
        this.source = source;
        this.core = core;
        this.plain = plain;
        this.assertions = assertions.toArray(new Assertion[0]);
        this.assertionGroups = groups.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Compiles a team's pattern: lookaround is refused. */
    public static LinearPattern compile(String regex) throws Unsupported {
        return compile(regex, false);
    }

    /** Compiles a pattern; {@code lookaround} only for the default checklist (see the class comment). */
    public static LinearPattern compile(String regex, boolean lookaround) throws Unsupported {
        Translation t = new Translation(regex, lookaround, false);
        t.translate();
        try {
            Pattern core = Pattern.compile(t.out.toString(), FLAGS);
            Pattern plain = null;
            if (!t.wideLetters && !t.lookarounds) {
                Translation p = new Translation(regex, false, true);
                p.translate();
                plain = Pattern.compile(p.out.toString(), FLAGS);
            }
            return new LinearPattern(regex, core, plain, t.assertions, t.groups);
        } catch (PatternSyntaxException e) {
            throw new Unsupported("does not compile: " + e.getDescription());
        } catch (RuntimeException e) {
            throw new Unsupported("does not compile");
        }
    }

    /** The pattern as written (vocabulary names expanded), in java.util.regex syntax. */
    public String pattern() {
        return source;
    }

    /**
     * The first match in the text, as {@code start << 32 | end}, or -1. With lookarounds, a candidate whose
     * lookaround does not hold is dropped and the search goes on from the next position: where a failing
     * candidate had another way to match at the same start that java.util.regex would have backtracked into,
     * this finds a later match (or none); the default checklist's patterns have no such case in the corpus.
     */
    public long find(CharSequence text) {
        if (plain != null) {
            Matcher m = plain.matcher(text);
            if (!m.find()) {
                // with no letter beyond ASCII in the pattern, RE2's boundary holds wherever Java's does
                return -1;
            }
            if (assertions.length == 0 || asciiWords(text)) {
                return ((long) m.start() << 32) | m.end();
            }
        }
        Matcher m = core.matcher(text);
        if (assertions.length == 0) {
            return m.find() ? ((long) m.start() << 32) | m.end() : -1;
        }
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            if (holds(m, text)) {
                return ((long) m.start() << 32) | m.end();
            }
            from = m.start() + 1;
        }
        return -1;
    }

    /** Whether no character of the text is a word character for Java but not for RE2 (a letter beyond ASCII; ’ is none). */
    private static boolean asciiWords(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 128 && (Character.isLetterOrDigit(c) || Character.isSurrogate(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the pattern matches somewhere in the text. */
    public boolean matches(CharSequence text) {
        return find(text) >= 0;
    }

    private boolean holds(Matcher m, CharSequence text) {
        for (int i = 0; i < assertions.length; i++) {
            int at = m.start(assertionGroups[i]);
            if (at >= 0 && !assertions[i].holdsAt(text, at)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return source;
    }

    /** A pattern RE2/J cannot run in linear time, or at all; the message says what in it. */
    public static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String message) {
            super(message, null, false, false);
        }
    }

    /** A condition on one position of the text that RE2 cannot state itself. */
    private interface Assertion {
        boolean holdsAt(CharSequence text, int at);
    }

    /**
     * java.util.regex's {@code \b} (Java 17): a letter or digit of any script is a word character there, while
     * RE2's {@code \b} knows ASCII only ("deberaí" has no boundary after "debera" for the checklist's authors).
     */
    private record WordBoundary(boolean negative) implements Assertion {
        @Override
        public boolean holdsAt(CharSequence text, int at) {
            boolean left = at > 0 && isWord(text, Character.codePointBefore(text, at), at - 1);
            boolean right = at < text.length() && isWord(text, Character.codePointAt(text, at), at);
            return (left != right) != negative;
        }

        private static boolean isWord(CharSequence text, int cp, int index) {
            if (cp == '_' || Character.isLetterOrDigit(cp)) {
                return true;
            }
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                return false;
            }
            // a combining mark counts as its base character, as java.util.regex has it
            for (int i = index - 1; i >= 0; i--) {
                char c = text.charAt(i);
                if (c == '_' || Character.isLetterOrDigit(c)) {
                    return true;
                }
                if (Character.getType(c) != Character.NON_SPACING_MARK) {
                    return false;
                }
            }
            return false;
        }
    }

    /** One lookaround of the default checklist: its body as a pattern of its own, tested at one position. */
    private static final class Lookaround implements Assertion {
        private final boolean ahead;
        private final boolean negative;
        /** Ahead: the body anchored at the text's start (at 0), or after one character of left context. */
        private final LinearPattern atStart;
        private final LinearPattern afterOne;
        /** Behind: the body ending at the text's end, or before one character of right context. */
        private final LinearPattern atEnd;
        private final LinearPattern beforeOne;

        Lookaround(String body, boolean ahead, boolean negative) throws Unsupported {
            this.ahead = ahead;
            this.negative = negative;
            // one character of context on the far side keeps \b right at the position
            if (ahead) {
                atStart = compile("^(?:" + body + ")", true);
                afterOne = compile("^(?s:.)(?:" + body + ")", true);
                atEnd = beforeOne = null;
            } else {
                atEnd = compile("(?:" + body + ")\\z", true);
                beforeOne = compile("(?:" + body + ")(?s:.)\\z", true);
                atStart = afterOne = null;
            }
        }

        @Override
        public boolean holdsAt(CharSequence text, int at) {
            boolean found;
            if (ahead) {
                found = at == 0 ? atStart.find(text) >= 0 : afterOne.find(text.subSequence(at - 1, text.length())) >= 0;
            } else {
                found = at == text.length() ? atEnd.find(text) >= 0 : beforeOne.find(text.subSequence(0, at + 1)) >= 0;
            }
            return found != negative;
        }
    }

    /** Rewrites java.util.regex syntax as RE2 syntax with the same meaning, refusing what has none. */
    private static final class Translation {
        private final String src;
        private final boolean lookaround;
        private final StringBuilder out = new StringBuilder();
        private final List<Assertion> assertions = new ArrayList<>();
        private final List<Integer> groups = new ArrayList<>();
        private int pos;
        private int group;

        /**
         * Whether the pattern itself has a letter or digit beyond ASCII: then RE2's {@code \b} may miss a boundary
         * java.util.regex sees ("se actualizará" ends at one), so there {@code \b} is tested in Java alone.
         */
        private final boolean wideLetters;
        /** Whether the pattern has a lookaround (only the default checklist's may). */
        private boolean lookarounds;
        /** RE2's {@code \b} alone, no groups (see {@link LinearPattern#plain}). */
        private final boolean plainBoundaries;

        Translation(String src, boolean lookaround, boolean plainBoundaries) {
            this.src = src;
            this.lookaround = lookaround;
            this.plainBoundaries = plainBoundaries;
            this.wideLetters = src.codePoints().anyMatch(c -> c >= 128 && Character.isLetterOrDigit(c));
        }

        void translate() throws Unsupported {
            while (pos < src.length()) {
                char c = src.charAt(pos);
                switch (c) {
                    case '\\' -> escape(false);
                    case '[' -> charClass();
                    case '(' -> open();
                    case '*', '+', '?' -> {
                        out.append(c);
                        pos++;
                        quantifierSuffix();
                    }
                    case '{' -> {
                        int close = src.indexOf('}', pos);
                        if (close > 0 && src.substring(pos + 1, close).matches("\\d+(,\\d*)?")) {
                            out.append(src, pos, close + 1);
                            pos = close + 1;
                            quantifierSuffix();
                        } else {
                            out.append("\\{");
                            pos++;
                        }
                    }
                    default -> {
                        out.append(c);
                        pos++;
                    }
                }
            }
        }

        private void quantifierSuffix() throws Unsupported {
            if (pos < src.length() && src.charAt(pos) == '+') {
                throw new Unsupported("has a possessive quantifier ('" + src.charAt(pos - 1)
                        + "+'), which RE2/J does not take; drop the '+' after it");
            }
            if (pos < src.length() && src.charAt(pos) == '?') {
                out.append('?');
                pos++;
            }
        }

        private void open() throws Unsupported {
            if (!src.startsWith("(?", pos)) {
                group++;
                out.append('(');
                pos++;
                return;
            }
            if (src.startsWith("(?=", pos) || src.startsWith("(?!", pos)
                    || src.startsWith("(?<=", pos) || src.startsWith("(?<!", pos)) {
                boolean behind = src.charAt(pos + 2) == '<';
                int bodyStart = pos + (behind ? 4 : 3);
                if (!lookaround) {
                    throw new Unsupported("has a lookaround ('" + src.substring(pos, bodyStart)
                            + "'), which RE2/J does not take (it could make matching slow); write the words it allows"
                            + " or excludes out, or use 'unless'");
                }
                lookarounds = true;
                int end = closing(bodyStart);
                String body = src.substring(bodyStart, end);
                boolean negative = src.charAt(bodyStart - 1) == '!';
                assertions.add(new Lookaround(body, !behind, negative));
                group++;
                groups.add(group);
                out.append("()");
                pos = end + 1;
                return;
            }
            if (src.startsWith("(?>", pos)) {
                throw new Unsupported("has an atomic group ('(?>'), which RE2/J does not take; write '(?:' instead");
            }
            if (src.startsWith("(?<", pos)) {
                // a named group: RE2 spells it (?P<name>...)
                group++;
                out.append("(?P<");
                pos += 3;
                return;
            }
            // flags, (?i) or (?-i:...): those RE2 reads the same way; u, U, d, x and c mean other things there
            int p = pos + 2;
            while (p < src.length() && (Character.isLetter(src.charAt(p)) || src.charAt(p) == '-')) {
                char f = src.charAt(p);
                if (f != 'i' && f != 's' && f != 'm' && f != '-') {
                    throw new Unsupported("has the flag '" + f + "', which RE2/J does not take the same way; "
                            + "allowed: i, s, m");
                }
                p++;
            }
            out.append(src, pos, p);
            pos = p;
        }

        /** The index of the ')' that closes the group whose body starts at {@code from}. */
        private int closing(int from) throws Unsupported {
            int depth = 0;
            boolean inClass = false;
            for (int i = from; i < src.length(); i++) {
                char c = src.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (inClass) {
                    inClass = c != ']';
                } else if (c == '[') {
                    inClass = true;
                    if (i + 1 < src.length() && src.charAt(i + 1) == '^') {
                        i++;
                    }
                    if (i + 1 < src.length() && src.charAt(i + 1) == ']') {
                        i++;
                    }
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    if (depth == 0) {
                        return i;
                    }
                    depth--;
                }
            }
            throw new Unsupported("does not compile: a group is not closed");
        }

        private void charClass() throws Unsupported {
            out.append('[');
            pos++;
            if (pos < src.length() && src.charAt(pos) == '^') {
                out.append('^');
                pos++;
            }
            boolean first = true;
            while (pos < src.length()) {
                char c = src.charAt(pos);
                if (c == ']' && !first) {
                    out.append(']');
                    pos++;
                    return;
                }
                first = false;
                if (c == '\\') {
                    escape(true);
                } else if (c == '[') {
                    throw new Unsupported("has a character class inside a character class ('[' in '[...]'), "
                            + "which RE2/J reads differently; escape it as '\\['");
                } else if (c == '&' && src.startsWith("&&", pos)) {
                    throw new Unsupported("has a class intersection ('&&'), which RE2/J does not take");
                } else {
                    out.append(c);
                    pos++;
                }
            }
            throw new Unsupported("does not compile: a character class is not closed");
        }

        private void escape(boolean inClass) throws Unsupported {
            if (pos + 1 >= src.length()) {
                throw new Unsupported("does not compile: it ends with a lone '\\'");
            }
            char e = src.charAt(pos + 1);
            switch (e) {
                case '1', '2', '3', '4', '5', '6', '7', '8', '9', 'k' -> throw new Unsupported(
                        "has a backreference ('\\" + e + "'), which RE2/J does not take (it could make matching slow)");
                case 'b', 'B' -> {
                    if (inClass) {
                        throw new Unsupported("has '\\" + e + "' inside a character class, which RE2/J reads differently");
                    }
                    if (plainBoundaries) {
                        out.append('\\').append(e);
                        break;
                    }
                    // RE2's boundary where it agrees (it keeps the search fast), then java.util.regex's own test
                    if (!wideLetters && e == 'b') {
                        out.append('\\').append(e);
                    }
                    assertions.add(new WordBoundary(e == 'B'));
                    group++;
                    groups.add(group);
                    out.append("()");
                }
                case 's' -> out.append(inClass ? SPACE_CHARS : "[" + SPACE_CHARS + "]");
                case 'S' -> {
                    if (inClass) {
                        throw new Unsupported("has '\\S' inside a character class, which RE2/J reads differently");
                    }
                    out.append("[^" + SPACE_CHARS + "]");
                }
                case 'u' -> {
                    if (pos + 6 > src.length()) {
                        throw new Unsupported("does not compile: '\\u' needs four hex digits");
                    }
                    out.append("\\x{").append(src, pos + 2, pos + 6).append('}');
                    pos += 6;
                    return;
                }
                case 'Q' -> {
                    int end = src.indexOf("\\E", pos + 2);
                    String quoted = end < 0 ? src.substring(pos + 2) : src.substring(pos + 2, end);
                    out.append(Pattern.quote(quoted));
                    pos = end < 0 ? src.length() : end + 2;
                    return;
                }
                case 'p', 'P', 'x' -> {
                    // \p{L}, \x{263A}: the braces belong to the escape, not to a repetition
                    int end = pos + 2 < src.length() && src.charAt(pos + 2) == '{' ? src.indexOf('}', pos + 2) : -1;
                    int stop = end < 0 ? pos + 2 : end + 1;
                    out.append(src, pos, stop);
                    pos = stop;
                    return;
                }
                case 'G', 'Z', 'R', 'X', 'h', 'H', 'e', 'c' -> throw new Unsupported(
                        "has '\\" + e + "', which RE2/J does not take");
                default -> out.append('\\').append(e);
            }
            pos += 2;
        }
    }
}
