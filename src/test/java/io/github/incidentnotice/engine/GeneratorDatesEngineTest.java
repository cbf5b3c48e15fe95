package io.github.incidentnotice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.model.NoticeResult;
import org.junit.jupiter.api.Test;

/** The front-matter findings (level, line, column, message) dates in the shapes site generators accept give. */
class GeneratorDatesEngineTest {

    private final CheckEngine engine = new CheckEngine(ChecklistLoader.defaults());

    private List<String> frontMatter(String file, String dates) {
        NoticeResult r = engine.check(file, "---\ntitle: Login failed\n" + dates + "---\nWe are sorry.\n");
        return r.findings().stream().filter(f -> f.rule().equals("front-matter"))
                .map(f -> f.level() + " " + f.line() + ":" + f.column() + " " + f.message()).toList();
    }

    @Test
    void datesHugoAndJekyllAcceptAreNoError() {
        assertEquals(List.of(), frontMatter("incidents/a.md", """
                date: December 2, 2025
                resolvedWhen: Thu, 04 Dec 2025 13:00:00 +0200
                next-update: 2025-12-02 23:29 UTC
                """));
    }

    @Test
    void anAmbiguousDayAndMonthIsAWarningNamingTheReading() {
        assertEquals(List.of("WARNING 3:1 date '07-10-2020' could be 7 October 2020 or 10 July 2020; it is read as"
                + " 7 October 2020 (day first, as Jekyll reads it); write it as 2020-10-07 to say which"),
                frontMatter("incidents/a.md", "date: 07-10-2020\n"));
    }

    @Test
    void anMdxNoticeReadsTheDateMonthFirst() {
        assertEquals(List.of("WARNING 4:1 resolvedWhen '07-10-2020' could be 10 July 2020 or 7 October 2020; it is"
                + " read as 10 July 2020 (month first, as JavaScript sites read .mdx dates); write it as 2020-07-10 to say"
                + " which"), frontMatter("incidents/a.mdx", "date: 2020-07-09\nresolvedWhen: 07-10-2020\n"));
    }

    @Test
    void theFileNameDatesANoticeWithoutADate() {
        assertEquals(List.of("WARNING 3:1 resolvedWhen (2024-05-13 10:00 UTC) is before date (2024-05-14, from the"
                + " file name); check both times and their zones."),
                frontMatter("incidents/2024-05-14-login.md", "resolvedWhen: 2024-05-13 10:00 UTC\n"));
        assertEquals(List.of(), frontMatter("incidents/2024-05-14-login.md", "resolvedWhen: 2024-05-14 10:00 UTC\n"));
    }

    @Test
    void anUnreadableDateKeepsItsError() {
        assertEquals(List.of("ERROR 3:1 date 'the second of December' is not a date; write it as 2026-03-02T09:14:00Z"
                + " (time and zone optional)"), frontMatter("incidents/a.md", "date: the second of December\n"));
    }
}
