package io.github.incidentnotice.parse;

/** A mistake in a user's file (a notice or a checklist), with the 1-based line and column where it stands. */
public class InputProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public InputProblem(int line, int column, String message) {
        super(message);
        this.line = Math.max(1, line);
        this.column = Math.max(1, column);
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
