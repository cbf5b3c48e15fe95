package io.github.incidentnotice.parse;

import java.util.Set;

/**
 * Decides which front-matter values are prose a reader sees (a status site's {@code impact:} or
 * {@code reason:}, a blog's {@code description:}) rather than metadata, and names the section each is
 * read as. The value's shape decides: names only settle the clear cases either way.
 */
final class ProseFields {

    /** Keys that hold the text of a status entry or a post: two words under one of them are already text. */
    private static final Set<String> PROSE_KEYS = Set.of("impact", "reason", "cause", "rootcause", "scope",
            "resolution", "summary", "description", "message", "content", "body", "text", "details", "detail",
            "explanation", "teaser", "excerpt", "subtitle", "abstract", "workaround", "mitigation", "fix",
            "nextsteps", "prevention", "actions", "update", "notes", "note", "comment", "lead", "intro");

    /**
     * Keys that are metadata whatever their value looks like (a title is read as the title already; an
     * author, a list of affected services or a category is a label, however many words it has).
     */
    private static final Set<String> METADATA_KEYS = Set.of("title", "linktitle", "shorttitle", "seotitle", "author",
            "authors", "date", "lastmod", "publishdate", "expirydate", "layout", "tags", "tag", "categories",
            "category", "permalink", "slug", "url", "aliases", "lang", "language", "image", "images", "thumbnail",
            "banner", "bannerclass", "draft", "status", "kind", "type", "severity", "section", "affected",
            "resolved", "resolvedwhen", "informational", "pin", "weight", "translator", "license", "twitter",
            "link", "links", "shorturl", "comments", "id", "uuid", "personaldata", "nextupdate", "waive",
            "startdate", "enddate", "updates", "template", "series", "keywords", "menu", "toc", "showtoc",
            "component", "components", "services", "service", "region", "regions", "location", "owner",
            "reviewer", "reviewers", "contact", "email", "team", "sidebar", "nav", "order", "redirect",
            "redirectfrom", "redirectto", "canonical", "canonicalurl", "canonicalpath", "source", "sources",
            "credit", "credits", "caption", "alt", "icon", "color", "colour", "theme", "format", "version");

    /** Parts of a key that make it metadata: a date, a link, an identifier, a name. */
    private static final String[] METADATA_KEY_PARTS = {"date", "time", "url", "uri", "link", "image", "img", "author",
            "title", "name", "slug", "path", "when", "email", "twitter", "github", "avatar", "photo", "icon"};

    /** Below this many words a value of any other key is a label, not text. */
    private static final int SENTENCE_WORDS = 6;

    private ProseFields() {
    }

    /** Whether the string value of a top-level front-matter key is prose to be read as a section of the notice. */
    static boolean isProse(String key, String value) {
        if (value == null || key == null) {
            return false;
        }
        String k = squeeze(key);
        if (k.isEmpty() || METADATA_KEYS.contains(k) || isTimestampKey(key)) {
            return false;
        }
        String v = value.strip();
        if (v.isEmpty() || looksLikeReference(v) || Dates.parse(v).isPresent()) {
            return false;
        }
        int words = words(v);
        if (PROSE_KEYS.contains(k)) {
            return words >= 2;
        }
        for (String part : METADATA_KEY_PARTS) {
            if (k.contains(part)) {
                return false;
            }
        }
        // a sentence: long enough, or ended as one, and written in running text (a list of names is capitalised)
        boolean ended = v.endsWith(".") || v.endsWith("!") || v.endsWith("?");
        return (words >= SENTENCE_WORDS || (ended && words >= 3)) && lowerCaseWords(v) >= 2;
    }

    /** {@code created_at}, {@code updated-at}, {@code publishedAt}: a time, whatever its value looks like. */
    private static boolean isTimestampKey(String key) {
        return key.endsWith("_at") || key.endsWith("-at")
                || (key.endsWith("At") && key.length() > 2 && Character.isLowerCase(key.charAt(key.length() - 3)));
    }

    /** The section title a key is read as: words split at '_', '-' and camel case, the first capitalised. */
    static String heading(String key) {
        StringBuilder sb = new StringBuilder(key.length() + 4);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '_' || c == '-' || c == '.') {
                sb.append(' ');
            } else if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(key.charAt(i - 1))) {
                sb.append(' ').append(Character.toLowerCase(c));
            } else {
                sb.append(sb.length() == 0 ? Character.toUpperCase(c) : c);
            }
        }
        return Spaces.collapse(sb.toString()).strip();
    }

    /** Lower case, without '_', '-', '.' and spaces: {@code next-update}, {@code next_update} and {@code nextUpdate} alike. */
    private static String squeeze(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c != '_' && c != '-' && c != '.' && c != ' ') {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** A URL, a path, an e-mail address or an identifier: one token with no spaces that is not a word. */
    private static boolean looksLikeReference(String v) {
        if (v.contains("://") || v.startsWith("mailto:")) {
            return true;
        }
        return v.indexOf(' ') < 0 && (v.indexOf('/') >= 0 || v.indexOf('@') >= 0 || v.indexOf('=') >= 0);
    }

    /** Words with at least one letter. */
    private static int words(String v) {
        int count = 0;
        boolean inWord = false;
        boolean letter = false;
        for (int i = 0; i <= v.length(); i++) {
            char c = i < v.length() ? v.charAt(i) : ' ';
            if (Character.isWhitespace(c)) {
                if (inWord && letter) {
                    count++;
                }
                inWord = false;
                letter = false;
            } else {
                inWord = true;
                letter |= Character.isLetter(c);
            }
        }
        return count;
    }

    /** Words that start with a lower-case letter: running text has many, a list of names or a label few. */
    private static int lowerCaseWords(String v) {
        int count = 0;
        for (int i = 0; i < v.length(); i++) {
            if ((i == 0 || Character.isWhitespace(v.charAt(i - 1))) && Character.isLowerCase(v.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
