/**
 * Tests of the documentation itself: the README stays a short front page whose links to the site's pages resolve.
 */
package io.github.incidentnotice.docs;
