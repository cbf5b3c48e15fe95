package io.github.incidentnotice.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.github.incidentnotice.bench.NoticeGenerator;
import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.parse.InputProblem;
import io.github.incidentnotice.parse.NoticeReader;
import io.github.incidentnotice.parse.Sentence;
import org.junit.jupiter.api.Test;

class LiteralPrefilterTest {

    private static List<String> literals(String regex) {
        return LiteralPrefilter.of(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).literals();
    }

    @Test
    void alternationOfWordsNeedsOneOfThem() {
        assertEquals(List.of("sorry", "apologise", "apologize"), literals("\\b(?:sorry|apologi[sz]e)\\b"));
    }

    @Test
    void literalRunsAreJoinedAndTheLongestWins() {
        assertEquals(List.of("beyond our control"), literals("\\bbeyond our control\\b"));
        assertEquals(List.of(" was fixed", " were fixed"), literals("\\w+ (?:was|were) fixed"));
    }

    @Test
    void optionalPartsMultiplyOut() {
        assertEquals(List.of("we are currently investigating", "we are investigating"),
                literals("\\bwe are (?:currently )?investigating"));
    }

    @Test
    void everyPieceOfASequenceIsRequired() {
        LiteralPrefilter p = LiteralPrefilter.of(Pattern.compile(
                "\\b(?:we|our team)\\b.{0,40}\\b(?:sorry|apologi[sz]e)", Pattern.CASE_INSENSITIVE));
        // most selective first: "sorry"/"apologise"/"apologize" (shortest literal 5) before "we"/"our team" (2)
        assertEquals(List.of(List.of("sorry", "apologise", "apologize"), List.of("we", "our team")), p.requirements());
        assertTrue(p.mayMatch("We are sorry."));
        assertFalse(p.mayMatch("Sorry for that."));
        assertFalse(p.mayMatch("We fixed it."));
        // a required repetition keeps what one occurrence requires
        assertEquals(List.of(List.of(" back"), List.of("roll")),
                LiteralPrefilter.of(Pattern.compile("(?:roll\\w*)+ back")).requirements());
    }

    @Test
    void wordsJoinTheStringsBeforeThemWhateverTheirQuantifiers() {
        assertEquals(List.of("colour", "color"), literals("colou?r"));
        assertEquals(List.of("status.io page"), literals("status\\.io page"));
        assertEquals(List.of("root cause by", "root caused by"), literals("root caus(?:e|ed) by"));
        assertEquals(List.of("adxyz", "aexyz", "bdxyz", "bexyz", "cdxyz", "cexyz"), literals("(?:a|b|c)(?:d|e)xyz"));
        assertEquals(List.of(List.of("yz"), List.of("x"), List.of("a", "b")),
                LiteralPrefilter.of(Pattern.compile("(?:a|b)x{2}yz")).requirements());
        // MAX_STRINGS words made optional are one string more, too many to join: the word after them stands alone
        StringBuilder many = new StringBuilder("(?:w0");
        for (int i = 1; i < LiteralPrefilter.MAX_STRINGS; i++) {
            many.append("|w").append(i);
        }
        assertEquals(List.of("zz"), literals(many.append(")?zz").toString()));
    }

    @Test
    void aClassOfAFewPlainCharactersIsThoseCharacters() {
        assertEquals(List.of("not apologise", "not apologize", "never apologise", "never apologize"),
                literals("\\b(?:not|never) apologi[sz]e\\b"));
        assertEquals(List.of("side effect", "side-effect"), literals("side[ -]effect"));
        assertEquals(List.of("a]b", "abb"), literals("a[]b]b"));
        // a range, a negation, an escape or more than four characters can be any character
        assertEquals(List.of("apologi"), literals("apologi[s-z]e"));
        assertEquals(List.of("apologi"), literals("apologi[^x]e"));
        assertEquals(List.of("apologi"), literals("apologi[\\w]e"));
        assertEquals(List.of("apologi"), literals("apologi[sztxy]e"));
        LiteralPrefilter p = LiteralPrefilter.of(Pattern.compile("colo[uU]r", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        assertTrue(p.mayMatch("COLOUR"));
        assertFalse(p.mayMatch("color"));
    }

    @Test
    void aSetEveryAlternativeRequiresIsRequiredOfTheWhole() {
        LiteralPrefilter p = LiteralPrefilter.of(Pattern.compile(
                "\\b(?:acme|globex)\\b.{0,60}\\bthank|\\bthank.{0,20}\\b(?:acme|globex)\\b", Pattern.CASE_INSENSITIVE));
        assertEquals(List.of(List.of("thank"), List.of("acme", "globex")), p.requirements());
        assertFalse(p.mayMatch("Thank you for your patience."));
        assertTrue(p.mayMatch("Thanks to Acme for the quick fix."));
        // nothing in common: only one of each alternative's best sets
        assertEquals(List.of(List.of("restart", "rollback")), LiteralPrefilter.of(Pattern.compile("restart\\w* now|rollback")).requirements());
    }

    @Test
    void lookaroundsAndQuantifiedGroupsAddNothingWrong() {
        assertEquals(List.of("thanks to "), literals("\\bthanks to (?!you\\b)"));
        assertEquals(List.of("deploy"), literals("(?:deploy)+ed?"));
        assertNull(literals("(?:deploy)*"));
    }

    @Test
    void caseSensitiveRegionsAreFoldedToo() {
        LiteralPrefilter p = LiteralPrefilter.of(Pattern.compile("(?-i:\\bTODO\\b|\\bTBD\\b)", Pattern.CASE_INSENSITIVE));
        assertEquals(List.of("todo", "tbd"), p.literals());
        assertTrue(p.mayMatch("Status: TODO later"));
        assertFalse(p.mayMatch("Nothing to see"));
    }

    @Test
    void unreadableSyntaxLetsEverythingThrough() {
        assertNull(literals("\\x41bc"));
        assertNull(literals("(a)\\1"));
        assertNull(LiteralPrefilter.of(Pattern.compile("a b # comment", Pattern.COMMENTS)).literals());
        assertNull(literals("[a-z]+|x"));
    }

    @Test
    void foldingMatchesUnicodeCaseInsensitivity() {
        assertEquals("straße s→s", LiteralPrefilter.fold("STRAßE \u017F→S"));
        assertTrue(LiteralPrefilter.of(Pattern.compile("sorry", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .mayMatch("\u017Forry"));
    }

    /**
     * The prefilter must never hide a match: every pattern of the default checklist, on every sentence
     * of generated notices and (when present) the real-notice corpus, matches only where the prefilter
     * lets the sentence through.
     */
    @Test
    void neverRejectsASentenceThePatternMatches() throws IOException {
        List<String> sentences = new ArrayList<>();
        NoticeGenerator generator = new NoticeGenerator(NoticeGenerator.SEED);
        for (int i = 0; i < 300; i++) {
            for (Sentence s : NoticeReader.parse("n" + i, generator.notice(i)).sentences()) {
                sentences.add(s.text());
            }
        }
        Path corpus = Path.of(System.getProperty("corpus.dir", "../shared/corpus"));
        if (Files.isDirectory(corpus)) {
            NoticeReader reader = new NoticeReader(StandardCharsets.UTF_8);
            try (Stream<Path> walk = Files.walk(corpus)) {
                for (Path file : walk.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".markdown"))
                        .toList()) {
                    try {
                        reader.read(file, file.toString()).sentences().forEach(s -> sentences.add(s.text()));
                    } catch (InputProblem | IOException e) {
                        // unreadable corpus files are covered by the corpus tests
                    }
                }
            }
        }
        List<LinearPattern> patterns = new ArrayList<>();
        Checklist checklist = ChecklistLoader.defaults();
        checklist.elements().forEach(e -> Stream.of(e.phrases(), e.unless(), e.ongoingPhrases())
                .flatMap(List::stream).forEach(p -> patterns.addAll(p.patterns())));
        checklist.defects().forEach(d -> Stream.of(d.phrases(), d.unless())
                .flatMap(List::stream).forEach(p -> patterns.addAll(p.patterns())));
        checklist.markers().values().forEach(list -> list.forEach(p -> patterns.addAll(p.patterns())));

        int matches = 0;
        int filtered = 0;
        for (LinearPattern pattern : patterns) {
            LiteralPrefilter prefilter = LiteralPrefilter.of(pattern);
            if (prefilter.literals() != null) {
                filtered++;
            }
            for (String sentence : sentences) {
                if (pattern.matches(sentence)) {
                    matches++;
                    assertTrue(prefilter.mayMatch(sentence),
                            () -> "prefilter " + prefilter.literals() + " of " + pattern + " rejects: " + sentence);
                }
            }
        }
        assertTrue(matches > 1000, "the sentences exercise the patterns: " + matches);
        assertTrue(filtered * 10 >= patterns.size() * 8, filtered + " of " + patterns.size() + " patterns prefiltered");
    }
}
