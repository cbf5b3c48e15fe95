package io.github.incidentnotice.model;

import java.util.Locale;

/** The front-matter {@code status} values, each with the kind it implies (if any) and its stage. */
public enum Status {
    INVESTIGATING("investigating", null, Stage.ONGOING),
    IDENTIFIED("identified", null, Stage.ONGOING),
    MONITORING("monitoring", null, Stage.ONGOING),
    RESOLVED("resolved", null, Stage.RESOLVED),
    POSTMORTEM("postmortem", Kind.INCIDENT, Stage.POSTMORTEM),
    SCHEDULED("scheduled", Kind.MAINTENANCE, Stage.ONGOING),
    IN_PROGRESS("in-progress", Kind.MAINTENANCE, Stage.ONGOING),
    /** Statuspage's last step of a maintenance: the work is done and being checked. */
    VERIFYING("verifying", Kind.MAINTENANCE, Stage.ONGOING),
    COMPLETED("completed", Kind.MAINTENANCE, Stage.RESOLVED);

    private final String id;
    private final Kind impliedKind;
    private final Stage stage;

    Status(String id, Kind impliedKind, Stage stage) {
        this.id = id;
        this.impliedKind = impliedKind;
        this.stage = stage;
    }

    public String id() {
        return id;
    }

    /** The kind this status implies on its own, or null when it fits incidents and maintenance alike. */
    public Kind impliedKind() {
        return impliedKind;
    }

    public Stage stage() {
        return stage;
    }

    /** Parses a status word ("post-mortem" and "in progress" are accepted), or returns null. */
    public static Status parse(String word) {
        if (word == null) {
            return null;
        }
        String w = word.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        if (w.equals("post-mortem")) {
            w = "postmortem";
        }
        for (Status status : values()) {
            if (status.id.equals(w)) {
                return status;
            }
        }
        return null;
    }

    /** The allowed words, for error messages. */
    public static String allowed() {
        StringBuilder sb = new StringBuilder();
        for (Status status : values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(status.id);
        }
        return sb.toString();
    }
}
