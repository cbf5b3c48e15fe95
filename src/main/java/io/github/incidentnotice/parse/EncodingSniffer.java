package io.github.incidentnotice.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Spots a notice saved in another encoding than the one it is read in, where decoding alone cannot
 * tell: the byte order mark of another Unicode encoding, and UTF-8 text read in a one-byte charset such as
 * ISO-8859-1 (every byte is valid there, so it would silently turn "é" into "Ã©").
 */
final class EncodingSniffer {

    private EncodingSniffer() {
    }

    /** An error when the file starts with the byte order mark of a Unicode encoding (UTF-8, -16, -32) it is not read in. */
    static Optional<InputProblem> foreignByteOrderMark(byte[] b, Charset charset) {
        String name = charset.name();
        String found = null;
        if (b.length >= 4 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE && b[2] == 0 && b[3] == 0)
                || (b[0] == 0 && b[1] == 0 && b[2] == (byte) 0xFE && b[3] == (byte) 0xFF))) {
            found = "UTF-32";
        } else if (b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)
                || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) {
            found = "UTF-16";
        } else if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            found = "UTF-8";
        }
        if (found == null || name.startsWith(found)) {
            return Optional.empty();
        }
        return Optional.of(new InputProblem(1, 1, "the file is " + found + " (it starts with a " + found
                + " byte order mark), not " + name + "; save it as " + name + " or set <encoding>" + found
                + "</encoding> (incident-notice.encoding)"));
    }

    /**
     * A warning when bytes read in a one-byte charset are valid UTF-8 with at least one non-ASCII
     * character: the notice is still checked, but its text is most likely garbled.
     */
    static Optional<InputProblem> misreadUtf8(byte[] bytes, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8) || !charset.canEncode()
                || charset.newEncoder().maxBytesPerChar() > 1.0f) {
            return Optional.empty();
        }
        int first = -1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                first = i;
                break;
            }
        }
        if (first < 0 || !isUtf8(bytes)) {
            return Optional.empty();
        }
        int length = sequenceLength(bytes[first]);
        byte[] sequence = java.util.Arrays.copyOfRange(bytes, first, Math.min(bytes.length, first + length));
        String meant = new String(sequence, StandardCharsets.UTF_8);
        String shown = new String(sequence, charset);
        int lineStart = first;
        while (lineStart > 0 && bytes[lineStart - 1] != '\n' && bytes[lineStart - 1] != '\r') {
            lineStart--;
        }
        return Optional.of(new InputProblem(NoticeReader.lineOf(bytes, first), first - lineStart + 1,
                String.format(Locale.ROOT, "the file looks like UTF-8 but is read as %s, so '%s' reads as '%s';"
                        + " set <encoding>UTF-8</encoding> (incident-notice.encoding) or save the file as %s",
                        charset.name(), meant, shown, charset.name())));
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int sequenceLength(byte lead) {
        int b = lead & 0xFF;
        return b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    }
}
