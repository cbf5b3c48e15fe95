package io.github.incidentnotice.timeliness;

import java.nio.file.Path;

/**
 * Where the first publication of a notice is read from: the git history of its file. An interface so that the
 * engine stays free of processes and tests can give a history of their own.
 */
public interface GitHistory {

    /** No history: every notice's first publication is unknown. */
    GitHistory NONE = file -> FirstPublication.unknown("no git history was read");

    /** When {@code file} (absolute) was first committed, or why that cannot be told. */
    FirstPublication firstPublished(Path file);
}
