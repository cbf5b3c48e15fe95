package io.github.incidentnotice.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a notice file into a {@link Notice}. Files that cannot be read as text (too large, a line too
 * long, binary, not in the expected encoding, not a regular file) raise an {@link InputProblem} naming
 * the line, never a crash; the limits are the constants below (src/site/markdown/security.md).
 */
public final class NoticeReader {

    /**
     * Largest notice read, in bytes: 30 times the largest of the ~400 real notices in the corpus (16 kB)
     * and 5 times the longest public postmortems. A larger file is not read at all, only its size looked at.
     */
    public static final int MAX_BYTES = 512 * 1024;

    /**
     * Longest line, in characters. The longest line in the corpus has 710; a longer one is generated
     * text (minified HTML, a pasted log), and its cost in pattern matching grows with its length.
     */
    public static final int MAX_LINE_CHARS = 20_000;

    // compiled once: String.replaceAll would compile them again for every heading and title
    private static final Pattern NUMBERING = Pattern.compile("^\\s*(\\d+[a-z]?[.)]?|[ivx]+[.)])\\s+");

    private final Charset charset;

    public NoticeReader(Charset charset) {
        this.charset = charset;
    }

    /** A notice as read, with the warnings reading it gave (such as a likely wrong encoding). */
    public record Read(Notice notice, List<InputProblem> warnings) {
        public Read {
            warnings = List.copyOf(warnings);
        }
    }

    /** Reads and parses a file; {@code name} is how findings name it. */
    public Notice read(Path path, String name) throws IOException, InputProblem {
        return readWithWarnings(path, name).notice();
    }

    /** Reads and parses a file, keeping the warnings reading it gave. */
    public Read readWithWarnings(Path path, String name) throws IOException, InputProblem {
        return readWithWarnings(readBytes(path), name);
    }

    /** Parses bytes already read (the cache hashes them first), keeping the warnings decoding them gave. */
    public Read readWithWarnings(byte[] bytes, String name) throws InputProblem {
        String text = decode(bytes);
        checkLines(text);
        List<InputProblem> warnings = new ArrayList<>();
        EncodingSniffer.misreadUtf8(bytes, charset).ifPresent(warnings::add);
        return new Read(parse(name, text), warnings);
    }

    /** The bytes of a regular file of at most {@link #MAX_BYTES}; anything else is an {@link InputProblem}. */
    public static byte[] readBytes(Path path) throws IOException, InputProblem {
        BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
        if (attrs.isDirectory()) {
            throw new InputProblem(1, 1, "this is a directory, not a notice file");
        }
        if (!attrs.isRegularFile()) {
            // a named pipe or a device would block the build or never end
            throw new InputProblem(1, 1, "this is not a regular file (a named pipe, socket or device); it is not read");
        }
        if (attrs.size() > MAX_BYTES) {
            throw tooLarge(attrs.size());
        }
        try (InputStream in = Files.newInputStream(path)) {
            // read one byte past the limit: the file may have grown since its size was read
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(Files.size(path));
            }
            return bytes;
        }
    }

    private static InputProblem tooLarge(long size) {
        return new InputProblem(1, 1, String.format(Locale.ROOT, "the file is %,d kB, over the %,d kB limit for a notice;"
                + " it is not read (is it really a notice?)", (size + 1023) / 1024, MAX_BYTES / 1024));
    }

    /** Refuses text with a line longer than {@link #MAX_LINE_CHARS}, naming the first such line. */
    static void checkLines(String text) throws InputProblem {
        if (text.length() <= MAX_LINE_CHARS) {
            return; // no line can be longer than the whole text
        }
        int line = 1;
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r') {
                if (i - start > MAX_LINE_CHARS) {
                    throw new InputProblem(line, 1, String.format(Locale.ROOT, "line %d is %,d characters long, over the"
                            + " %,d-character limit for a line of a notice; the notice is not checked (break the"
                            + " text into lines and paragraphs)", line, i - start, MAX_LINE_CHARS));
                }
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                start = i + 1;
            }
        }
    }

    /** Decodes bytes strictly: a byte sequence that is not valid in the charset is an error at its line. */
    public String decode(byte[] bytes) throws InputProblem {
        var foreignMark = EncodingSniffer.foreignByteOrderMark(bytes, charset);
        if (foreignMark.isPresent()) {
            throw foreignMark.get();
        }
        int scan = Math.min(bytes.length, 8192);
        boolean wide = charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
        for (int i = 0; i < scan && !wide; i++) {
            if (bytes[i] == 0) {
                throw new InputProblem(lineOf(bytes, i), 1, "the file is binary (it contains NUL bytes), not a Markdown notice");
            }
        }
        String text = charset.equals(StandardCharsets.UTF_8) ? decodeValidUtf8(bytes) : null;
        if (text == null) {
            text = decodeStrictly(bytes);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return text;
    }

    /**
     * UTF-8 through the JDK's fast String constructor, or null when the result holds a replacement character:
     * then the bytes may be invalid and the strict decoder, slower, names the place (or finds a real U+FFFD).
     */
    private static String decodeValidUtf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : null;
    }

    private String decodeStrictly(byte[] bytes) throws InputProblem {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 16);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new InputProblem(lineOf(bytes, at), columnOf(out), "the file is not valid " + charset.name()
                    + " (byte 0x" + String.format(Locale.ROOT, "%02X", bytes[at] & 0xFF)
                    + "); save it as " + charset.name() + " or set <encoding> (incident-notice.encoding)");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** The 1-based column after the characters decoded so far on the current line. */
    private static int columnOf(CharBuffer decoded) {
        int end = decoded.position();
        int column = 1;
        for (int i = end - 1; i >= 0; i--) {
            char c = decoded.get(i);
            if (c == '\n' || c == '\r') {
                break;
            }
            if (!(i == 0 && c == '\uFEFF')) {
                column++;
            }
        }
        return column;
    }

    static int lineOf(byte[] bytes, int position) {
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
        int lastLine = Lines.count(text);
        List<TextBlock> blocks = fm.usable() ? BodyParser.parse(split.body(), fm.bodyLine(), BodyParser.isMdx(name))
                : List.of();
        String title = fm.string("title");
        List<Sentence> sentences = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            String t = Spaces.collapse(title);
            TextBlock block = new TextBlock(TextBlock.Type.HEADING, 0, false, false, t,
                    Positions.uniform(t.length(), fm.line("title"), fm.column("title")), false);
            sentences.add(new Sentence(t, block, 0, -1, 0, true));
        }
        TextBlock titleHeading = null;
        if (title == null || title.isBlank()) {
            // a notice without a title in its front matter (or without front matter) is titled by the heading it opens with
            titleHeading = openingHeading(blocks);
            title = titleHeading == null ? title : Spaces.collapse(titleHeading.text()).strip();
        }

        List<TextBlock> headings = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        // prose kept in front-matter fields: each a section of its own, ending where its value ends
        int fmUpdates = 0;
        for (FrontMatterSection field : fm.sections()) {
            int index = headings.size();
            headings.add(field.heading());
            addSentences(field.heading(), index, field.update(), false, sentences);
            int first = sentences.size();
            addSentences(field.text(), index, field.update(), false, sentences);
            sections.add(new Section(field.heading(), normalizeHeading(field.heading().text()),
                    sentences.subList(first, sentences.size()), false));
            fmUpdates = Math.max(fmUpdates, field.update() + 1);
        }
        int firstBodySection = headings.size();

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
            addSentences(block, section, update, block == titleHeading, sentences);
        }
        for (int h = firstBodySection; h < headings.size(); h++) {
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
        return new Notice(name, fm, title, sentences, sections, lastLine, Math.max(update + 1, fmUpdates));
    }

    /** The sentences of a block, in the section and update given. */
    private static void addSentences(TextBlock block, int section, int update, boolean title, List<Sentence> sentences) {
        for (int[] range : SentenceSplitter.split(block.text())) {
            String s = block.text().substring(range[0], range[1]).replace(TextBlock.SOFT_BREAK, ' ');
            sentences.add(new Sentence(s, block, range[0], section, update, title));
        }
    }

    /** The Markdown heading the body opens with (before any other text), or null. */
    private static TextBlock openingHeading(List<TextBlock> blocks) {
        for (TextBlock block : blocks) {
            if (block.type() == TextBlock.Type.BREAK || block.type() == TextBlock.Type.OPAQUE) {
                continue;
            }
            return block.isHeading() && block.headingLevel() <= 6 && !block.text().isBlank() ? block : null;
        }
        return null;
    }

    /** Lower case, numbering and punctuation removed, spaces collapsed: how headings are compared. */
    public static String normalizeHeading(String heading) {
        String h = withoutAnchor(heading).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (mayBeNumbered(h)) {
            h = NUMBERING.matcher(h).replaceFirst("");
        }
        h = h.replace("'", "");
        return wordsOnly(h).strip();
    }

    /**
     * A heading without the anchor id a site generator lets it end with ({@code ## Impact {#impact}} in Hugo
     * and kramdown, {@code ## Statement [#statement]} in others): the id is a link target, not its words.
     */
    public static String withoutAnchor(String heading) {
        String h = heading.stripTrailing();
        if (h.isEmpty()) {
            return heading;
        }
        char last = h.charAt(h.length() - 1);
        char open = last == '}' ? '{' : last == ']' ? '[' : 0;
        int at = open == 0 ? -1 : h.lastIndexOf(open);
        if (at < 0 || at + 1 >= h.length() || h.charAt(at + 1) != '#') {
            return heading;
        }
        for (int i = at + 2; i < h.length() - 1; i++) {
            char c = h.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ':')) {
                return heading;
            }
        }
        return at + 2 < h.length() - 1 ? h.substring(0, at).stripTrailing() : heading;
    }

    /** Whether {@link #NUMBERING} can match: its first character after spaces is a digit or a roman numeral. */
    private static boolean mayBeNumbered(String h) {
        int i = 0;
        while (i < h.length() && Spaces.isSpace(h.charAt(i))) {
            i++;
        }
        if (i >= h.length()) {
            return false;
        }
        char c = h.charAt(i);
        return (c >= '0' && c <= '9') || c == 'i' || c == 'v' || c == 'x';
    }

    /**
     * What {@code h.replaceAll("[^\\p{L}\\p{N}]+", " ")} gives, without the regex engine (headings are normalized for every
     * notice): each run of code points that are neither letters nor numbers becomes one space.
     */
    static String wordsOnly(String h) {
        StringBuilder sb = null;
        int n = h.length();
        int i = 0;
        while (i < n) {
            int cp = h.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!isLetterOrNumber(cp)) {
                if (sb == null) {
                    sb = new StringBuilder(n).append(h, 0, i);
                }
                sb.append(' ');
                while (next < n && !isLetterOrNumber(h.codePointAt(next))) {
                    next += Character.charCount(h.codePointAt(next));
                }
            } else if (sb != null) {
                sb.append(h, i, next);
            }
            i = next;
        }
        return sb == null ? h : sb.toString();
    }

    /** Regex {@code [\p{L}\p{N}]}: a letter, or a number of any kind (decimal, letter-like such as roman, other). */
    private static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
