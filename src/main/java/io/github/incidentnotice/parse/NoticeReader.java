package io.github.incidentnotice.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a notice file into a {@link Notice}. Files that cannot be read as text (too large, binary, not
 * in the expected encoding) raise an {@link InputProblem} naming the line, never a crash.
 */
public final class NoticeReader {

    /** Largest notice read; a real notice is a few kilobytes, the biggest postmortems under 100 kB. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    // compiled once: String.replaceAll would compile them again for every heading and title
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NUMBERING = Pattern.compile("^\\s*(\\d+[a-z]?[.)]?|[ivx]+[.)])\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Charset charset;

    public NoticeReader(Charset charset) {
        this.charset = charset;
    }

    /** Reads and parses a file; {@code name} is how findings name it. */
    public Notice read(Path path, String name) throws IOException, InputProblem {
        return parse(name, decode(readBytes(path)));
    }

    /** The bytes of a file, refused when it is too large to be a notice. */
    public byte[] readBytes(Path path) throws IOException, InputProblem {
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            throw new InputProblem(1, 1, "the file is " + (size / 1024) + " kB, over the " + (MAX_BYTES / 1024)
                    + " kB limit for a notice; is it really a notice?");
        }
        return Files.readAllBytes(path);
    }

    /** Decodes bytes strictly: a byte sequence that is not valid in the charset is an error at its line. */
    public String decode(byte[] bytes) throws InputProblem {
        int scan = Math.min(bytes.length, 8192);
        for (int i = 0; i < scan; i++) {
            if (bytes[i] == 0) {
                throw new InputProblem(lineOf(bytes, i), 1, "the file is binary (it contains NUL bytes), not a Markdown notice");
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 16);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new InputProblem(lineOf(bytes, at), 1, "the file is not valid " + charset.name()
                    + " (byte 0x" + String.format(Locale.ROOT, "%02X", bytes[at] & 0xFF)
                    + "); save it as " + charset.name() + " or set <encoding>");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return text;
    }

    private static int lineOf(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /** Parses decoded text (no BOM) of a notice named {@code name}. */
    public static Notice parse(String name, String text) {
        FrontMatterParser.Split split = FrontMatterParser.parse(text);
        FrontMatter fm = split.frontMatter();
        int lastLine = FrontMatterParser.lines(text).size();
        List<TextBlock> blocks = fm.usable() ? BodyParser.parse(split.body(), fm.bodyLine()) : List.of();
        String title = fm.string("title");
        List<Sentence> sentences = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            String t = SPACES.matcher(title).replaceAll(" ");
            int[] lines = new int[t.length()];
            int[] cols = new int[t.length()];
            java.util.Arrays.fill(lines, fm.line("title"));
            java.util.Arrays.fill(cols, fm.column("title"));
            TextBlock block = new TextBlock(TextBlock.Type.HEADING, 0, false, false, t, lines, cols);
            sentences.add(new Sentence(t, block, 0, -1, 0, true));
        }
        List<int[]> headingRanges = new ArrayList<>();
        List<TextBlock> headings = new ArrayList<>();
        int section = -1;
        int update = 0;
        java.util.Set<Integer> opaqueSections = new java.util.HashSet<>();
        for (TextBlock block : blocks) {
            if (block.type() == TextBlock.Type.BREAK) {
                update++;
                continue;
            }
            if (block.type() == TextBlock.Type.OPAQUE) {
                opaqueSections.add(section);
                continue;
            }
            if (block.isHeading()) {
                section = headings.size();
                headings.add(block);
            }
            for (int[] range : SentenceSplitter.split(block.text())) {
                String s = block.text().substring(range[0], range[1]).replace(TextBlock.SOFT_BREAK, ' ');
                sentences.add(new Sentence(s, block, range[0], section, update, false));
            }
        }
        List<Section> sections = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            TextBlock heading = headings.get(h);
            List<Sentence> content = new ArrayList<>();
            int end = h + 1;
            while (end < headings.size() && headings.get(end).headingLevel() > heading.headingLevel()) {
                end++;
            }
            for (Sentence s : sentences) {
                if (s.section() > h && s.section() < end) {
                    content.add(s);
                } else if (s.section() == h && !s.heading()) {
                    content.add(s);
                }
            }
            content.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                    : Integer.compare(a.column(), b.column()));
            boolean opaque = false;
            for (int k = h; k < end; k++) {
                opaque |= opaqueSections.contains(k);
            }
            sections.add(new Section(heading, normalizeHeading(heading.text()), content, opaque));
        }
        return new Notice(name, fm, title, sentences, sections, lastLine, update + 1);
    }

    /** Lower case, numbering and punctuation removed, spaces collapsed: how headings are compared. */
    public static String normalizeHeading(String heading) {
        String h = heading.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        h = NUMBERING.matcher(h).replaceFirst("");
        h = h.replace("'", "");
        h = NOT_WORD.matcher(h).replaceAll(" ").strip();
        return h;
    }
}
