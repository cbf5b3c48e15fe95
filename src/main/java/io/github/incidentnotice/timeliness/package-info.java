/**
 * The timeliness checks: when a notice was written rather than what it says. Its times come from the notice's own
 * dates (front matter, dated update blocks, promised next updates) and from the git history of its file; the
 * findings depend on the clock and on that history, so they are worked out on every run and never cached.
 */
package io.github.incidentnotice.timeliness;
