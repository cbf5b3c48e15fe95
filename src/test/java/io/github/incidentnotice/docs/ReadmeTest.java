package io.github.incidentnotice.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The README stays a front page: small, and every site page it links to exists. */
class ReadmeTest {

    static final Path README = Path.of("README.md");
    static final int MAX_BYTES = 12_288;
    // a Markdown link's target, up to an anchor or the closing parenthesis
    static final Pattern PAGE_LINK = Pattern.compile("\\]\\((src/site/markdown/[^)#\\s]+)(?:#[^)\\s]*)?\\)");

    @Test
    void theReadmeIsAFrontPage() throws IOException {
        long size = Files.size(README);
        assertTrue(size <= MAX_BYTES, "README.md is " + size + " bytes, over " + MAX_BYTES
                + ": move the detail to a page in src/site/markdown/ and link it");
    }

    @Test
    void everySitePageTheReadmeLinksToExists() throws IOException {
        List<String> linked = linkedPages(Files.readString(README));
        assertFalse(linked.isEmpty(), "the README links to the site's pages");
        List<String> missing = new ArrayList<>();
        for (String page : linked) {
            if (!Files.isRegularFile(Path.of(page))) {
                missing.add(page);
            }
        }
        assertEquals(List.of(), missing, "README.md links to pages that do not exist");
    }

    @Test
    void linksAreFoundWithOrWithoutAnAnchor() {
        assertEquals(List.of("src/site/markdown/usage.md", "src/site/markdown/reports.md"),
                linkedPages("[Usage](src/site/markdown/usage.md) and [CI](src/site/markdown/reports.md#reports-in-ci)"));
    }

    static List<String> linkedPages(String markdown) {
        List<String> pages = new ArrayList<>();
        Matcher m = PAGE_LINK.matcher(markdown);
        while (m.find()) {
            pages.add(m.group(1));
        }
        return pages;
    }
}
