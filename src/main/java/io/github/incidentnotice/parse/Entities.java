package io.github.incidentnotice.parse;

import java.util.Map;

/** Decodes the HTML character references found in raw HTML blocks (named ones real notices use, and numeric). */
final class Entities {

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("rsquo", "\u2019"), Map.entry("lsquo", "\u2018"),
            Map.entry("rdquo", "\u201D"), Map.entry("ldquo", "\u201C"), Map.entry("mdash", "\u2014"),
            Map.entry("ndash", "\u2013"), Map.entry("hellip", "\u2026"), Map.entry("copy", "\u00A9"),
            // what blog engines' editors wrote into exported posts: typography, signs and accented letters
            Map.entry("laquo", "\u00AB"), Map.entry("raquo", "\u00BB"), Map.entry("sbquo", "\u201A"),
            Map.entry("bdquo", "\u201E"), Map.entry("bull", "\u2022"), Map.entry("middot", "\u00B7"),
            Map.entry("thinsp", "\u2009"), Map.entry("ensp", "\u2002"), Map.entry("emsp", "\u2003"),
            Map.entry("shy", ""), Map.entry("zwnj", ""), Map.entry("zwj", ""), Map.entry("reg", "\u00AE"),
            Map.entry("trade", "\u2122"), Map.entry("deg", "\u00B0"), Map.entry("times", "\u00D7"),
            Map.entry("minus", "\u2212"), Map.entry("plusmn", "\u00B1"), Map.entry("euro", "\u20AC"),
            Map.entry("pound", "\u00A3"), Map.entry("yen", "\u00A5"), Map.entry("cent", "\u00A2"),
            Map.entry("sect", "\u00A7"), Map.entry("para", "\u00B6"), Map.entry("rarr", "\u2192"),
            Map.entry("larr", "\u2190"), Map.entry("iexcl", "\u00A1"), Map.entry("iquest", "\u00BF"),
            Map.entry("aacute", "\u00E1"), Map.entry("agrave", "\u00E0"), Map.entry("acirc", "\u00E2"),
            Map.entry("auml", "\u00E4"), Map.entry("aring", "\u00E5"), Map.entry("atilde", "\u00E3"),
            Map.entry("aelig", "\u00E6"), Map.entry("ccedil", "\u00E7"), Map.entry("eacute", "\u00E9"),
            Map.entry("egrave", "\u00E8"), Map.entry("ecirc", "\u00EA"), Map.entry("euml", "\u00EB"),
            Map.entry("iacute", "\u00ED"), Map.entry("igrave", "\u00EC"), Map.entry("icirc", "\u00EE"),
            Map.entry("iuml", "\u00EF"), Map.entry("ntilde", "\u00F1"), Map.entry("oacute", "\u00F3"),
            Map.entry("ograve", "\u00F2"), Map.entry("ocirc", "\u00F4"), Map.entry("ouml", "\u00F6"),
            Map.entry("otilde", "\u00F5"), Map.entry("oslash", "\u00F8"), Map.entry("szlig", "\u00DF"),
            Map.entry("uacute", "\u00FA"), Map.entry("ugrave", "\u00F9"), Map.entry("ucirc", "\u00FB"),
            Map.entry("uuml", "\u00FC"), Map.entry("yacute", "\u00FD"), Map.entry("Aacute", "\u00C1"),
            Map.entry("Agrave", "\u00C0"), Map.entry("Auml", "\u00C4"), Map.entry("Aring", "\u00C5"),
            Map.entry("Ccedil", "\u00C7"), Map.entry("Eacute", "\u00C9"), Map.entry("Egrave", "\u00C8"),
            Map.entry("Ntilde", "\u00D1"), Map.entry("Ouml", "\u00D6"), Map.entry("Oslash", "\u00D8"),
            Map.entry("Uuml", "\u00DC"));

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
