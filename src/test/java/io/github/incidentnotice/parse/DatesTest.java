package io.github.incidentnotice.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;

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
    void refusesWhatIsNotADate() {
        assertTrue(Dates.parse("2024-08-13T015:00:00+02:00").isEmpty());
        assertTrue(Dates.parse("99999-01-01").isEmpty());
        assertTrue(Dates.parse("2021-07-56").isEmpty());
        assertTrue(Dates.parse("Thu Sep 05 13:00:00 CEST 2012").isEmpty());
    }
}
