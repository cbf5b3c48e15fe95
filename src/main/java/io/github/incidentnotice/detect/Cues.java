package io.github.incidentnotice.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.match.LinearPattern;
import io.github.incidentnotice.match.LiteralPrefilter;
import io.github.incidentnotice.match.Phrase;

/**
 * The default checklist's general vocabularies read as evidence, not as verdicts: each (own change, effect,
 * remedy, commitment, safeguard, ...) gives a feature when it matches a sentence, and the model learns how
 * much each is worth.
 */
public final class Cues {

    private record Cue(String feature, List<Phrase> phrases) {
    }

    /**
     * Vocabularies not read on their own: "concrete" (any number, name or capitalised word) cost more than
     * every other cue together on each sentence, and the numbers and times it stands for are features already.
     * The rules, and the impact phrase among the cues, still use it.
     */
    private static final Set<String> COSTLY = Set.of("concrete");

    private final List<Cue> cues;

    private Cues(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    /**
     * The cues of a checklist (the detector is trained and run with the default checklist's): its general
     * vocabularies only. The elements' and defects' own phrases were cues too, but they are wordings written
     * while reading the corpus: as features they raised the in-sample score and lowered the held-out one
     * (element macro F1 0.847 with them, 0.850 without), and they cost most of the detector's time.
     */
    public static Cues of(Checklist checklist) {
        List<Cue> cues = new ArrayList<>();
        for (Map.Entry<String, String> v : checklist.vocabulary().entrySet()) {
            if (COSTLY.contains(v.getKey())) {
                continue;
            }
            LinearPattern p;
            try {
                // the vocabularies the detector reads are the default checklist's, lookarounds and all
                p = LinearPattern.compile(v.getValue(), true);
            } catch (LinearPattern.Unsupported e) {
                throw new IllegalStateException("vocabulary '" + v.getKey() + "' " + e.getMessage(), e);
            }
            cues.add(new Cue("v:" + v.getKey(), List.of(new Phrase(v.getValue(), p))));
        }
        return new Cues(cues);
    }

    /** Adds the feature of every cue that matches the sentence, given its folded form. */
    void add(String sentence, LiteralPrefilter.Folded folded, Set<String> features) {
        for (Cue c : cues) {
            if (Phrase.any(c.phrases(), sentence, folded)) {
                features.add(c.feature());
            }
        }
    }
}
