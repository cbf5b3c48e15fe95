package io.github.incidentnotice.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.parse.NoticeReader;
import io.github.incidentnotice.rules.HeadingMatcher;
import org.junit.jupiter.api.Test;

/**
 * Every heading wording the corpus notes list per checklist element is among the default checklist's
 * headings for that element (summary and timeline headings belong to what-happened).
 */
class NotesHeadingsTest {

    private static final Pattern BLOCK = Pattern.compile("^- \\*\\*([a-z-]+)\\*\\*");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Map<String, String> ELEMENT_OF = Map.of("summary", "what-happened", "timeline", "what-happened");

    @Test
    void everyListedHeadingWordingIsAChecklistHeading() throws IOException {
        Path notes = CorpusHarness.corpusDir().resolve("longform/NOTES.md");
        assumeTrue(Files.isRegularFile(notes), "no corpus notes at " + notes);
        Map<String, List<String>> wordings = wordings(Files.readAllLines(notes, StandardCharsets.UTF_8));
        assertTrue(wordings.values().stream().mapToInt(List::size).sum() > 80, "the notes list many wordings: " + wordings);
        Checklist checklist = ChecklistLoader.defaults();
        List<String> missing = new ArrayList<>();
        wordings.forEach((element, list) -> {
            var spec = checklist.element(ELEMENT_OF.getOrDefault(element, element)).orElseThrow(
                    () -> new AssertionError("the notes name element " + element));
            for (String wording : list) {
                if (!HeadingMatcher.matches(spec.headings(), NoticeReader.normalizeHeading(wording))) {
                    missing.add(element + ": " + wording);
                }
            }
        });
        assertEquals(List.of(), missing);
    }

    /** Quoted wordings per element block of the "Heading wordings per checklist element" section. */
    static Map<String, List<String>> wordings(List<String> lines) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        boolean inSection = false;
        String element = null;
        StringBuilder pending = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inSection = line.startsWith("## Heading wordings per checklist element");
                continue;
            }
            if (!inSection) {
                continue;
            }
            Matcher block = BLOCK.matcher(line);
            if (block.find()) {
                element = block.group(1);
                if (element.equals("apology")) {
                    element = null; // "never under a heading"
                }
            } else if (line.startsWith("- ")) {
                element = null; // "Other headings": not headings of an element
            }
            if (element == null) {
                continue;
            }
            String text = line.strip();
            // examples that are not wordings: dated per-day subheadings, inline bold sentences,
            // thanks to sponsors or contributors, and the note that a heading is not proof
            if (text.startsWith("- Per-day subheadings") || text.startsWith("- It is often stated inline")
                    || text.startsWith("password now") || text.startsWith("- A heading is not proof")
                    || text.startsWith("rather than") || text.startsWith("1 are not thanks")) {
                continue;
            }
            pending.append(text).append(' ');
            if (count(pending, '"') % 2 != 0) {
                continue; // a wording wraps onto the next line
            }
            Matcher m = QUOTED.matcher(pending.toString().replaceAll("\\s+", " "));
            while (m.find()) {
                String wording = m.group(1).strip();
                if (wording.startsWith("Thanks to sponsors") || wording.startsWith("Contributors to") || wording.startsWith("**")
                        || wording.matches(".*\\bsection for\\b.*") || wording.matches("[,;0-9 ].*")) {
                    continue;
                }
                result.computeIfAbsent(element, k -> new ArrayList<>()).add(wording);
            }
            pending.setLength(0);
        }
        return result;
    }

    private static int count(CharSequence s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
