package io.github.incidentnotice.baseline;

/** A baseline file that cannot be read as one; its message is one line naming the file (and line, when known). */
public final class InvalidBaseline extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidBaseline(String message) {
        super(message);
    }
}
