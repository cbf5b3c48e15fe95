package io.github.incidentnotice.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.github.incidentnotice.detect.Detector;
import io.github.incidentnotice.detect.DetectorModel;
import io.github.incidentnotice.detect.LinearModel;
import io.github.incidentnotice.rules.NoticeAnalysis;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Fits the detector on a set of labelled notices: per element, a logistic model over sentences (the sentences
 * holding a label's evidence quote are positives, every candidate sentence of a notice labelled absent is a
 * negative) with OpenNLP's L-BFGS maxent trainer, and a threshold on a notice's best sentence chosen on
 * organisations held out of the fit. Deterministic: one thread per fit, the notices in corpus order.
 */
final class ModelFitter {

    /** An element with fewer notices labelled present than this keeps its checklist rules. */
    static final int MIN_PRESENT = 10;
    static final double L2 = 1.0;
    static final int ITERATIONS = 60;
    static final int INNER_FOLDS = 3;

    private final List<String> elements;

    ModelFitter(List<String> elements) {
        this.elements = List.copyOf(elements);
    }

    DetectorModel fit(List<PreparedNotice> training) {
        Map<String, LinearModel> models = new LinkedHashMap<>();
        for (String element : elements) {
            long present = training.stream().filter(n -> n.label.present(element)).count();
            if (present < MIN_PRESENT) {
                continue;
            }
            models.put(element, choose(train(training, element), training, element));
        }
        DetectorModel model = new DetectorModel(models);
        double length = writeUpLength(model, training);
        return Double.isFinite(length) ? model.withParameter(Detector.POSTMORTEM_MIN_SENTENCES, length) : model;
    }

    /** The lengths, in body sentences, from which a write-up may count as a postmortem by its content. */
    private static final double[] WRITE_UP_LENGTHS = {80, 60, 40, 30, 20};

    /**
     * The least length from which a resolved incident with an account, a fix and follow-up work is a postmortem,
     * chosen for the most stages right on the training notices, read with the models just fitted (infinity,
     * never, unless a length does strictly better; on a tie the longer).
     */
    private static double writeUpLength(DetectorModel model, List<PreparedNotice> training) {
        io.github.incidentnotice.model.Checklist checklist = io.github.incidentnotice.checklist.ChecklistLoader.defaults();
        Detector detector = new Detector(model, checklist);
        List<int[]> candidates = new ArrayList<>();
        for (PreparedNotice n : training) {
            NoticeAnalysis a = new NoticeAnalysis(n.notice, checklist, detector);
            if (!a.mayBeWriteUpByContent()) {
                continue;
            }
            boolean full = a.isFullAccount();
            int label = n.label.stage().equals("postmortem") ? 1 : n.label.stage().equals("resolved") ? 0 : -1;
            candidates.add(new int[] {full ? a.bodySentences() : -1, label});
        }
        double best = Double.POSITIVE_INFINITY;
        int bestRight = right(candidates, best);
        for (double length : WRITE_UP_LENGTHS) {
            int r = right(candidates, length);
            if (r > bestRight) {
                bestRight = r;
                best = length;
            }
        }
        return best;
    }

    private static int right(List<int[]> candidates, double length) {
        int right = 0;
        for (int[] c : candidates) {
            boolean postmortem = c[0] >= 0 && c[0] >= length;
            right += (postmortem ? c[1] == 1 : c[1] == 0) ? 1 : 0;
        }
        return right;
    }

    static double round(double w) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.5g", w));
    }

    /** A heading's probability that makes it read as the element (2: headings do not count by meaning). */
    private static final double[] HEADING = {2, 0.5, 0.7, 0.9};
    /** The probability one content sentence must reach for a section to count by its heading. */
    private static final double[] CONTENT = {0.05, 0.1, 0.2, 0.3};
    /** The same for a section under one of the checklist's headings (0: any real content counts). */
    private static final double[] RULE_CONTENT = {0, 0.02, 0.05, 0.1, 0.2};

    /** How a model trained without a notice's organisation reads it: its best sentence and each section. */
    private record Reading(double best, double[] heading, double[] content, boolean present, boolean phrases,
                           boolean[] checklistHeading) {

        boolean headed(double h, double c) {
            for (int k = 0; k < heading.length; k++) {
                if (heading[k] >= h && content[k] >= c) {
                    return true;
                }
            }
            return false;
        }

        boolean rules(double ruleContent) {
            if (phrases) {
                return true;
            }
            for (int k = 0; k < checklistHeading.length; k++) {
                if (checklistHeading[k] && content[k] >= ruleContent) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The threshold, the checklist's rules beside the model or not, and how sections count, chosen together
     * for the best F1 over notices whose organisation was held out of the fit (on a tie the simpler choice:
     * the model alone, headings not by meaning, any content under a checklist heading).
     */
    private LinearModel choose(LinearModel fitted, List<PreparedNotice> training, String element) {
        List<String> orgs = new ArrayList<>(new TreeSet<>(training.stream().map(n -> n.label.organisation()).toList()));
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < orgs.size(); i++) {
            fold.put(orgs.get(i), i % INNER_FOLDS);
        }
        List<Reading> readings = new ArrayList<>();
        for (int k = 0; k < INNER_FOLDS; k++) {
            int held = k;
            List<PreparedNotice> in = training.stream().filter(n -> fold.get(n.label.organisation()) != held).toList();
            List<PreparedNotice> out = training.stream().filter(n -> fold.get(n.label.organisation()) == held).toList();
            if (out.isEmpty()) {
                continue;
            }
            LinearModel m = train(in, element);
            for (PreparedNotice n : out) {
                readings.add(read(m, n, element));
            }
        }
        double bestF1 = -1;
        LinearModel chosen = null;
        for (boolean withRules : new boolean[] {false, true}) {
            for (double h : HEADING) {
                for (double c : h > 1 ? new double[] {2} : CONTENT) {
                    for (double rc : withRules ? RULE_CONTENT : new double[] {0}) {
                        List<double[]> scored = new ArrayList<>();
                        for (Reading r : readings) {
                            boolean forced = r.headed(h, c) || (withRules && r.rules(rc));
                            scored.add(new double[] {forced ? 2 : r.best(), r.present() ? 1 : 0});
                        }
                        double[] cut = bestThreshold(scored);
                        if (cut[1] > bestF1) {
                            bestF1 = cut[1];
                            chosen = fitted.withThreshold(Math.min(cut[0], 1), withRules)
                                    .withSections(new LinearModel.Sections(h, c, rc));
                        }
                    }
                }
            }
        }
        return chosen;
    }

    private static Reading read(LinearModel m, PreparedNotice n, String element) {
        BitSet can = n.eligible.get(element);
        double[] heading = new double[n.headingOf.length];
        double[] content = new double[n.headingOf.length];
        for (int k = 0; k < heading.length; k++) {
            heading[k] = n.headingOf[k] < 0 ? Double.NaN : m.probability(n.features[n.headingOf[k]]);
            double best = -1;
            for (int i : n.contentOf[k]) {
                if (can.get(i)) {
                    best = Math.max(best, m.probability(n.features[i]));
                }
            }
            content[k] = best;
        }
        return new Reading(best(m, n, element), heading, content, n.label.present(element),
                n.phrases.get(element), n.checklistHeadings.get(element));
    }

    /** The highest probability the model gives a candidate sentence of the notice (0 without one). */
    static double best(LinearModel m, PreparedNotice n, String element) {
        double best = 0;
        BitSet can = n.eligible.get(element);
        for (int i = can.nextSetBit(0); i >= 0; i = can.nextSetBit(i + 1)) {
            best = Math.max(best, m.probability(n.features[i]));
        }
        return best;
    }

    /** Of the cut points between scores, the one with the best F1, as {@code {cut, F1}} (ties: the higher cut). */
    static double[] bestThreshold(List<double[]> scored) {
        List<double[]> sorted = new ArrayList<>(scored);
        sorted.sort((a, b) -> Double.compare(b[0], a[0]));
        int positives = 0;
        for (double[] s : sorted) {
            positives += (int) s[1];
        }
        double bestF1 = -1;
        double bestCut = 0.5;
        int tp = 0;
        int fp = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i)[1] > 0) {
                tp++;
            } else {
                fp++;
            }
            if (i + 1 < sorted.size() && sorted.get(i + 1)[0] == sorted.get(i)[0]) {
                continue;
            }
            double f1 = 2.0 * tp / (2.0 * tp + fp + (positives - tp));
            if (f1 > bestF1) {
                bestF1 = f1;
                double next = i + 1 < sorted.size() ? sorted.get(i + 1)[0] : 0;
                bestCut = (sorted.get(i)[0] + next) / 2;
            }
        }
        return new double[] {bestCut, bestF1};
    }

    /** One logistic model for an element over the sentences of the training notices. */
    LinearModel train(List<PreparedNotice> training, String element) {
        List<Event> events = new ArrayList<>();
        for (PreparedNotice n : training) {
            if (n.label.present(element)) {
                BitSet pos = n.positives.get(element);
                for (int i = pos.nextSetBit(0); i >= 0; i = pos.nextSetBit(i + 1)) {
                    events.add(new Event("yes", n.features[i]));
                }
            } else {
                BitSet can = n.eligible.get(element);
                for (int i = can.nextSetBit(0); i >= 0; i = can.nextSetBit(i + 1)) {
                    events.add(new Event("no", n.features[i]));
                }
            }
        }
        return weights(maxent(events));
    }

    /** OpenNLP's L-BFGS maxent over the events, one thread, L2-regularised. */
    private static MaxentModel maxent(List<Event> events) {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        p.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        p.put(TrainingParameters.CUTOFF_PARAM, 2);
        p.put(QNTrainer.L2COST_PARAM, L2);
        p.put(QNTrainer.L1COST_PARAM, 0.0);
        p.put(QNTrainer.THREADS_PARAM, 1);
        p.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
        p.put("PrintMessages", false);
        try {
            EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
            return trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A two-outcome maxent model as one weight per feature: the difference of its outcomes' parameters. */
    @SuppressWarnings("unchecked")
    private static LinearModel weights(MaxentModel model) {
        Object[] data = ((AbstractModel) model).getDataStructures();
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        int yes = model.getIndex("yes");
        int no = model.getIndex("no");
        Map<String, Double> weights = new HashMap<>();
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            int[] outcomes = e.getValue().getOutcomes();
            double[] params = e.getValue().getParameters();
            double w = 0;
            for (int i = 0; i < outcomes.length; i++) {
                if (outcomes[i] == yes) {
                    w += params[i];
                } else if (outcomes[i] == no) {
                    w -= params[i];
                }
            }
            // rounded as the model file keeps them, so a fitted model and its file decide alike
            double rounded = round(w);
            if (rounded != 0) {
                weights.put(e.getKey(), rounded);
            }
        }
        return new LinearModel(weights, 0.5, false);
    }
}
