/**
 * Time limits, per notice and per run, that keep a hostile notice or checklist pattern from hanging a build.
 */
package io.github.incidentnotice.limits;
