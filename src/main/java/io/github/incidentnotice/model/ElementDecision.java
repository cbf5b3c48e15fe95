package io.github.incidentnotice.model;

/**
 * How the check decided one element of one notice, for {@code explain}: its state and level, what decided it
 * (a heading, a checklist phrase or the model, with the sentence), the sentence the model scored highest and
 * the model's threshold, and for a missing element what came closest.
 *
 * @param basis          {@code model}, {@code rule: heading}, {@code rule: phrase}, {@code waiver}, or
 *                       {@code none} when nothing decided it present
 * @param decidedBy      where the deciding heading or sentence stands; null when nothing decided it present
 * @param probability    the model's probability for the deciding sentence; NaN when a rule decided or none did
 * @param modelBest      the sentence the element's model scores highest; null without a model or a candidate
 * @param modelBestScore the model's probability for it; NaN without one
 * @param threshold      the probability the model must reach; NaN without a model, 1 where only the
 *                       checklist's wording decides
 * @param closest        for a missing element, what came closest; null otherwise or when nothing did
 */
public record ElementDecision(String element, ElementState state, Level level, String basis, Citation decidedBy,
                              double probability, Citation modelBest, double modelBestScore, double threshold,
                              Closest closest) {
}
