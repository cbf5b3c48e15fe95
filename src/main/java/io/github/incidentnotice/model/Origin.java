package io.github.incidentnotice.model;

/** Where a checklist setting comes from: the default checklist or a team's file, with its line. */
public record Origin(String file, int line) {

    /** The file name origins in the shipped default checklist carry. */
    public static final String DEFAULT_FILE = "default-checklist.yml";

    public static final Origin DEFAULT = new Origin(DEFAULT_FILE, 0);

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
