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

import io.github.incidentnotice.detect.DetectorModel;
import io.github.incidentnotice.detect.LinearModel;
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
            LinearModel model = train(training, element);
            double[] choice = threshold(training, element);
            models.put(element, model.withThreshold(choice[0], choice[1] > 0));
        }
        return new DetectorModel(models);
    }

    static double round(double w) {
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.5g", w));
    }

    /**
     * The threshold that gives the best F1 over notices whose organisation was held out of the fit, and
     * whether the element does better with the checklist's rules beside the model ({@code {threshold, 1}})
     * or with the model alone ({@code {threshold, 0}}).
     */
    private double[] threshold(List<PreparedNotice> training, String element) {
        List<String> orgs = new ArrayList<>(new TreeSet<>(training.stream().map(n -> n.label.organisation()).toList()));
        Map<String, Integer> fold = new HashMap<>();
        for (int i = 0; i < orgs.size(); i++) {
            fold.put(orgs.get(i), i % INNER_FOLDS);
        }
        List<double[]> scored = new ArrayList<>();
        for (int k = 0; k < INNER_FOLDS; k++) {
            int held = k;
            List<PreparedNotice> in = training.stream().filter(n -> fold.get(n.label.organisation()) != held).toList();
            List<PreparedNotice> out = training.stream().filter(n -> fold.get(n.label.organisation()) == held).toList();
            if (out.isEmpty()) {
                continue;
            }
            LinearModel m = train(in, element);
            for (PreparedNotice n : out) {
                scored.add(new double[] {best(m, n, element), n.label.present(element) ? 1 : 0,
                        n.rules.get(element) ? 1 : 0});
            }
        }
        double[] alone = bestThreshold(scored.stream().map(s -> new double[] {s[0], s[1]}).toList());
        // with the rules: a notice the rules find is present whatever its score
        double[] withRules = bestThreshold(scored.stream().map(s -> new double[] {s[2] > 0 ? 2 : s[0], s[1]}).toList());
        return withRules[1] > alone[1] ? new double[] {Math.min(withRules[0], 1), 1} : new double[] {alone[0], 0};
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
