package io.github.incidentnotice.checklist;

/** A mistake in a checklist file, reported as one line: {@code file:line:column: what is wrong and what is allowed}. */
public class ChecklistException extends Exception {

    private static final long serialVersionUID = 1L;

    public ChecklistException(String file, int line, int column, String message) {
        super(file + ":" + line + ":" + column + ": " + message);
    }
}
