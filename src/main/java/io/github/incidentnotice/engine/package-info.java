/**
 * The Maven-free checking engine: one request (notices, checklist, options) in, one result out; finding the notices, checking them in parallel within a time budget, and running a checklist's examples.
 */
package io.github.incidentnotice.engine;
