/**
 * Loading the checklist: the default one shipped as YAML data, a team's file over it (every mistake one error with file, line and column), and writing the effective checklist back out.
 */
package io.github.incidentnotice.checklist;
