package io.github.incidentnotice.model;

import java.util.Locale;

/** Whether a notice states a checklist element, lacks it, or waives it with a reason. */
public enum ElementState {
    PRESENT, ABSENT, WAIVED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
