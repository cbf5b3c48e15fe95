package io.github.incidentnotice.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProseDatesTest {

    @Test
    void readsTheShapesPeopleWrite() {
        assertEquals(List.of(LocalDate.of(2021, 3, 5), LocalDate.of(2021, 3, 5)),
                ProseDates.find("switching back on March 5th, 2021 (2021-03-05).", 2020));
        assertEquals(List.of(LocalDate.of(2026, 4, 1)), ProseDates.find("from 1 April onwards", 2026));
        assertEquals(List.of(LocalDate.of(2026, 9, 14)), ProseDates.find("on Sept. 14 at 02:00", 2026));
        assertEquals(List.of(LocalDate.of(2017, 7, 23)), ProseDates.find("Starting at 2017/07/23 00:00 UTC", 2016));
        assertEquals(List.of(LocalDate.of(2026, 12, 2)), ProseDates.find("the 2nd of December", 2026));
    }

    @Test
    void wordsAndNumbersThatAreNoDay() {
        assertEquals(List.of(), ProseDates.find("users may 5 times retry; version 2021-13-40 is out", 2026));
        assertEquals(List.of(), ProseDates.find("we march on; 10 minutes later", 2026));
        assertEquals(List.of(), ProseDates.find(null, 2026));
    }

    @Test
    void theStampOfAnUpdateLogEntryIsNoDayItSpeaksOf() {
        assertEquals(List.of(), ProseDates.find("*2026-03-04: the provider is investigating the cause*", 2026));
        assertEquals(List.of(), ProseDates.find("March 4, 2026 10:30 UTC - the mirror is syncing again", 2026));
        assertEquals(List.of(LocalDate.of(2026, 3, 9)),
                ProseDates.find("4 March: the move is planned for 9 March.", 2026));
        assertEquals(List.of(LocalDate.of(2026, 3, 4)), ProseDates.find("2026-03-04 is the day we move", 2026));
    }
}
