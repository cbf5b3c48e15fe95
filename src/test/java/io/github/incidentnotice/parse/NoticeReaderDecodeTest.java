package io.github.incidentnotice.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class NoticeReaderDecodeTest {

    private static final NoticeReader UTF8 = new NoticeReader(StandardCharsets.UTF_8);

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void validUtf8IsDecodedAndAByteOrderMarkDropped() throws InputProblem {
        assertEquals("Caf\u00E9 \u2014 ok\n", UTF8.decode("\uFEFFCaf\u00E9 \u2014 ok\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("", UTF8.decode(new byte[0]));
    }

    @Test
    void aReplacementCharacterInTheFileIsText() throws InputProblem {
        assertEquals("a\uFFFDb", UTF8.decode("a\uFFFDb".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void invalidUtf8NamesLineColumnAndByte() {
        InputProblem p = assertThrows(InputProblem.class, () -> UTF8.decode(bytes('a', '\n', 'x', 'y', 0xC3, 0x28)));
        assertEquals(2, p.line());
        assertEquals(3, p.column());
        assertEquals("the file is not valid UTF-8 (byte 0xC3); save it as UTF-8 or set <encoding>"
                + " (incident-notice.encoding)", p.getMessage());
    }

    @Test
    void longLinesAreRefusedOnlyPastTheLimit() throws InputProblem {
        NoticeReader.checkLines("x".repeat(NoticeReader.MAX_LINE_CHARS) + "\n" + "y".repeat(NoticeReader.MAX_LINE_CHARS));
        InputProblem p = assertThrows(InputProblem.class,
                () -> NoticeReader.checkLines("a\r\nb\r" + "z".repeat(NoticeReader.MAX_LINE_CHARS + 1)));
        assertEquals(3, p.line());
        assertEquals("line 3 is 20,001 characters long, over the 20,000-character limit for a line of a notice;"
                + " the notice is not checked (break the text into lines and paragraphs)", p.getMessage());
    }
}
