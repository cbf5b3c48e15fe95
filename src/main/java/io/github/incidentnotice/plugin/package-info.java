/**
 * The Maven goals: thin adapters that turn parameters into an engine request and the result into a build outcome and report files.
 */
package io.github.incidentnotice.plugin;
