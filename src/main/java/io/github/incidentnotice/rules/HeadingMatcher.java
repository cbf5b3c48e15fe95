package io.github.incidentnotice.rules;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.incidentnotice.parse.NoticeReader;

/**
 * Compares headings case- and punctuation-insensitively: a heading matches a wording when, once both
 * are normalized, the heading is the wording or, for wordings of two words or more, starts with it
 * followed by more words ("Root cause of the outage" matches "Root cause"; "Postmortem: search outage"
 * does not match "Postmortem").
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
            // a one-word wording ("Postmortem", "Future") matches only on its own: as a prefix it would make
            // "Postmortem: search outage of 5 May" a follow-up section
            if (normalizedHeading.equals(w) || (w.indexOf(' ') > 0 && normalizedHeading.startsWith(w)
                    && normalizedHeading.charAt(w.length()) == ' ')) {
                return true;
            }
        }
        return false;
    }
}
