/**
 * The {@code git} command as the plugin runs it: a bounded process in the notices' directory, read for the
 * notices' history (timeliness) and for the notices changed since a ref ({@code ratchetFrom}). Maven-free.
 */
package io.github.incidentnotice.git;
