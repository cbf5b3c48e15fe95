package io.github.incidentnotice.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import io.github.incidentnotice.match.LiteralPrefilter;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.Stage;
import io.github.incidentnotice.parse.Notice;
import io.github.incidentnotice.parse.Section;
import io.github.incidentnotice.parse.Sentence;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import opennlp.tools.tokenize.SimpleTokenizer;

/**
 * Turns each sentence of a notice into named binary features that say how it is written, never what one
 * notice says: word stems and stem pairs, the stems of the heading above it, its place in the notice,
 * who acts (the team in the first person, or a bare passive), tense and modality, a stated reason,
 * negation and hedges, numbers, times and durations, the {@link Cues} of the checklist's general vocabularies,
 * and those read with the notice's kind and stage. One instance reads one notice (the stemmer keeps state).
 */
public final class SentenceFeatures {

    private static final Set<String> FIRST_PERSON = Set.of("we", "our", "us", "ours", "ourselves", "i", "my", "me");
    private static final Set<String> FUTURE = Set.of("will", "ll", "shall", "going", "plan", "plans", "planning",
            "intend", "intends", "aim", "commit", "committed");
    private static final Set<String> BE = Set.of("was", "were", "been", "being", "is", "are", "be", "got");
    private static final Set<String> IRREGULAR_PAST = Set.of("was", "were", "had", "did", "made", "took", "ran",
            "broke", "found", "went", "came", "began", "built", "put", "set", "sent", "saw", "knew", "lost", "left",
            "brought", "caught", "kept", "led", "wrote", "gave", "got", "spent", "held", "meant", "told", "felt",
            "rebuilt", "undid", "overrode", "wound", "shut", "cut", "hit", "let", "rolled", "became");
    private static final Set<String> MODAL = Set.of("may", "might", "could", "can", "should", "would", "must");
    private static final Set<String> NEGATION = Set.of("not", "no", "never", "nothing", "none", "nt", "without",
            "neither", "nor");
    private static final Set<String> HEDGE = Set.of("any", "may", "might", "possibly", "perhaps", "some",
            "potentially", "likely", "seems", "appears", "if");
    private static final Set<String> CAUSAL = Set.of("because", "caused", "cause", "causes", "causing");
    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "yourself");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> UNITS = Set.of("second", "seconds", "minute", "minutes", "min", "mins", "hour",
            "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months", "ms", "h");
    /** The particles of English phrasal verbs, which an object may split from their verb ("rolled the change back"). */
    private static final Set<String> PARTICLES = Set.of("back", "up", "down", "off", "out", "over");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "and", "in", "on", "for", "at",
            "by", "with", "from", "this", "that", "it", "as", "or", "be", "is", "are", "was", "were");

    private final SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    private final Map<String, String> stems = new HashMap<>();
    private final Cues cues;

    public SentenceFeatures(Cues cues) {
        this.cues = cues;
    }

    /**
     * The features of every sentence of the notice, in order; {@code plainText} holds each sentence with
     * curly apostrophes straightened, {@code kind} and {@code stage} are the notice's resolved kind and stage.
     */
    public String[][] extract(Notice notice, String[] plainText, IntFunction<LiteralPrefilter.Folded> folded,
            Kind kind, Stage stage) {
        List<Sentence> sentences = notice.sentences();
        String[][] result = new String[sentences.size()][];
        Set<String> ownNames = ownNames(notice.title());
        String[][] headingFeatures = new String[notice.sections().size()][];
        int body = 0;
        String st = "st:" + stage.id();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Set<String> f = new LinkedHashSet<>();
            f.add("bias");
            String[] tokens = words(plainText[i]);
            sentenceFeatures(tokens, ownNames, f);
            if (s.title()) {
                f.add("p:title");
            } else {
                if (body < 3) {
                    f.add("p:lead");
                }
                body++;
            }
            if (s.listItem()) {
                f.add("p:list");
            }
            if (s.update() > 0) {
                f.add("p:update");
            }
            if (s.section() >= 0 && s.section() < headingFeatures.length) {
                if (headingFeatures[s.section()] == null) {
                    headingFeatures[s.section()] = headingFeatures(notice.sections().get(s.section()));
                }
                for (String h : headingFeatures[s.section()]) {
                    f.add(h);
                }
            } else if (!s.title()) {
                f.add("h:none");
            }
            cues.add(plainText[i], folded.apply(i), f);
            // the notice's kind and stage are read only together with who acts and how: on their own they would be
            // a prior ("resolved notices seldom give prevention") that marks down a plain sentence of a short notice
            if (kind != Kind.INCIDENT) {
                // planned work is told ahead, in the future tense, and an announcement owns no failure: the same
                // agency and tense say something else there than in an incident report
                addJoined("k:" + kind.id(), f);
            }
            if (stage == Stage.ONGOING) {
                // an acknowledgement owns an open problem; after the fact only a stated cause does
                addJoined(st, f);
            }
            result[i] = f.toArray(new String[0]);
        }
        return result;
    }

    /** Adds each agency, tense and cue feature joined with {@code with} ("k:maintenance&m:future"). */
    private static void addJoined(String with, Set<String> f) {
        List<String> joined = new ArrayList<>();
        for (String x : f) {
            if (x.startsWith("a:") || x.startsWith("m:") || x.startsWith("v:")) {
                joined.add(with + "&" + x);
            }
        }
        f.addAll(joined);
    }

    private String[] headingFeatures(Section section) {
        String text = io.github.incidentnotice.parse.NoticeReader.withoutAnchor(section.heading().text())
                .replace('\u2019', '\'');
        String[] tokens = words(text);
        List<String> f = new ArrayList<>();
        String previous = null;
        for (String t : tokens) {
            if (!isWord(t)) {
                continue;
            }
            String stem = stem(t);
            f.add("h:" + stem);
            if (previous != null) {
                f.add("hb:" + previous + "_" + stem);
            }
            previous = stem;
        }
        if (text.strip().endsWith("?")) {
            f.add("h:?");
        }
        return f.toArray(new String[0]);
    }

    private void sentenceFeatures(String[] tokens, Set<String> ownNames, Set<String> f) {
        String previous = null;
        int words = 0;
        boolean firstPerson = false;
        int lastFirstPerson = -10;
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (hasDigit(t)) {
                f.add("n:num");
                if (t.indexOf(':') > 0 || (i + 2 < tokens.length && tokens[i + 1].equals(":") && isDigits(tokens[i + 2]))) {
                    f.add("n:time");
                }
                if (i + 1 < tokens.length && UNITS.contains(tokens[i + 1])) {
                    f.add("n:duration");
                }
                previous = null;
                continue;
            }
            if (t.equals("%")) {
                f.add("n:percent");
            }
            if (!isWord(t)) {
                if (!t.equals("'")) {
                    previous = null;
                }
                continue;
            }
            words++;
            String stem = stem(t);
            f.add("w:" + stem);
            if (previous != null) {
                f.add("b:" + previous + "_" + stem);
            }
            if (PARTICLES.contains(t)) {
                // the verb of a split phrasal verb reads as if it stood next to its particle
                for (int k = 2; k <= 3 && i - k >= 0; k++) {
                    String v = tokens[i - k];
                    if (isWord(v) && !STOP.contains(v) && !FIRST_PERSON.contains(v)) {
                        f.add("b:" + stem(v) + "_" + stem);
                    }
                }
            }
            previous = stem;
            if (FIRST_PERSON.contains(t)) {
                firstPerson = true;
                lastFirstPerson = i;
                if (words == 1) {
                    f.add("a:we-subject");
                }
            } else if (ownNames.contains(t)) {
                f.add("a:own-name");
            }
            if (SECOND_PERSON.contains(t)) {
                f.add("a:you");
            }
            if (t.equals("please")) {
                f.add("m:please");
            }
            boolean past = IRREGULAR_PAST.contains(t) || (t.length() > 4 && t.endsWith("ed"));
            if (past) {
                f.add("m:past");
                if (i - lastFirstPerson <= 3) {
                    f.add("m:we-past");
                }
                if (i > 0 && BE.contains(tokens[i - 1]) && t.endsWith("ed")) {
                    f.add(firstPerson ? "m:passive-owned" : "m:passive");
                }
            }
            if (FUTURE.contains(t)) {
                f.add("m:future");
                if (i - lastFirstPerson <= 3) {
                    f.add("m:we-future");
                }
            }
            if (CAUSAL.contains(t) || (t.equals("due") && i + 1 < tokens.length && tokens[i + 1].equals("to"))) {
                // a stated reason: an account of why, not an action taken
                f.add("m:cause");
            }
            if (MODAL.contains(t)) {
                f.add("m:modal");
            }
            if (NEGATION.contains(t)) {
                f.add("m:negation");
            }
            if (HEDGE.contains(t)) {
                f.add("m:hedge");
            }
            if (MONTHS.contains(t)) {
                f.add("n:date");
            }
            if (UNITS.contains(t) && !t.equals("h")) {
                f.add("n:unit");
            }
        }
        if (firstPerson) {
            f.add("a:we");
        }
        f.add(words <= 5 ? "len:short" : words <= 15 ? "len:medium" : words <= 30 ? "len:long" : "len:very-long");
    }

    /** The distinctive words of the title (a product or service name), which a sentence may speak as. */
    private Set<String> ownNames(String title) {
        if (title == null) {
            return Set.of();
        }
        Set<String> names = new java.util.HashSet<>();
        for (String t : SimpleTokenizer.INSTANCE.tokenize(title)) {
            if (t.length() > 2 && Character.isUpperCase(t.charAt(0)) && isWord(t.toLowerCase(Locale.ROOT))
                    && !STOP.contains(t.toLowerCase(Locale.ROOT))) {
                names.add(t.toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** Lower-case tokens; "we're" is we ' re, so a contraction's parts are words of their own. */
    private static String[] words(String text) {
        return SimpleTokenizer.INSTANCE.tokenize(text.toLowerCase(Locale.ROOT));
    }

    private static boolean isWord(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isLetter(t.charAt(i))) {
                return false;
            }
        }
        return !t.isEmpty();
    }

    private static boolean isDigits(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return !t.isEmpty();
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private String stem(String word) {
        String s = stems.get(word);
        if (s == null) {
            s = stemmer.stem(word).toString();
            stems.put(word, s);
        }
        return s;
    }
}
