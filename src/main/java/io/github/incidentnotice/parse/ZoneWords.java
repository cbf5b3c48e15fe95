package io.github.incidentnotice.parse;

import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * The offsets of the zone abbreviations notices write after a time ({@code UTC}, {@code CEST}, {@code PDT}):
 * the RFC 822 ones and the common others. Abbreviations are ambiguous across the world ({@code IST}, {@code CST}),
 * so each has the one reading English-language status pages mean by it.
 */
final class ZoneWords {

    private static final Map<String, ZoneOffset> OFFSETS = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC), Map.entry("UT", ZoneOffset.UTC),
            Map.entry("Z", ZoneOffset.UTC), Map.entry("WET", ZoneOffset.UTC), Map.entry("WEST", hours(1)),
            Map.entry("BST", hours(1)), Map.entry("CET", hours(1)), Map.entry("CEST", hours(2)),
            Map.entry("MET", hours(1)), Map.entry("MEST", hours(2)), Map.entry("EET", hours(2)),
            Map.entry("EEST", hours(3)), Map.entry("MSK", hours(3)), Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)),
            Map.entry("SGT", hours(8)), Map.entry("HKT", hours(8)), Map.entry("JST", hours(9)), Map.entry("KST", hours(9)),
            Map.entry("AEST", hours(10)), Map.entry("AEDT", hours(11)), Map.entry("NZST", hours(12)),
            Map.entry("NZDT", hours(13)), Map.entry("EST", hours(-5)), Map.entry("EDT", hours(-4)),
            Map.entry("CST", hours(-6)), Map.entry("CDT", hours(-5)), Map.entry("MST", hours(-7)),
            Map.entry("MDT", hours(-6)), Map.entry("PST", hours(-8)), Map.entry("PDT", hours(-7)),
            Map.entry("AKST", hours(-9)), Map.entry("AKDT", hours(-8)), Map.entry("HST", hours(-10)));

    private ZoneWords() {
    }

    /**
     * The offset of a zone word, or null when it is none. An unknown word of three to five capitals is read as
     * UTC, as Hugo's time parser reads an abbreviation it does not know (a zero offset).
     */
    static ZoneOffset offset(String word) {
        ZoneOffset known = OFFSETS.get(word.toUpperCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        if (word.length() < 3 || word.length() > 5) {
            return null;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'A' || c > 'Z') {
                return null;
            }
        }
        return ZoneOffset.UTC;
    }

    private static ZoneOffset hours(int h) {
        return ZoneOffset.ofHours(h);
    }
}
