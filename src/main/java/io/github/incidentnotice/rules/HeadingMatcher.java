package io.github.incidentnotice.rules;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.incidentnotice.parse.NoticeReader;

/**
 * Compares headings case- and punctuation-insensitively: a heading matches a wording when, once both
 * are normalized, the heading is the wording or starts with it followed by more words
 * ("Root cause of the outage" matches "Root cause").
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
            if (normalizedHeading.equals(w)
                    || (normalizedHeading.startsWith(w) && normalizedHeading.charAt(w.length()) == ' ')) {
                return true;
            }
        }
        return false;
    }
}
