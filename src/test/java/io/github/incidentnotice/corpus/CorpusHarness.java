package io.github.incidentnotice.corpus;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import java.util.function.Function;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.detect.Detector;
import io.github.incidentnotice.train.HeldOutFits;
import io.github.incidentnotice.train.LabelledCorpus;
import io.github.incidentnotice.train.LabelledNotice;
import io.github.incidentnotice.engine.CheckEngine;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.parse.Notice;
import io.github.incidentnotice.parse.NoticeReader;
import io.github.incidentnotice.rules.Evidence;
import io.github.incidentnotice.rules.NoticeAnalysis;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Scores the default checklist against the labelled corpus ({@code ../shared/corpus}) the way its
 * README defines: kind and stage accuracy, precision/recall/F1 per element and defect, element macro
 * F1, verdict agreement and balanced accuracy, time per notice, and every disagreement with the line
 * and phrase that decided it. Run: {@code ./mvnw -B -q test-compile exec:java -Pcorpus} or the
 * {@code CorpusAgreementTest}.
 */
public final class CorpusHarness {

    /** Precision/recall counts. */
    static final class Counts {
        int tp;
        int fp;
        int fn;
        int labelledPresent;

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The scores of one run. */
    public static final class Scores {
        public int notices;
        public double kindAccuracy;
        public double stageAccuracy;
        public final Map<String, Counts> elements = new LinkedHashMap<>();
        public final Map<String, Counts> defects = new LinkedHashMap<>();
        public double macroF1;
        public double verdictAgreement;
        public double balancedAccuracy;
        public double passRecall;
        public double millisPerNotice;
        public final List<String> disagreements = new ArrayList<>();

        public double elementF1(String id) {
            return elements.get(id).f1();
        }

        public double defectF1(String id) {
            return defects.containsKey(id) ? defects.get(id).f1() : 1;
        }
    }

    private CorpusHarness() {
    }

    public static Path corpusDir() {
        String dir = System.getProperty("corpus.dir", "../shared/corpus");
        return Paths.get(dir).toAbsolutePath().normalize();
    }

    static List<LabelledNotice> labels(Path corpus) throws IOException {
        return LabelledCorpus.read(corpus);
    }

    /** Runs the engine with the given checklist over the labelled notices and scores it. */
    public static Scores score(Path corpus, Checklist checklist) throws IOException {
        return score(labels(corpus), checklist, label -> null);
    }

    /**
     * Scores held out by organisation: for each organisation, the detector is fitted on the notices of all
     * the others (its threshold too, on organisations held out of that fit), then its notices are judged.
     */
    public static Scores scoreHeldOut(Path corpus, Checklist checklist) throws IOException {
        List<LabelledNotice> labels = labels(corpus);
        Map<String, Detector> byOrganisation = HeldOutFits.fit(labels, checklist);
        return score(labels, checklist, label -> byOrganisation.get(label.organisation()));
    }

    /** Scores the labelled notices, each judged with the detector {@code detectorOf} gives it (null: the shipped one). */
    static Scores score(List<LabelledNotice> labels, Checklist checklist, Function<LabelledNotice, Detector> detectorOf) {
        CheckEngine engine = new CheckEngine(checklist);
        NoticeReader reader = new NoticeReader(StandardCharsets.UTF_8);
        Scores scores = new Scores();
        int kindOk = 0;
        int stageOk = 0;
        int verdictOk = 0;
        int passLabel = 0;
        int passOk = 0;
        int failLabel = 0;
        int failOk = 0;
        long nanos = 0;
        Map<String, Integer> presentCounts = new TreeMap<>();
        for (ElementSpec e : checklist.elements()) {
            scores.elements.put(e.id(), new Counts());
        }
        for (var d : checklist.defects()) {
            scores.defects.put(d.id(), new Counts());
        }
        for (LabelledNotice label : labels) {
            long t0 = System.nanoTime();
            Notice notice;
            NoticeAnalysis analysis;
            NoticeResult result;
            try {
                notice = reader.read(label.file(), label.publishedName());
                analysis = new NoticeAnalysis(notice, checklist, detectorOf.apply(label));
                result = engine.evaluate(analysis);
            } catch (Exception ex) {
                scores.disagreements.add(label.name() + ": cannot be read: " + ex);
                continue;
            }
            nanos += System.nanoTime() - t0;
            scores.notices++;
            if (result.kind().id().equals(label.kind())) {
                kindOk++;
            } else {
                scores.disagreements.add(label.name() + ": kind labelled " + label.kind() + ", engine " + result.kind().id());
            }
            if (result.stage().id().equals(label.stage())) {
                stageOk++;
            } else {
                scores.disagreements.add(label.name() + ": stage labelled " + label.stage() + ", engine " + result.stage().id());
            }
            for (ElementSpec e : checklist.elements()) {
                String labelled = label.elements().getOrDefault(e.id(), "absent");
                Optional<Evidence> ev = analysis.evidence(e);
                boolean engineSays = ev.isPresent();
                boolean truth = labelled.equals("present");
                Counts c = scores.elements.get(e.id());
                if (truth) {
                    c.labelledPresent++;
                    presentCounts.merge(e.id(), 1, Integer::sum);
                }
                if (truth && engineSays) {
                    c.tp++;
                } else if (!truth && engineSays) {
                    c.fp++;
                    scores.disagreements.add(label.name() + ": " + e.id() + " labelled absent, engine present at "
                            + ev.get().line() + ":" + ev.get().column() + (ev.get().heading() ? " (heading) " : " ")
                            + (Double.isNaN(ev.get().score()) ? "" : String.format(Locale.ROOT, "(p=%.2f) ", ev.get().score()))
                            + "\"" + ev.get().text() + "\"");
                } else if (truth) {
                    c.fn++;
                    scores.disagreements.add(label.name() + ": " + e.id() + " labelled present, engine absent");
                }
            }
            for (var d : checklist.defects()) {
                boolean truth = label.defects().contains(d.id());
                Optional<Finding> f = result.findings().stream().filter(x -> x.rule().equals(d.id())).findFirst();
                Counts c = scores.defects.get(d.id());
                if (truth) {
                    c.labelledPresent++;
                }
                if (truth && f.isPresent()) {
                    c.tp++;
                } else if (!truth && f.isPresent()) {
                    c.fp++;
                    scores.disagreements.add(label.name() + ": defect " + d.id() + " not labelled, engine found at "
                            + f.get().line() + ":" + f.get().column() + " \"" + f.get().excerpt() + "\"");
                } else if (truth) {
                    c.fn++;
                    scores.disagreements.add(label.name() + ": defect " + d.id() + " labelled, engine did not find it");
                }
            }
            String verdict = result.failed() ? "fail" : "pass";
            if (label.verdict().equals("pass")) {
                passLabel++;
                if (verdict.equals("pass")) {
                    passOk++;
                }
            } else {
                failLabel++;
                if (verdict.equals("fail")) {
                    failOk++;
                }
            }
            if (verdict.equals(label.verdict())) {
                verdictOk++;
            } else {
                StringBuilder why = new StringBuilder();
                result.findings().stream().filter(f -> f.level() == io.github.incidentnotice.model.Level.ERROR)
                        .forEach(f -> why.append(' ').append(f.rule()));
                scores.disagreements.add(label.name() + ": verdict labelled " + label.verdict() + ", engine " + verdict
                        + (why.length() > 0 ? " (errors:" + why + ")" : ""));
            }
        }
        int n = Math.max(1, scores.notices);
        scores.kindAccuracy = (double) kindOk / n;
        scores.stageAccuracy = (double) stageOk / n;
        scores.verdictAgreement = (double) verdictOk / n;
        double passRecall = passLabel == 0 ? 1 : (double) passOk / passLabel;
        double failRecall = failLabel == 0 ? 1 : (double) failOk / failLabel;
        scores.balancedAccuracy = (passRecall + failRecall) / 2;
        scores.passRecall = passRecall;
        double sum = 0;
        int count = 0;
        for (var entry : scores.elements.entrySet()) {
            if (entry.getValue().labelledPresent >= 5) {
                sum += entry.getValue().f1();
                count++;
            }
        }
        scores.macroF1 = count == 0 ? 0 : sum / count;
        scores.millisPerNotice = nanos / 1e6 / n;
        return scores;
    }

    /** Prints the scores in the form the closing notes quote. */
    public static void print(Scores s, PrintStream out, boolean disagreements) {
        out.printf(Locale.ROOT, "labelled notices: %d%n", s.notices);
        out.printf(Locale.ROOT, "kind accuracy:  %.3f%nstage accuracy: %.3f%n", s.kindAccuracy, s.stageAccuracy);
        out.println("element            labelled  precision  recall  F1");
        s.elements.forEach((id, c) -> out.printf(Locale.ROOT, "  %-17s %4d      %.3f      %.3f   %.3f%s%n", id,
                c.labelledPresent, c.precision(), c.recall(), c.f1(), c.labelledPresent >= 5 ? "" : "  (not in macro)"));
        out.printf(Locale.ROOT, "element macro F1: %.4f%n", s.macroF1);
        out.println("defect             labelled  precision  recall  F1");
        s.defects.forEach((id, c) -> out.printf(Locale.ROOT, "  %-17s %4d      %.3f      %.3f   %.3f%n", id,
                c.labelledPresent, c.precision(), c.recall(), c.f1()));
        out.printf(Locale.ROOT, "verdict agreement: %.3f%nverdict balanced accuracy: %.3f%n", s.verdictAgreement,
                s.balancedAccuracy);
        out.printf(Locale.ROOT, "engine time per notice: %.3f ms%n", s.millisPerNotice);
        if (disagreements) {
            out.println("disagreements (" + s.disagreements.size() + "):");
            s.disagreements.forEach(d -> out.println("  " + d));
        }
    }

    /** The one line CI and closing notes quote. */
    public static String heldOutLine(Scores s) {
        return String.format(Locale.ROOT, "held-out by organisation: macroF1=%.3f verdictBA=%.3f passRecall=%.3f kind=%.3f stage=%.3f",
                s.macroF1, s.balancedAccuracy, s.passRecall, s.kindAccuracy, s.stageAccuracy);
    }

    /** In-sample and held-out scores side by side, per element, per defect, kind, stage and verdict. */
    public static void printSideBySide(Scores in, Scores out, PrintStream o) {
        o.println("                       in-sample  held-out by organisation");
        o.printf(Locale.ROOT, "kind accuracy          %.3f      %.3f%n", in.kindAccuracy, out.kindAccuracy);
        o.printf(Locale.ROOT, "stage accuracy         %.3f      %.3f%n", in.stageAccuracy, out.stageAccuracy);
        in.elements.forEach((id, c) -> o.printf(Locale.ROOT, "element %-15s F1 %.3f   F1 %.3f  (P %.2f R %.2f held out, %d labelled)%n", id,
                c.f1(), out.elements.get(id).f1(), out.elements.get(id).precision(), out.elements.get(id).recall(), c.labelledPresent));
        in.defects.forEach((id, c) -> o.printf(Locale.ROOT, "defect %-16s F1 %.3f   F1 %.3f%n", id, c.f1(), out.defects.get(id).f1()));
        o.printf(Locale.ROOT, "element macro F1       %.3f      %.3f%n", in.macroF1, out.macroF1);
        o.printf(Locale.ROOT, "verdict balanced acc.  %.3f      %.3f%n", in.balancedAccuracy, out.balancedAccuracy);
        o.printf(Locale.ROOT, "pass recall            %.3f      %.3f%n", in.passRecall, out.passRecall);
        o.println(heldOutLine(out));
    }

    public static void main(String[] args) throws IOException {
        Path corpus = args.length > 0 ? Paths.get(args[0]) : corpusDir();
        Scores in = score(corpus, ChecklistLoader.defaults());
        Scores out = scoreHeldOut(corpus, ChecklistLoader.defaults());
        print(out, System.out, true);
        printSideBySide(in, out, System.out);
    }
}
