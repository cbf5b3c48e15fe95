package io.github.incidentnotice.engine;

import java.util.Objects;
import java.util.function.Supplier;

import io.github.incidentnotice.model.Checklist;

/**
 * The checklist an engine checks against, loaded on first use and then kept: a run whose notices all
 * come from the findings cache never parses it. Its name is known up front, since results and reports
 * carry it whether or not the checklist was loaded. Thread-safe; the loader runs at most once, unless it
 * throws, in which case the next use tries again (and fails the same way).
 */
public final class ChecklistSource {

    private final String name;
    private Supplier<Checklist> loader;
    private volatile Checklist checklist;

    private ChecklistSource(String name, Supplier<Checklist> loader, Checklist checklist) {
        this.name = Objects.requireNonNull(name, "name");
        this.loader = loader;
        this.checklist = checklist;
    }

    /** A source for a checklist already loaded. */
    public static ChecklistSource of(Checklist checklist) {
        return new ChecklistSource(checklist.name(), null, checklist);
    }

    /**
     * A source that calls {@code loader} the first time the checklist is needed.
     *
     * @param name the name the loaded checklist has (checked when it is loaded)
     */
    public static ChecklistSource lazy(String name, Supplier<Checklist> loader) {
        return new ChecklistSource(name, Objects.requireNonNull(loader, "loader"), null);
    }

    /** The checklist's name, without loading it. */
    public String name() {
        return name;
    }

    /** Whether the checklist has been loaded (tests and callers that only want it when it is free). */
    public boolean isLoaded() {
        return checklist != null;
    }

    /** The checklist, loading it now if no one has yet; whatever the loader throws is thrown as it is. */
    public Checklist get() {
        Checklist c = checklist;
        if (c != null) {
            return c;
        }
        synchronized (this) {
            if (checklist == null) {
                Checklist loaded = Objects.requireNonNull(loader.get(), "the checklist loader returned null");
                if (!loaded.name().equals(name)) {
                    // results name the checklist before it is loaded: a mismatch would make cached and fresh runs differ
                    throw new IllegalStateException("the checklist loaded as '" + loaded.name() + "', not '" + name + "'");
                }
                checklist = loaded;
                loader = null;
            }
            return checklist;
        }
    }
}
