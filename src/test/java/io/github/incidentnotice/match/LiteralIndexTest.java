package io.github.incidentnotice.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LiteralIndexTest {

    @Test
    void sameLiteralsShareAnId() {
        LiteralIndex index = new LiteralIndex();
        int a = index.register(new String[] {"sorry", "apologi"});
        int b = index.register(new String[] {"outage"});
        assertEquals(a, index.register(new String[] {"sorry", "apologi"}));
        assertEquals(1, b - a);
    }

    @Test
    void findsLongAndShortLiteralsAnywhereInTheText() {
        LiteralIndex index = new LiteralIndex();
        int apology = index.register(new String[] {"sorry", "apologi"});
        int outage = index.register(new String[] {"an outage"});
        int we = index.register(new String[] {"we "});
        int dns = index.register(new String[] {"dns"});
        LiteralIndex.Hits hits = index.scan("we apologise for an outage");
        assertTrue(hits.passes(apology));
        assertTrue(hits.passes(outage));
        assertTrue(hits.passes(we));
        assertFalse(hits.passes(dns));
        // a literal at the very start and at the very end of the text
        assertTrue(index.scan("sorry").passes(apology));
        assertTrue(index.scan("the cause was dns").passes(dns));
        assertTrue(index.scan("there was an outage").passes(outage));
        assertFalse(index.scan("an outag").passes(outage));
        assertFalse(index.scan("").passes(apology));
    }

    @Test
    void latin1CharactersAreFoldedAsTheScanReadsThem() {
        LiteralIndex index = new LiteralIndex();
        int cafe = index.register(new String[] {"caf\u00e9"});
        // the micro sign folds to the Greek small mu, outside Latin-1
        int micro = index.register(new String[] {"5 \u03bcs"});
        int other = index.register(new String[] {"\u00ff"});
        assertTrue(index.scan("CAF\u00c9 open").passes(cafe));
        assertTrue(index.scan("took 5 \u00b5s").passes(micro));
        assertTrue(index.scan("took 5 \u039cS").passes(micro));
        assertFalse(index.scan("took 5 us").passes(micro));
        assertTrue(index.scan("\u0178").passes(other));
        assertFalse(index.scan("caf\u00e9 y").passes(other));
    }

    @Test
    void literalsSharingPiecesAreAllChecked() {
        LiteralIndex index = new LiteralIndex();
        int rolled = index.register(new String[] {"rolled back"});
        int rolling = index.register(new String[] {"rolling back"});
        int back = index.register(new String[] {"back online"});
        LiteralIndex.Hits hits = index.scan("we are rolling back; it is back online");
        assertFalse(hits.passes(rolled));
        assertTrue(hits.passes(rolling));
        assertTrue(hits.passes(back));
    }

    @Test
    void aPrefilterNewerThanTheScanIsNotAnswered() {
        LiteralIndex index = new LiteralIndex();
        index.register(new String[] {"sorry"});
        LiteralIndex.Hits hits = index.scan("sorry");
        int later = index.register(new String[] {"outage"});
        assertNull(hits.passes(later));
        assertTrue(index.scan("outage").passes(later));
    }

    @Test
    void aPrefilterMadeAfterASentenceWasFoldedStillAnswersRight() {
        LiteralPrefilter.Folded folded = LiteralPrefilter.Folded.of("The Widget Service Was Restarted");
        LiteralPrefilter late = LiteralPrefilter.of(java.util.regex.Pattern.compile(
                "widget\\s+service-" + System.nanoTime() + "|service was restarted", java.util.regex.Pattern.CASE_INSENSITIVE));
        assertTrue(late.mayMatch(folded));
    }

    @Test
    void answersAsContainsDoesOnRandomLiteralsAndTexts() {
        // a small alphabet, so literals overlap, nest and share suffixes: the cases an automaton can get wrong
        java.util.Random random = new java.util.Random(8);
        String alphabet = "abAB \u00e9\u00c9\u2019";
        for (int round = 0; round < 200; round++) {
            LiteralIndex index = new LiteralIndex();
            java.util.List<String[]> sets = new java.util.ArrayList<>();
            for (int set = 0; set < 1 + random.nextInt(6); set++) {
                String[] literals = new String[1 + random.nextInt(3)];
                for (int i = 0; i < literals.length; i++) {
                    literals[i] = LiteralPrefilter.fold(randomText(random, alphabet, 1 + random.nextInt(4)));
                }
                sets.add(literals);
            }
            int[] ids = sets.stream().mapToInt(index::register).toArray();
            for (int t = 0; t < 20; t++) {
                String text = randomText(random, alphabet, random.nextInt(12));
                LiteralIndex.Hits hits = index.scan(text);
                String folded = LiteralPrefilter.fold(text);
                for (int i = 0; i < ids.length; i++) {
                    boolean expected = java.util.Arrays.stream(sets.get(i)).anyMatch(folded::contains);
                    assertEquals(expected, hits.passes(ids[i]), () -> java.util.Arrays.toString(sets.toArray()) + " in " + text);
                }
            }
        }
    }

    private static String randomText(java.util.Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
