/**
 * The detector's trainer, a program of its own that the plugin's jar does not carry: it reads the labelled
 * corpus, turns each sentence into the features the plugin reads, fits one logistic model per element with
 * OpenNLP's L-BFGS maxent trainer, chooses each threshold and route (the checklist's rules beside the model,
 * sections by their heading's meaning) on organisations held out of the fit, chooses the length of a
 * write-up on its training notices, and writes the model the plugin ships. The corpus harness uses the same
 * fitting to score held out by organisation.
 */
package io.github.incidentnotice.train;
