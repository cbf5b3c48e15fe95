/**
 * The reports: console lines, JSON (a contract), SARIF 2.1.0, JUnit XML and a self-contained HTML page, with the evidence and closest candidates of each notice.
 */
package io.github.incidentnotice.report;
