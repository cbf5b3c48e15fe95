package io.github.incidentnotice.scaffold;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a notice title into the file-name slug: lowercase ASCII letters, digits and single hyphens,
 * accents transliterated, at most {@link #MAX_LENGTH} characters. Because nothing else survives, no
 * title (with {@code ../}, slashes, a drive letter, NUL or control characters) can steer a path.
 */
public final class Slugger {

    /** Longest slug; file names stay readable in a terminal and far below file-system limits. */
    public static final int MAX_LENGTH = 60;

    /** The slug used when a title has no letter or digit that can be written in ASCII. */
    public static final String FALLBACK = "notice";

    // Letters that Unicode decomposition does not reduce to ASCII.
    private static final Map<Character, String> SPECIAL = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('ẞ', "ss"), Map.entry('æ', "ae"), Map.entry('Æ', "ae"),
            Map.entry('œ', "oe"), Map.entry('Œ', "oe"), Map.entry('ø', "o"), Map.entry('Ø', "o"),
            Map.entry('đ', "d"), Map.entry('Đ', "d"), Map.entry('ð', "d"), Map.entry('Ð', "d"),
            Map.entry('þ', "th"), Map.entry('Þ', "th"), Map.entry('ł', "l"), Map.entry('Ł', "l"),
            Map.entry('ı', "i"), Map.entry('ħ', "h"), Map.entry('Ħ', "h"), Map.entry('&', " and "));

    private Slugger() {
    }

    /**
     * Whether nothing of a title can stand in a file name (CJK or emoji alone), so its slug is {@link #FALLBACK},
     * the same as any other such title's.
     */
    public static boolean nothingKept(String title) {
        return title != null && kept(title).isEmpty();
    }

    /** The slug of a title; {@link #FALLBACK} when nothing of it can be kept. */
    public static String slug(String title) {
        String slug = kept(title);
        return slug.isEmpty() ? FALLBACK : slug;
    }

    /** What of a title a file name can keep, cut to {@link #MAX_LENGTH}; empty when nothing. */
    private static String kept(String title) {
        StringBuilder mapped = new StringBuilder();
        for (char c : title.toCharArray()) {
            String special = SPECIAL.get(c);
            mapped.append(special != null ? special : String.valueOf(c));
        }
        // NFKD splits "é" into "e" + a combining accent and folds compatibility forms ("ﬁ" -> "fi").
        String ascii = Normalizer.normalize(mapped, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            String cut = slug.substring(0, MAX_LENGTH);
            int lastHyphen = cut.lastIndexOf('-');
            // cut at a word boundary when one is reasonably close, so the name does not end mid-word
            slug = lastHyphen >= MAX_LENGTH / 2 ? cut.substring(0, lastHyphen) : cut.replaceAll("-+$", "");
        }
        return slug;
    }
}
