package io.github.incidentnotice.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.github.incidentnotice.parse.Dates.DayMonthOrder;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void readsTheShapesRealNoticesUse() {
        assertEquals(OffsetDateTime.parse("2022-06-22T08:00:00Z").toInstant(),
                Dates.parse("2022-06-22T10:00:00+02:00").orElseThrow().toInstant());
        assertEquals(OffsetDateTime.parse("2021-06-01T10:00:00Z"), Dates.parse("2021-06-01T10:00:00").orElseThrow());
        assertEquals(OffsetDateTime.parse("2021-06-04T08:00:00Z").toInstant(),
                Dates.parse("2021-06-04 10:00:00+02:00").orElseThrow().toInstant());
        assertEquals(OffsetDateTime.parse("2023-12-06T08:00:00Z"), Dates.parse("2023-12-06T8:00:00-00:00").orElseThrow());
        assertEquals(OffsetDateTime.parse("2023-12-04T00:00:00Z"), Dates.parse("2023-12-04").orElseThrow());
        assertEquals(OffsetDateTime.parse("2026-03-02T09:14:00.250Z"), Dates.parse("2026-03-02T09:14:00.250Z").orElseThrow());
        assertEquals(OffsetDateTime.parse("2026-03-02T09:14:00Z"), Dates.parse("2026-03-02T09:14Z").orElseThrow());
    }

    @Test
    void readsTheShapesHugoAndJekyllAccept() {
        assertSame("2025-12-02T00:00Z", "December 2, 2025");
        assertSame("2025-12-02T00:00Z", "Dec 2 2025");
        assertSame("2025-12-02T00:00Z", "December 2nd, 2025");
        assertSame("2025-12-02T00:00Z", "2 December 2025");
        assertSame("2025-09-02T00:00Z", "2 Sept 2025");
        assertSame("2025-12-02T14:30Z", "December 2, 2025 at 2:30 PM");
        assertSame("2014-07-16T23:29Z", "2014-07-16 23:29 UTC");
        assertSame("2014-07-16T23:29+02:00", "2014-07-16 23:29 CEST");
        assertSame("2014-07-16T23:29:05.5Z", "2014-07-16 23:29:05,5");
        assertSame("2012-09-05T13:00+02:00", "Thu, 05 Sep 2012 13:00:00 +0200");
        assertSame("2012-09-05T13:00Z", "Thu, 05 Sep 2012 13:00:00 GMT");
        assertSame("2012-09-05T13:00-07:00", "05 Sep 12 13:00 -0700");
        assertSame("2012-09-05T13:00-07:00", "05 Sep 12 13:00 MST");
        assertSame("2006-01-02T15:04:05-08:00", "Monday, 02-Jan-06 15:04:05 PST");
        assertSame("2012-09-05T13:00+02:00", "Thu Sep 05 13:00:00 CEST 2012");
        assertSame("2012-09-05T13:00Z", "Wed Sep 5 13:00:00 2012");
        assertSame("2006-01-02T15:04:05-07:00", "Mon Jan 02 15:04:05 -0700 2006");
        assertSame("2006-01-02T15:04:05.123-07:00", "2006-01-02 15:04:05.123 -0700 MST");
        assertSame("2024-05-14T10:00+02:00", "2024-05-14 10:00 UTC+2");
        assertSame("2024-05-14T10:00+02:00", "2024-05-14T10:00:00+02:00 (CEST)");
        assertSame("2024-05-14T00:00Z", "2024/05/14");
        assertSame("2020-10-13T00:00Z", "13-10-2020");
        assertSame("2020-10-13T00:00Z", "10/13/2020");
    }

    @Test
    void anAmbiguousDayAndMonthIsReadAsTheGeneratorDoesAndSaysSo() {
        Dates.Reading jekyll = Dates.read("07-10-2020", DayMonthOrder.DAY_FIRST).orElseThrow();
        assertEquals(OffsetDateTime.parse("2020-10-07T00:00Z"), jekyll.value());
        assertEquals(OffsetDateTime.parse("2020-07-10T00:00Z"), jekyll.otherOrder());
        assertTrue(jekyll.ambiguous());
        Dates.Reading javascript = Dates.read("07/10/2020 10:00 UTC", DayMonthOrder.MONTH_FIRST).orElseThrow();
        assertEquals(OffsetDateTime.parse("2020-07-10T10:00Z"), javascript.value());
        assertFalse(Dates.read("13-10-2020", DayMonthOrder.MONTH_FIRST).orElseThrow().ambiguous());
        assertFalse(Dates.read("05-05-2020", DayMonthOrder.DAY_FIRST).orElseThrow().ambiguous());
        assertFalse(Dates.read("December 2, 2025", DayMonthOrder.DAY_FIRST).orElseThrow().ambiguous());
        assertEquals(DayMonthOrder.MONTH_FIRST, DayMonthOrder.forFile("incidents/a.MDX"));
        assertEquals(DayMonthOrder.DAY_FIRST, DayMonthOrder.forFile("incidents/a.md"));
    }

    @Test
    void takesTheDateOfAJekyllFileName() {
        assertEquals(LocalDate.of(2024, 5, 14), Dates.fromFileName("incidents/2024-05-14-foo.md").orElseThrow());
        assertTrue(Dates.fromFileName("incidents/foo-2024-05-14.md").isEmpty());
        assertTrue(Dates.fromFileName("2024-13-14-foo.md").isEmpty());
    }

    @Test
    void refusesWhatIsNotADate() {
        assertTrue(Dates.parse("2024-08-13T015:00:00+02:00").isEmpty());
        assertTrue(Dates.parse("99999-01-01").isEmpty());
        assertTrue(Dates.parse("2021-07-56").isEmpty());
        assertTrue(Dates.parse("February 30, 2024").isEmpty());
        assertTrue(Dates.parse("soon").isEmpty());
        assertTrue(Dates.parse("2024-05-14 10:00 Europe").isEmpty());
        assertTrue(Dates.parse("2024-05-14 10:00 +25:00").isEmpty());
        assertTrue(Dates.parse("1".repeat(5000)).isEmpty());
        assertTrue(Dates.parse("Dec 2, 2025 ".repeat(20)).isEmpty());
    }

    private static void assertSame(String expected, String text) {
        assertEquals(OffsetDateTime.parse(expected), Dates.parse(text).orElseThrow(() -> new AssertionError(text)), text);
    }
}
