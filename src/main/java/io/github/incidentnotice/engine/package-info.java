/**
 * The Maven-free checking engine: one request (notices, checklist, options) in, one result out; finding the notices, checking them in parallel within a time budget per notice and one per run, and running a checklist's examples.
 */
package io.github.incidentnotice.engine;
