package io.github.incidentnotice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.model.Citation;
import io.github.incidentnotice.model.ElementState;
import io.github.incidentnotice.model.NoticeResult;
import org.junit.jupiter.api.Test;

/** Every present element and every defect found carries its citation: line, column and the notice's words there. */
class EvidenceInResultTest {

    private final CheckEngine engine = new CheckEngine(ChecklistLoader.defaults());

    private static final String NOTICE = """
            ---
            title: Search results were stale
            date: 2026-05-04T08:00:00Z
            status: resolved
            resolvedWhen: 2026-05-04T12:30:00Z
            ---
            We are sorry: for four and a half hours every customer saw search results up to six hours old.
            An indexing job we changed on Monday stopped writing new documents, and our alerting missed it.

            You do not need to do anything; the index is current again.

            We restarted the indexing job at 12:10 UTC and rebuilt the missing documents.

            By 20 May the search team will add an alert on the index age.

            Thank you for your patience. Some users may have experienced slow pages too.
            """;

    @Test
    void presentElementsAndDefectsAreCitedAtTheirLine() {
        NoticeResult r = engine.check("incidents/search.md", NOTICE);
        String[] lines = NOTICE.split("\n", -1);
        for (Map.Entry<String, ElementState> e : r.elements().entrySet()) {
            if (e.getValue() == ElementState.PRESENT) {
                Citation c = r.evidence().get(e.getKey());
                assertTrue(c != null, "no evidence for " + e.getKey());
                assertTrue(lines[c.line() - 1].substring(c.column() - 1).startsWith(c.excerpt()),
                        e.getKey() + ": " + c + " not at line " + c.line());
            }
        }
        assertEquals(new Citation(7, 1, "We are sorry: for four and a half hours every customer saw search results up to six hours old."),
                r.evidence().get("apology"));
        assertEquals(new Citation(16, 41, "may have experienced slow pages too."), r.evidence().get("vague-impact"));
        assertEquals(r.evidence().keySet().stream().filter(k -> r.elements().containsKey(k)).collect(Collectors.toSet()),
                r.elements().entrySet().stream().filter(e -> e.getValue() == ElementState.PRESENT).map(Map.Entry::getKey)
                        .collect(Collectors.toSet()));
    }

    @Test
    void anExcerptStopsAtItsLineAndEscapesControlCharacters() {
        NoticeResult r = engine.check("incidents/wrapped.md", """
                ---
                title: Logins failed
                date: 2026-05-04T08:00:00Z
                status: resolved
                ---
                We are sorry that logins failed\u0007 for an hour
                for every customer of the EU region.
                """);
        assertEquals(new Citation(6, 1, "We are sorry that logins failed\\u0007 for an hour"), r.evidence().get("apology"));
    }
}
