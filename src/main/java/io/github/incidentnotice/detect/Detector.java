package io.github.incidentnotice.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.Phrase;
import io.github.incidentnotice.model.Stage;
import io.github.incidentnotice.parse.Notice;

/**
 * What the rules ask of the learned detector: the fitted model of an element, the features of a notice's
 * sentences, and the headings and phrases a team's checklist adds to an element (those still make it
 * present, whatever the model says). It always reads with the default checklist's cues, which the model
 * was trained with.
 */
public final class Detector {

    private static volatile Detector defaults;

    private final DetectorModel model;
    private final Checklist base;
    private final Cues cues;

    public Detector(DetectorModel model, Checklist base) {
        this.model = model;
        this.base = base;
        this.cues = Cues.of(base);
    }

    /** The shipped model over the default checklist, made on first use. */
    public static Detector defaults() {
        Detector d = defaults;
        if (d == null) {
            synchronized (Detector.class) {
                d = defaults;
                if (d == null) {
                    d = new Detector(DetectorModel.defaults(), ChecklistLoader.defaults());
                    defaults = d;
                }
            }
        }
        return d;
    }

    public Optional<LinearModel> model(String name) {
        return model.model(name);
    }

    public DetectorModel detectorModel() {
        return model;
    }

    /** The features of every sentence of a notice (see {@link SentenceFeatures}). */
    public String[][] features(Notice notice, String[] plainText, Stage stage) {
        return new SentenceFeatures(cues).extract(notice, plainText, stage);
    }

    /**
     * The wording the default checklist says never shows the element (a hedged apology, a vendor named as
     * the cause): the model was fitted with those sentences left out, and a team checklist cannot bring them back.
     */
    public List<Phrase> baseUnless(String elementId) {
        Optional<ElementSpec> original = base.element(elementId);
        return original.isPresent() ? original.get().unless() : List.of();
    }

    /** The headings of an element that the default checklist does not give it (a team's own). */
    public List<String> addedHeadings(ElementSpec element) {
        Optional<ElementSpec> original = base.element(element.id());
        if (original.isEmpty()) {
            return element.headings();
        }
        List<String> added = new ArrayList<>(element.headings());
        added.removeAll(original.get().headings());
        return added;
    }

    /** The phrases of an element that the default checklist does not give it (a team's own). */
    public List<Phrase> addedPhrases(ElementSpec element) {
        Optional<ElementSpec> original = base.element(element.id());
        if (original.isEmpty()) {
            return element.phrases();
        }
        List<Phrase> added = new ArrayList<>(element.phrases());
        added.removeAll(original.get().phrases());
        return added;
    }
}
