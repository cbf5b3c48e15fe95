/**
 * The model every layer shares: the checklist (elements, defects, examples), a notice's kind and stage, findings and results; no parsing, matching or reporting.
 */
package io.github.incidentnotice.model;
