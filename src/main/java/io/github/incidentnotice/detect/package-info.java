/**
 * The learned detector: how a notice becomes a decision. Each sentence is turned into general features
 * ({@link io.github.incidentnotice.detect.SentenceFeatures}: word stems and pairs, the words of the heading
 * above it, its place in the notice, first-person agency against a bare passive, tense and modality,
 * a stated reason ("because", "caused by"), negation and hedges, numbers, times and durations, the
 * checklist's general vocabularies as cues, and those read with the notice's kind and stage).
 * A {@link io.github.incidentnotice.detect.LinearModel} per element, fitted by a program over the labelled
 * corpus, scores every sentence; an element is present when its best sentence scores at or above the
 * model's threshold, or, where the trainer chose so, when a section's heading and content both read as the
 * element, or when the checklist's own headings and phrases find it. Values the trainer chose for the whole
 * notice (the length from which a full write-up is a postmortem) travel with the weights. The weights are
 * data ({@link io.github.incidentnotice.detect.DetectorModel}), read lazily from a versioned resource;
 * nothing here was written while looking at a notice.
 */
package io.github.incidentnotice.detect;
