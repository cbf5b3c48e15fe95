package io.github.incidentnotice.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinesTest {

    @Test
    void countsLinesEndedByAnyLineBreakAndNoEmptyLastLine() {
        assertEquals(0, Lines.count(""));
        assertEquals(1, Lines.count("a"));
        assertEquals(1, Lines.count("a\n"));
        assertEquals(1, Lines.count("\n"));
        assertEquals(3, Lines.count("a\n\nb"));
        assertEquals(2, Lines.count("\r\n\r\n"));
        assertEquals(3, Lines.count("a\r\nb\rc\n"));
        assertEquals(4, Lines.count("a\r\rb\nc"));
    }

    @Test
    void countAgreesWithTheIndex() {
        for (String s : new String[] {"", "x", "x\n", "\n\n", "a\r\nb\rc\n", "a\r\rb\nc", "\r", "a\n\r\nb\r"}) {
            assertEquals(new Lines(s).size(), Lines.count(s), s);
        }
    }

    @Test
    void givesStartAndTextOfEachLine() {
        Lines lines = new Lines("ab\r\ncd\re\n");
        assertTrue(lines.has(2));
        assertFalse(lines.has(3));
        assertEquals(0, lines.start(0));
        assertEquals(4, lines.start(1));
        assertEquals(7, lines.start(2));
        assertEquals("ab", lines.text(0));
        assertEquals("cd", lines.text(1));
        assertEquals("e", lines.text(2));
        assertEquals(3, lines.size());
        assertThrows(IndexOutOfBoundsException.class, () -> lines.start(3));
    }

    @Test
    void growsPastItsFirstCapacity() {
        Lines lines = new Lines("x\n".repeat(100) + "last");
        assertEquals("last", lines.text(100));
        assertEquals(200, lines.start(100));
        assertEquals(101, lines.size());
    }
}
