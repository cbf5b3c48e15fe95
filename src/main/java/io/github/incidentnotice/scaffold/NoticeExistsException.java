package io.github.incidentnotice.scaffold;

import java.nio.file.Path;

/** The notice to be written already exists; it was left exactly as it was. */
public final class NoticeExistsException extends ScaffoldException {

    private static final long serialVersionUID = 1L;

    private final transient Path existing;

    public NoticeExistsException(Path existing, String message) {
        super(message);
        this.existing = existing;
    }

    public Path existing() {
        return existing;
    }
}
