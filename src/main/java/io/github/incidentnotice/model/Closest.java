package io.github.incidentnotice.model;

import java.util.Objects;

/**
 * What came closest to stating a missing element, and why it did not count, in words for the person fixing
 * the notice ({@code its content does not read as prevention}).
 *
 * @param section whether it is a section, cited by its heading, rather than a sentence
 */
public record Closest(Citation at, boolean section, String reason) {

    public Closest {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
    }
}
