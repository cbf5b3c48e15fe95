package io.github.incidentnotice.scaffold;

/** A scaffolding request that cannot be carried out because of the user's input; the message says what to change. */
public class ScaffoldException extends Exception {

    private static final long serialVersionUID = 1L;

    public ScaffoldException(String message) {
        super(message);
    }
}
