package io.github.incidentnotice.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.match.LiteralPrefilter;
import io.github.incidentnotice.match.Phrase;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.Stage;
import io.github.incidentnotice.parse.Notice;

/**
 * What the rules ask of the learned detector: the fitted model of an element, the features of a notice's
 * sentences, and the headings and phrases a team's checklist adds to an element (those still make it
 * present, whatever the model says). It always reads with the default checklist's cues, which the model
 * was trained with.
 */
public final class Detector {

    private final DetectorModel model;
    private final Checklist base;
    private final Cues cues;

    public Detector(DetectorModel model, Checklist base) {
        this.model = model;
        this.base = base;
        this.cues = Cues.of(base);
    }

    /** The shipped model over the default checklist, read on first use (a run served by the cache never reads it). */
    public static Detector defaults() {
        return Shipped.DETECTOR;
    }

    /** Loaded when {@link #defaults()} is first called: the JVM's class initialisation makes it once. */
    private static final class Shipped {
        static final Detector DETECTOR = new Detector(DetectorModel.readShipped(), ChecklistLoader.defaults());
    }

    /** The least number of body sentences of a write-up that its content alone makes a postmortem. */
    public static final String POSTMORTEM_MIN_SENTENCES = "postmortem-min-sentences";

    /** A value the trainer chose (such as {@link #POSTMORTEM_MIN_SENTENCES}), or infinity when it chose none. */
    public double parameter(String name) {
        return model.parameters().getOrDefault(name, Double.POSITIVE_INFINITY);
    }

    public Optional<LinearModel> model(String name) {
        return model.model(name);
    }

    /** The position of a model in the rows {@link #scores} gives, or -1. */
    public int position(String name) {
        return model.position(name);
    }

    /** Every model's log-odds for every sentence, from the sentences' features. */
    public double[][] scores(String[][] features) {
        return model.scores(features);
    }

    /**
     * The features of every sentence of a notice (see {@link SentenceFeatures}); {@code folded} gives each
     * sentence's folded form as the analysis keeps it, so the cues do not fold and scan it again.
     */
    public String[][] features(Notice notice, String[] plainText, IntFunction<LiteralPrefilter.Folded> folded,
            Kind kind, Stage stage) {
        return new SentenceFeatures(cues).extract(notice, plainText, folded, kind, stage);
    }

    /**
     * The wording that never shows the element: its own {@code unless} and the default checklist's (a hedged
     * apology, a vendor named as the cause). The model was fitted with those sentences left out, and a team
     * checklist cannot bring them back.
     */
    public List<Phrase> exclusions(ElementSpec element) {
        Optional<ElementSpec> original = base.element(element.id());
        if (original.isEmpty() || original.get().unless().equals(element.unless())) {
            return element.unless();
        }
        List<Phrase> all = new ArrayList<>(element.unless());
        all.addAll(added(original.get().unless(), element.unless()));
        return all;
    }

    /** The headings of an element that the default checklist does not give it (a team's own). */
    public List<String> addedHeadings(ElementSpec element) {
        Optional<ElementSpec> original = base.element(element.id());
        return original.isEmpty() ? element.headings() : added(element.headings(), original.get().headings());
    }

    /** The phrases of an element that the default checklist does not give it (a team's own). */
    public List<Phrase> addedPhrases(ElementSpec element) {
        Optional<ElementSpec> original = base.element(element.id());
        return original.isEmpty() ? element.phrases() : added(element.phrases(), original.get().phrases());
    }

    private static <T> List<T> added(List<T> these, List<T> original) {
        List<T> added = new ArrayList<>(these);
        added.removeAll(original);
        return added;
    }
}
