package io.github.incidentnotice.model;

/** Where a checklist setting comes from: the default checklist or a team's file, with its line. */
public record Origin(String file, int line) {

    public static final Origin DEFAULT = new Origin("default", 0);

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
