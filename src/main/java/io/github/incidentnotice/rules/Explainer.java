package io.github.incidentnotice.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.incidentnotice.detect.LinearModel;
import io.github.incidentnotice.model.Citation;
import io.github.incidentnotice.model.Closest;
import io.github.incidentnotice.model.ElementDecision;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.ElementState;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.NoticeExplanation;

/** Builds the {@link NoticeExplanation} of an analysed notice: what decided each element, as data to print. */
public final class Explainer {

    private Explainer() {
    }

    public static NoticeExplanation explain(NoticeAnalysis analysis) {
        boolean usable = analysis.notice().frontMatter().usable();
        List<ElementDecision> decisions = new ArrayList<>();
        for (ElementSpec e : analysis.checklist().elements()) {
            decisions.add(decide(analysis, e, usable));
        }
        return new NoticeExplanation(analysis.notice().file(), analysis.kind(), analysis.stage(), analysis.inferred(),
                decisions);
    }

    private static ElementDecision decide(NoticeAnalysis analysis, ElementSpec e, boolean usable) {
        // the same level and state the engine records: a broken front matter checks nothing
        Level level = usable ? analysis.level(e) : Level.OFF;
        Optional<LinearModel> model = analysis.model(e);
        Citation best = null;
        double bestScore = Double.NaN;
        if (model.isPresent()) {
            double[] p = analysis.probabilities(e, model.get());
            int at = NoticeAnalysis.bestIndex(p);
            if (at >= 0) {
                best = Citations.of(analysis.notice().sentences().get(at), 0);
                bestScore = p[at];
            }
        }
        double threshold = model.map(LinearModel::threshold).orElse(Double.NaN);
        if (WaiverRule.waives(analysis, e.id())) {
            return new ElementDecision(e.id(), ElementState.WAIVED, level, "waiver", null, Double.NaN, best, bestScore,
                    threshold, null);
        }
        Optional<Evidence> evidence = usable ? analysis.evidence(e) : Optional.empty();
        if (evidence.isPresent()) {
            Evidence found = evidence.get();
            String basis = found.heading() ? "rule: heading" : Double.isNaN(found.score()) ? "rule: phrase" : "model";
            return new ElementDecision(e.id(), ElementState.PRESENT, level, basis, found.citation(), found.score(), best,
                    bestScore, threshold, null);
        }
        Closest closest = usable ? ClosestCandidate.of(analysis, e).orElse(null) : null;
        return new ElementDecision(e.id(), ElementState.ABSENT, level, "none", null, Double.NaN, best, bestScore,
                threshold, closest);
    }
}
