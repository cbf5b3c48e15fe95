package io.github.incidentnotice.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PositionsTest {

    private static int[] lines(Positions p) {
        return IntStream.range(0, p.length()).map(p::line).toArray();
    }

    private static int[] columns(Positions p) {
        return IntStream.range(0, p.length()).map(p::column).toArray();
    }

    @Test
    void characterByCharacterPositionsComeBackUnchanged() {
        int[] l = {3, 3, 3, 3, 4, 4, 4, 4, 4, 9};
        int[] c = {5, 6, 7, 7, 1, 2, 2, 3, 4, 1};
        Positions p = Positions.of(l, c);
        assertArrayEquals(l, lines(p));
        assertArrayEquals(c, columns(p));
    }

    @Test
    void offsetsOutsideTheTextAreClampedAndAnEmptyTextIsAtLineOneColumnOne() {
        Positions p = Positions.of(new int[] {2, 3}, new int[] {4, 5});
        assertEquals(2, p.line(-1));
        assertEquals(4, p.column(-1));
        assertEquals(3, p.line(7));
        assertEquals(5, p.column(7));
        assertEquals(1, Positions.NONE.line(0));
        assertEquals(1, Positions.NONE.column(3));
        assertEquals(1, Positions.of(new int[0], new int[0]).column(0));
    }

    @Test
    void cappedRunIsNotStretchedByTheRunAfterIt() {
        Positions.Builder b = new Positions.Builder();
        b.add(0, 1, 1, 2);  // four characters at 1, 2, 2, 2
        b.add(4, 1, 3, 5);  // three at 3, 4, 5
        b.add(7, 1, 5, 5);  // two more at 5
        b.add(9, 1, 9, 8);  // one past its last column: at 8
        assertArrayEquals(new int[] {1, 2, 2, 2, 3, 4, 5, 5, 5, 8}, columns(b.build(10)));
    }

    @Test
    void sliceKeepsThePositionsOfItsCharacters() {
        Positions.Builder b = new Positions.Builder();
        b.add(0, 1, 10, 20);
        b.add(5, 2, 1, 2);
        Positions p = b.build(9);
        Positions s = p.slice(3, 8);
        assertArrayEquals(new int[] {1, 1, 2, 2, 2}, lines(s));
        assertArrayEquals(new int[] {13, 14, 1, 2, 2}, columns(s));
        assertEquals(0, p.slice(4, 4).length());
    }

    @Test
    void uniformPutsEveryCharacterAtOnePlace() {
        Positions p = Positions.uniform(3, 7, 8);
        assertArrayEquals(new int[] {7, 7, 7}, lines(p));
        assertArrayEquals(new int[] {8, 8, 8}, columns(p));
        assertEquals(Positions.NONE, Positions.uniform(0, 7, 8));
    }
}
