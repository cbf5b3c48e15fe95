/**
 * The rules that turn a notice's analysis into findings, one rule id per class: an element missing, a defect found, a front-matter problem, a waiver, and the explanation of each decision.
 */
package io.github.incidentnotice.rules;
