/**
 * The new goal's scaffolding: a notice template for a kind and status with the headings and a one-line guide under each; it never overwrites a file.
 */
package io.github.incidentnotice.scaffold;
