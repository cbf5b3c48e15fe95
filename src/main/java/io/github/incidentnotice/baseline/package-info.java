/**
 * The baseline: the findings a team has accepted while it adopts the check, kept in a file it commits, so that
 * {@code check} fails only on findings that are new. Reading, writing and matching it; Maven-free.
 */
package io.github.incidentnotice.baseline;
