package io.github.incidentnotice.rules;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.incidentnotice.parse.NoticeReader;

/**
 * Compares headings case- and punctuation-insensitively: a heading matches a wording when, once both
 * are normalized, the heading is the wording or, for wordings of two words or more, starts with it
 * followed by more words ("Root cause of the outage" matches "Root cause"; "Postmortem: search outage"
 * does not match "Postmortem"). A wording between stars names words the heading may hold anywhere,
 * starting a word of its own: {@code *prevent*} matches "How we will prevent this" and "Preventing
 * a repeat", {@code *changing*} matches "What we're changing", so a heading counts by its words, not by
 * one notice's wording.
 */
public final class HeadingMatcher {

    private static final Map<String, String> NORMALIZED = new ConcurrentHashMap<>();

    private HeadingMatcher() {
    }

    public static boolean matches(List<String> wordings, String normalizedHeading) {
        if (normalizedHeading.isEmpty()) {
            return false;
        }
        for (String wording : wordings) {
            String w = NORMALIZED.computeIfAbsent(wording, NoticeReader::normalizeHeading);
            if (w.isEmpty()) {
                continue;
            }
            if (isWords(wording)) {
                if (holds(normalizedHeading, w)) {
                    return true;
                }
                continue;
            }
            // a one-word wording ("Postmortem", "Future") matches only on its own: as a prefix it would make
            // "Postmortem: search outage of 5 May" a follow-up section
            if (normalizedHeading.equals(w) || (w.indexOf(' ') > 0 && normalizedHeading.startsWith(w)
                    && normalizedHeading.charAt(w.length()) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** Whether a wording is words a heading may hold anywhere ({@code *changing*}). */
    public static boolean isWords(String wording) {
        return wording.length() > 2 && wording.charAt(0) == '*' && wording.charAt(wording.length() - 1) == '*';
    }

    /** The normalized words start a word of the normalized heading, at its start or after a space. */
    private static boolean holds(String heading, String words) {
        for (int at = heading.indexOf(words); at >= 0; at = heading.indexOf(words, at + 1)) {
            if (at == 0 || heading.charAt(at - 1) == ' ') {
                return true;
            }
        }
        return false;
    }
}
