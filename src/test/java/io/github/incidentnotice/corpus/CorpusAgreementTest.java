package io.github.incidentnotice.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.incidentnotice.checklist.ChecklistLoader;
import org.junit.jupiter.api.Test;

/**
 * Scores the default checklist and its detector on the labelled corpus, in sample and held out by
 * organisation (every weight and threshold fitted without the organisation judged), and fails when a
 * held-out score drops below the floor reached so far. Skipped when {@code ../shared/corpus} is absent. The
 * full report, with every held-out disagreement, is written to {@code target/corpus-report.txt}.
 */
class CorpusAgreementTest {

    // Floors on the held-out-by-organisation scores, rounded down; raise them when the detector improves.
    // Macro F1 and vague-impact went down by 0.003 and 0.015 when wrapped lines stopped being cut at a word no
    // statement ends on (the sentences changed; verdict balanced accuracy went 0.853 -> 0.881, pass recall
    // 0.722 -> 0.778): a trade made on purpose, so those two floors were lowered with it.
    // Verdict balanced accuracy went 0.881 -> 0.878 when agency and tense were read with the notice's kind and a
    // stated reason became a feature (one maintenance notice, labelled fail, now passes; macro F1 went 0.849 ->
    // 0.862, fix 0.862 -> 0.881, what-happened 0.914 -> 0.949): that floor was lowered with it.
    static final double KIND = 0.94;
    static final double STAGE = 0.88;
    static final double MACRO_F1 = 0.86;
    static final double BALANCED = 0.875;
    static final double PASS_RECALL = 0.77;
    static final double NON_APOLOGY = 0.99;
    static final double BLAME = 0.76;
    static final double VAGUE = 0.68;

    @Test
    void heldOutByOrganisationTheDetectorAgreesWithTheLabels() throws IOException {
        Path corpus = CorpusHarness.corpusDir();
        assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus);
        CorpusHarness.Scores in = CorpusHarness.score(corpus, ChecklistLoader.defaults());
        CorpusHarness.Scores s = CorpusHarness.scoreHeldOut(corpus, ChecklistLoader.defaults());
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream report = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        CorpusHarness.print(s, report, true);
        CorpusHarness.printSideBySide(in, s, report);
        Files.createDirectories(Paths.get("target"));
        Files.write(Paths.get("target/corpus-report.txt"), buffer.toByteArray());
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        CorpusHarness.printSideBySide(in, s, new PrintStream(summary, true, StandardCharsets.UTF_8));
        System.out.println(summary.toString(StandardCharsets.UTF_8));

        List<String> below = new ArrayList<>();
        check(below, "kind accuracy", s.kindAccuracy, KIND);
        check(below, "stage accuracy", s.stageAccuracy, STAGE);
        check(below, "element macro F1", s.macroF1, MACRO_F1);
        check(below, "verdict balanced accuracy", s.balancedAccuracy, BALANCED);
        check(below, "pass recall", s.passRecall, PASS_RECALL);
        check(below, "non-apology F1", s.defectF1("non-apology"), NON_APOLOGY);
        check(below, "blame-shifting F1", s.defectF1("blame-shifting"), BLAME);
        check(below, "vague-impact F1", s.defectF1("vague-impact"), VAGUE);
        assertTrue(below.isEmpty(), "held-out corpus scores dropped below their floors: " + below
                + " (see target/corpus-report.txt)");
    }

    private static void check(List<String> below, String name, double value, double floor) {
        if (value < floor) {
            below.add(String.format(Locale.ROOT, "%s %.3f < %.3f", name, value, floor));
        }
    }
}
