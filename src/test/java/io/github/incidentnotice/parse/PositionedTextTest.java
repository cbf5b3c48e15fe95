package io.github.incidentnotice.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PositionedTextTest {

    private static int[] lines(TextBlock b) {
        return IntStream.range(0, b.text().length()).map(b::lineAt).toArray();
    }

    private static int[] columns(TextBlock b) {
        return IntStream.range(0, b.text().length()).map(b::columnAt).toArray();
    }

    private static TextBlock block(PositionedText t) {
        return t.toBlock(TextBlock.Type.PARAGRAPH, 0, false, false, t.text(), false);
    }

    @Test
    void runTakesColumnsFromItsIndexInTheString() {
        PositionedText t = new PositionedText();
        t.appendRun("xabcx", 1, 4, 7, 10, 4, false);
        TextBlock b = block(t);
        assertEquals("abc", b.text());
        assertArrayEquals(new int[] {7, 7, 7}, lines(b));
        assertArrayEquals(new int[] {11, 12, 13}, columns(b));
    }

    @Test
    void runLongerThanItsSourceStaysOnTheLastColumn() {
        PositionedText t = new PositionedText();
        t.appendRun("abcde", 0, 5, 2, 3, 1, false);
        assertArrayEquals(new int[] {3, 4, 4, 4, 4}, columns(block(t)));
    }

    @Test
    void boldIsKeptPerCharacterAndClearResetsEverything() {
        PositionedText t = new PositionedText();
        t.appendRun("ab", 0, 2, 1, 1, 1, false);
        t.appendRun("cd", 0, 2, 1, 3, 1, true);
        t.append('e', 2, 1, false);
        assertFalse(t.bold(1));
        assertTrue(t.bold(2));
        assertTrue(t.bold(3));
        assertFalse(t.bold(4));
        t.clear();
        assertEquals(0, t.length());
        t.append('z', 5, 6, false);
        assertFalse(t.bold(0));
        assertEquals("z", t.text());
    }

    @Test
    void growsPastItsFirstCapacity() {
        PositionedText t = new PositionedText();
        String s = "x".repeat(1000);
        t.appendRun(s, 0, 1000, 4, 1, 999, false);
        t.appendRun(s, 0, 1000, 5, 1, 999, false);
        TextBlock b = block(t);
        assertEquals(2000, b.text().length());
        assertEquals(4, b.lineAt(999));
        assertEquals(1000, b.columnAt(999));
        assertEquals(5, b.lineAt(1000));
        assertEquals(1, b.columnAt(1000));
        assertEquals(1000, b.columnAt(1999));
    }

    @Test
    void emptyRunAddsNothing() {
        PositionedText t = new PositionedText();
        t.appendRun("abc", 2, 2, 1, 1, 2, true);
        assertEquals(0, t.length());
    }
}
