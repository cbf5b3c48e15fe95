package io.github.incidentnotice.detect;

import java.util.Map;

/**
 * A logistic model over named binary features: a weight per feature (the intercept is the weight of the
 * feature {@code bias} every sentence has) and the decision threshold on the probability, as fitted by the
 * trainer. A feature the model does not know weighs nothing.
 */
public final class LinearModel {

    private final Map<String, Double> weights;
    private final double threshold;
    private final boolean withRules;
    private final Sections sections;

    /**
     * How a section shows the element, as the trainer chose on organisations held out of the fit: its heading,
     * read as a sentence, reaches {@code heading} and one sentence of its content reaches {@code content}; a
     * heading of the checklist's own counts only when one sentence of its content reaches {@code ruleContent}.
     * A threshold above 1 is never reached.
     */
    public record Sections(double heading, double content, double ruleContent) {

        /** Headings do not count by meaning, and a checklist heading counts whatever its content says. */
        public static final Sections NONE = new Sections(2, 2, 0);
    }

    /**
     * @param withRules the element is present when the model or the checklist's own headings and phrases say
     *                  so (the trainer chooses this where it did better on organisations held out of the fit)
     */
    public LinearModel(Map<String, Double> weights, double threshold, boolean withRules) {
        this(weights, threshold, withRules, Sections.NONE);
    }

    public LinearModel(Map<String, Double> weights, double threshold, boolean withRules, Sections sections) {
        this.weights = Map.copyOf(weights);
        this.threshold = threshold;
        this.withRules = withRules;
        this.sections = sections;
    }

    public Sections sections() {
        return sections;
    }

    /** The same model with another way of reading sections (the trainer chooses it after fitting). */
    public LinearModel withSections(Sections s) {
        return new LinearModel(weights, threshold, withRules, s);
    }

    public boolean withRules() {
        return withRules;
    }

    /** The probability that a sentence with these features shows what the model was trained on. */
    public double probability(String[] features) {
        return probability(score(features));
    }

    /** The probability of a log-odds score. */
    public static double probability(double score) {
        return 1 / (1 + Math.exp(-score));
    }

    /** The log-odds of a sentence with these features. */
    public double score(String[] features) {
        double z = 0;
        for (String f : features) {
            Double w = weights.get(f);
            if (w != null) {
                z += w;
            }
        }
        return z;
    }

    public boolean accepts(double probability) {
        return probability >= threshold;
    }

    public Map<String, Double> weights() {
        return weights;
    }

    public double threshold() {
        return threshold;
    }

    /** The same weights with another threshold (the trainer chooses it after fitting). */
    public LinearModel withThreshold(double t, boolean rules) {
        return new LinearModel(weights, t, rules, sections);
    }
}
