/**
 * The matching machinery the checklist's phrases run on: a phrase of one or more regular expressions, and the literal prefilters that rule most sentences out before a regular expression runs.
 */
package io.github.incidentnotice.match;
