/**
 * The findings cache: a notice's result kept by the hash of its bytes, the checklists and the detector model, so an unchanged notice is not checked again; behind an interface with a no-op implementation.
 */
package io.github.incidentnotice.cache;
