package io.github.incidentnotice.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.incidentnotice.detect.LinearModel;
import io.github.incidentnotice.model.Closest;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.match.Phrase;
import io.github.incidentnotice.parse.Section;
import io.github.incidentnotice.parse.Sentence;

/**
 * Finds what came closest to stating an element a notice lacks, and why it did not count: a sentence excluded
 * by the element's {@code unless} wording, a heading whose section did not read as the element, or the
 * sentence the element's model scored highest below its threshold.
 */
final class ClosestCandidate {

    /** Below this share of the model's threshold a sentence is not close: naming it would send the writer astray. */
    private static final double NEAR = 0.4;

    private ClosestCandidate() {
    }

    /** What came closest to stating the element, or empty when nothing in the notice came close. */
    static Optional<Closest> of(NoticeAnalysis analysis, ElementSpec element) {
        Optional<LinearModel> model = analysis.model(element);
        // a hedge is the likeliest near miss and the one a writer least expects, so it is named first
        Optional<Closest> hedged = hedged(analysis, element, model.orElse(null));
        if (hedged.isPresent()) {
            return hedged;
        }
        Optional<Closest> heading = heading(analysis, element, model.orElse(null));
        if (heading.isPresent() || model.isEmpty()) {
            return heading;
        }
        return bestScored(analysis, element, model.get());
    }

    /**
     * The sentence the element's exclusions kept out although it looked like the element: one of the
     * checklist's phrases matched it (the first such), or else the model scored it highest, within reach of
     * the threshold and above every sentence that was allowed.
     */
    private static Optional<Closest> hedged(NoticeAnalysis analysis, ElementSpec element, LinearModel model) {
        List<Phrase> exclusions = model != null ? analysis.exclusions(element) : element.unless();
        if (exclusions.isEmpty()) {
            return Optional.empty();
        }
        List<Sentence> sentences = analysis.notice().sentences();
        double bestAllowed = model == null ? 2 : best(analysis.probabilities(element, model));
        boolean rules = model == null || model.withRules();
        int at = -1;
        double atScore = -1;
        Phrase.Match hedge = null;
        for (int i = 0; i < sentences.size(); i++) {
            if (!analysis.ownProse(i)) {
                continue;
            }
            Phrase.Match m = Phrase.first(exclusions, analysis.matchText(i), analysis.foldedMatchText(i));
            if (m == null) {
                continue;
            }
            if (rules && Phrase.first(element.phrases(), analysis.matchText(i), analysis.foldedMatchText(i)) != null) {
                at = i;
                hedge = m;
                break;
            }
            double p = model == null ? -1 : analysis.unfilteredProbability(element, i);
            if (p > atScore && p > bestAllowed && p >= floor(model)) {
                at = i;
                atScore = p;
                hedge = m;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        Sentence s = sentences.get(at);
        String words = Prose.excerpt(s.text().substring(hedge.start(), hedge.end()), 60);
        // an exclusion is a hedge ("for any inconvenience") or a vague promise ("we will keep monitoring"): say
        // which wording kept it out, and that the checklist means it to, not which of the two it is
        return Optional.of(new Closest(Citations.of(s, 0), false,
                "\"" + words + "\" is wording the checklist does not count as " + element.id()));
    }

    /** The highest of the probabilities, -1 when none is a number. */
    private static double best(double[] p) {
        int at = NoticeAnalysis.bestIndex(p);
        return at < 0 ? -1 : p[at];
    }

    /**
     * The lowest probability that is close: a share of the threshold, and of 1 for a model the trainer left to
     * rank sentences only (threshold 1: the checklist's wording decides).
     */
    private static double floor(LinearModel model) {
        return NEAR * Math.min(model.threshold(), 1);
    }

    /**
     * A section whose heading reads as the element (by the model, or by one of the checklist's wordings) but
     * whose content did not count; of several, the one whose content came nearest.
     */
    private static Optional<Closest> heading(NoticeAnalysis analysis, ElementSpec element, LinearModel model) {
        List<Section> sections = analysis.notice().sections();
        double[][] readings = model == null ? null : analysis.sectionReadings(element, model);
        int at = -1;
        for (int k = 0; k < sections.size(); k++) {
            Section section = sections.get(k);
            boolean byWording = HeadingMatcher.matches(element.headings(), section.normalizedHeading());
            boolean byMeaning = readings != null && model.sections().heading() <= 1
                    && readings[k][0] >= model.sections().heading();
            if ((byWording || byMeaning) && (at < 0 || readings != null && readings[k][1] > readings[at][1])) {
                at = k;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        Section section = sections.get(at);
        String reason = analysis.hasRealContent(section)
                ? "its content does not read as " + element.id()
                : "there is no text under it";
        return Optional.of(new Closest(Citations.of(section), true, reason));
    }

    /** The sentence the model scored highest, when it came within reach of the threshold. */
    private static Optional<Closest> bestScored(NoticeAnalysis analysis, ElementSpec element, LinearModel model) {
        double[] p = analysis.probabilities(element, model);
        int at = NoticeAnalysis.bestIndex(p);
        if (at < 0 || p[at] < floor(model)) {
            return Optional.empty();
        }
        Sentence s = analysis.notice().sentences().get(at);
        String reason = model.threshold() >= 1
                ? "its wording is not one the checklist counts as " + element.id()
                : String.format(Locale.ROOT, "it reads as %s with a score of %.2f; it takes %.2f", element.id(), p[at],
                        model.threshold());
        return Optional.of(new Closest(Citations.of(s, 0), false, reason));
    }
}
