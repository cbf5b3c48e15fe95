package io.github.incidentnotice.rules;

/**
 * Why the engine decided an element is present: the line, column and text that showed it, and
 * whether it was a heading with content or a phrase in prose. The corpus harness prints it.
 */
public record Evidence(int line, int column, String text, boolean heading) {
}
