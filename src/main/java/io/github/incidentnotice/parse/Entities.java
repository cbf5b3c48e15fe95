package io.github.incidentnotice.parse;

import java.util.Map;

/** Decodes the HTML character references found in raw HTML blocks (named ones real notices use, and numeric). */
final class Entities {

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("rsquo", "\u2019"), Map.entry("lsquo", "\u2018"),
            Map.entry("rdquo", "\u201D"), Map.entry("ldquo", "\u201C"), Map.entry("mdash", "\u2014"),
            Map.entry("ndash", "\u2013"), Map.entry("hellip", "\u2026"), Map.entry("copy", "\u00A9"));

    private Entities() {
    }

    /** The text of a reference such as {@code &amp;} or {@code &#39;}, or null when it is not one. */
    static String decode(String reference) {
        if (reference.length() < 3 || reference.charAt(0) != '&' || !reference.endsWith(";")) {
            return null;
        }
        String body = reference.substring(1, reference.length() - 1);
        try {
            if (body.startsWith("#x") || body.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(body.substring(2), 16)));
            }
            if (body.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(body.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return NAMED.get(body);
    }
}
