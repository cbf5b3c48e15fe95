package io.github.incidentnotice.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Turns a notice body into the text a reader sees, as {@link TextBlock}s with file positions. Code
 * (fenced, indented, inline), HTML comments, raw HTML tags, images, Hugo shortcodes and Liquid tags
 * are left out; blockquotes are kept but marked as quoted; HTML blocks give up their text.
 */
public final class BodyParser {

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .extensions(List.of(FootnotesExtension.create()))
            .build();

    /** MDX has no indented code: a component's children are often indented, and they are text. */
    private static final Parser MDX_PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .extensions(List.of(FootnotesExtension.create()))
            .enabledBlockTypes(Set.of(Heading.class, HtmlBlock.class, ThematicBreak.class, FencedCodeBlock.class,
                    BlockQuote.class, ListBlock.class))
            .build();

    /** Hugo shortcodes, Liquid tags and Liquid highlight blocks: template syntax, not text. */
    private static final Pattern TEMPLATE = Pattern.compile(
            "\\{%-?\\s*highlight\\b.*?\\{%-?\\s*endhighlight\\s*-?%}|\\{\\{[<%].*?[>%]}}|\\{%.*?%}|\\{\\{.*?}}",
            Pattern.DOTALL);

    /** Stands in for removed template text so that columns of the text after it stay true. */
    static final char BLANK = '\uFFFD';

    /** Bold and underline: old blog engines underline an update's header as often as they embolden it. */
    private static final Pattern BOLD_OPEN = Pattern.compile("(?i)<(strong|b|u)(\\s[^>]*)?>");
    private static final Pattern BOLD_CLOSE = Pattern.compile("(?i)</(strong|b|u)\\s*>");
    /** Inline tags whose content is code or script, not prose: {@code <code>}, {@code <pre>} and the like. */
    private static final Pattern UNREAD_OPEN = Pattern.compile("(?i)<(code|pre|kbd|samp|script|style)(\\s[^>]*)?>");
    private static final Pattern UNREAD_CLOSE = Pattern.compile("(?i)</(code|pre|kbd|samp|script|style)\\s*>");
    private static final Pattern BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
    // compiled once: String.matches, split and replaceAll would compile them again on every call
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("(?s).*[.!?]\\s*\\S.*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TAG_NAME = Pattern.compile("(?s)^</?\\s*([A-Za-z0-9]+).*");

    private final List<TextBlock> blocks = new ArrayList<>();
    private final int firstLine;
    /** One buffer for the whole body: a block is copied out of it when complete, then it is cleared. */
    private final PositionedText buffer = new PositionedText();

    private BodyParser(int firstLine) {
        this.firstLine = firstLine;
    }

    /** Parses a Markdown body whose first line is line {@code firstLine} of the file. */
    public static List<TextBlock> parse(String body, int firstLine) {
        return parse(body, firstLine, false);
    }

    /**
     * Parses a body whose first line is line {@code firstLine} of the file; an MDX body ({@code mdx}) is read
     * as its page shows it (see {@link MdxSource}), each dated component opening a section titled by its date.
     */
    public static List<TextBlock> parse(String body, int firstLine, boolean mdx) {
        BodyParser parser = new BodyParser(firstLine);
        if (!mdx) {
            parser.visitChildren(PARSER.parse(blankTemplates(body)), false);
            return parser.blocks;
        }
        // no template pass: in MDX every brace is an expression, and MdxSource has blanked each closed one
        MdxSource.Blanked blanked = MdxSource.blank(body);
        parser.visitChildren(MDX_PARSER.parse(blanked.markdown()), false);
        return UpdateTitles.insert(parser.blocks, blanked.titles(), firstLine);
    }

    /** Whether a notice of this file name is MDX. */
    public static boolean isMdx(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".mdx");
    }

    /** Replaces template syntax by {@link #BLANK}s of the same length, keeping line breaks. */
    static String blankTemplates(String body) {
        if (body.indexOf('{') < 0) {
            return body;
        }
        Matcher m = TEMPLATE.matcher(io.github.incidentnotice.limits.Deadline.guard(body));
        StringBuilder sb = null;
        while (m.find()) {
            if (sb == null) {
                sb = new StringBuilder(body);
            }
            for (int i = m.start(); i < m.end(); i++) {
                char c = body.charAt(i);
                if (c != '\n' && c != '\r') {
                    sb.setCharAt(i, BLANK);
                }
            }
        }
        return sb == null ? body : sb.toString();
    }

    private void visitChildren(Node parent, boolean quoted) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            visitBlock(child, quoted);
        }
    }

    private void visitBlock(Node node, boolean quoted) {
        if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            blocks.add(new TextBlock(TextBlock.Type.OPAQUE, 0, quoted, false, "", Positions.NONE, false));
            return;
        }
        if (node instanceof LinkReferenceDefinition) {
            return;
        }
        if (node instanceof ThematicBreak) {
            blocks.add(new TextBlock(TextBlock.Type.BREAK, 0, quoted, false, "", Positions.NONE, false));
            return;
        }
        if (node instanceof BlockQuote) {
            visitChildren(node, true);
            return;
        }
        if (node instanceof Heading heading) {
            InlineText text = new InlineText();
            text.visitChildren(node);
            add(text.toBlock(TextBlock.Type.HEADING, heading.getLevel(), quoted, false));
            return;
        }
        if (node instanceof Paragraph) {
            InlineText text = new InlineText();
            text.visitChildren(node);
            addParagraph(text.toBlock(TextBlock.Type.PARAGRAPH, 0, quoted, node.getParent() instanceof ListItem));
            return;
        }
        if (node instanceof HtmlBlock html) {
            new HtmlText(html, quoted).extract();
            return;
        }
        visitChildren(node, quoted);
    }

    private void add(TextBlock block) {
        if (!block.text().isBlank()) {
            blocks.add(block);
        } else if (block.type() == TextBlock.Type.PARAGRAPH) {
            // an image-only paragraph, or code: content without prose
            blocks.add(new TextBlock(TextBlock.Type.OPAQUE, 0, block.quoted(), false, "", Positions.NONE, false));
        }
    }

    /**
     * A paragraph (the text in {@link #buffer}) that is all bold is a section title; one that opens with a bold
     * lead-in ending in ':', or with a bold line ended by a line break, is split into a title and its text.
     */
    private void addParagraph(TextBlock block) {
        String s = block.text();
        if (s.isBlank()) {
            add(block);
            return;
        }
        if (allBold() && words(s) <= 12 && !SENTENCE_INSIDE.matcher(s.strip()).matches()) {
            add(block.slice(TextBlock.Type.HEADING, 7, true, 0, s.length()));
            return;
        }
        int leadEnd = boldLeadIn();
        if (leadEnd > 0) {
            String lead = s.substring(0, leadEnd);
            int colon = s.indexOf(':', leadEnd > 0 ? leadEnd - 1 : 0);
            boolean endsWithColon = lead.strip().endsWith(":")
                    || (colon >= leadEnd && s.substring(leadEnd, colon).isBlank());
            if (endsWithColon && words(lead) <= 8) {
                int restStart = lead.strip().endsWith(":") ? leadEnd : colon + 1;
                add(block.slice(TextBlock.Type.HEADING, 7, true, 0, leadEnd));
                add(block.slice(TextBlock.Type.PARAGRAPH, 0, false, restStart, s.length()));
                return;
            }
            // "<b><u>UPDATE 7 May 19:27 UTC</u></b><br>We have ...": a bold line of its own is the update's title
            int lineBreak = s.indexOf('\n', leadEnd);
            if (lineBreak >= 0 && s.substring(leadEnd, lineBreak).isBlank() && words(lead) <= 12
                    && !SENTENCE_INSIDE.matcher(lead.strip()).matches()) {
                add(block.slice(TextBlock.Type.HEADING, 7, true, 0, leadEnd));
                add(block.slice(TextBlock.Type.PARAGRAPH, 0, false, lineBreak + 1, s.length()));
                return;
            }
        }
        add(block);
    }

    /** Whether every letter and digit of the {@link #buffer} is bold, and there is one. */
    private boolean allBold() {
        boolean any = false;
        for (int i = 0; i < buffer.length(); i++) {
            if (Character.isLetterOrDigit(buffer.charAt(i))) {
                if (!buffer.bold(i)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** The end of a bold run that opens the {@link #buffer}'s text, or 0 when it does not open with one. */
    private int boldLeadIn() {
        int n = buffer.length();
        int i = 0;
        while (i < n && Character.isWhitespace(buffer.charAt(i))) {
            i++;
        }
        if (i >= n || !buffer.bold(i)) {
            return 0;
        }
        while (i < n && buffer.bold(i)) {
            i++;
        }
        return i < n ? i : 0;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : WHITESPACE.split(t).length;
    }

    /** Whether the text drops the character: {@link #BLANK}, BOM, zero-width space. */
    private static boolean dropped(char c) {
        return c == BLANK || c == '\uFEFF' || c == '\u200B';
    }

    /**
     * The character as the text shows it: a no-break space is a space, a line separator is a soft break, and
     * a unit separator (which the text uses for soft breaks) is a space.
     */
    private static char shown(char c) {
        return switch (c) {
            case '\u00A0', TextBlock.SOFT_BREAK -> ' ';
            case '\u2028' -> TextBlock.SOFT_BREAK;
            default -> c;
        };
    }

    /** Whether {@code appendLiteral} cannot copy the character as it is (see {@link #dropped}, {@link #shown}). */
    private static boolean special(char c) {
        return dropped(c) || c == '\u00A0' || c == '\u2028' || c == TextBlock.SOFT_BREAK;
    }

    /** Collects the visible text of an inline run with a position for each character. */
    private final class InlineText {
        private int bold;
        /** Depth of inline {@code <code>}-like tags: their text is not read. */
        private int unread;
        private int lastLine = firstLine;
        private int lastColumn = 1;

        InlineText() {
            buffer.clear();
        }

        void visitChildren(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                visit(child);
            }
        }

        private void visit(Node node) {
            if (unread > 0 && !(node instanceof HtmlInline)) {
                return;
            }
            if (node instanceof Text t) {
                appendLiteral(t.getLiteral(), node.getSourceSpans());
            } else if (node instanceof Code) {
                appendLiteral(" ", node.getSourceSpans());
            } else if (node instanceof SoftLineBreak) {
                append(TextBlock.SOFT_BREAK, lastLine, lastColumn + 1);
            } else if (node instanceof HardLineBreak) {
                append('\n', lastLine, lastColumn + 1);
            } else if (node instanceof HtmlInline html) {
                String lit = html.getLiteral();
                if (UNREAD_OPEN.matcher(lit).matches()) {
                    unread++;
                    appendLiteral(" ", node.getSourceSpans());
                } else if (UNREAD_CLOSE.matcher(lit).matches()) {
                    unread = Math.max(0, unread - 1);
                } else if (unread > 0) {
                    return;
                } else if (BOLD_OPEN.matcher(lit).matches()) {
                    bold++;
                } else if (BOLD_CLOSE.matcher(lit).matches()) {
                    bold = Math.max(0, bold - 1);
                } else if (BREAK_TAG.matcher(lit).matches()) {
                    append('\n', lastLine, lastColumn + 1);
                }
            } else if (node instanceof Image || node instanceof FootnoteReference) {
                return;
            } else if (node instanceof StrongEmphasis) {
                bold++;
                visitChildren(node);
                bold--;
            } else {
                visitChildren(node);
            }
        }

        /**
         * Appends a literal on the line its source starts on. Character i stands at column + i, except that a
         * literal longer than its source (an entity decoded) keeps to the source's last column. The runs
         * between special characters are copied in bulk.
         */
        private void appendLiteral(String literal, List<SourceSpan> spans) {
            int line = lastLine;
            int column = lastColumn;
            int length = literal.length();
            if (!spans.isEmpty()) {
                SourceSpan span = spans.get(0);
                line = firstLine + span.getLineIndex();
                column = span.getColumnIndex() + 1;
                length = span.getLength();
            }
            int n = literal.length();
            if (n == 0) {
                return;
            }
            int lastStep = Math.max(0, length - 1);
            boolean isBold = bold > 0;
            int from = 0;
            for (int i = 0; i < n; i++) {
                char c = literal.charAt(i);
                if ((c >= '\u00A0' || c == TextBlock.SOFT_BREAK) && special(c)) {
                    buffer.appendRun(literal, from, i, line, column, lastStep, isBold);
                    if (!dropped(c)) {
                        buffer.append(shown(c), line, column + Math.min(i, lastStep), isBold);
                    }
                    from = i + 1;
                }
            }
            buffer.appendRun(literal, from, n, line, column, lastStep, isBold);
            lastLine = line;
            lastColumn = column + Math.min(n - 1, lastStep);
        }

        /** Appends a break ({@link TextBlock#SOFT_BREAK} or a new line); literal text goes through {@link #appendLiteral}. */
        private void append(char c, int line, int column) {
            lastLine = line;
            lastColumn = column;
            buffer.append(c, line, column, bold > 0);
        }

        TextBlock toBlock(TextBlock.Type type, int level, boolean quoted, boolean listItem) {
            return buffer.toBlock(type, level, quoted, false, buffer.text(), listItem);
        }
    }

    /** Extracts the text of an HTML block: tags and comments dropped, entities decoded, block tags end a block. */
    private final class HtmlText {
        private final String literal;
        private final boolean quoted;
        private int line;
        private int column;
        private int headingLevel;
        private int bold;

        HtmlText(HtmlBlock html, boolean quoted) {
            this.literal = html.getLiteral();
            this.quoted = quoted;
            List<SourceSpan> spans = html.getSourceSpans();
            this.line = spans.isEmpty() ? firstLine : firstLine + spans.get(0).getLineIndex();
            this.column = spans.isEmpty() ? 1 : spans.get(0).getColumnIndex() + 1;
            buffer.clear();
        }

        void extract() {
            int i = 0;
            int n = literal.length();
            while (i < n) {
                char c = literal.charAt(i);
                if (literal.startsWith("<!--", i)) {
                    int end = literal.indexOf("-->", i + 4);
                    i = advance(i, end < 0 ? n : end + 3);
                } else if (c == '<' && i + 1 < n && (Character.isLetter(literal.charAt(i + 1))
                        || literal.charAt(i + 1) == '/' || literal.charAt(i + 1) == '!')) {
                    int end = literal.indexOf('>', i);
                    int stop = end < 0 ? n : end + 1;
                    String tag = literal.substring(i, stop);
                    i = advance(i, stop);
                    i = tag(tag, i);
                } else if (c == '&') {
                    // a reference is at most ten characters long: look no further (a block of '&'s would be quadratic)
                    int semi = -1;
                    for (int k = i + 1; k < Math.min(n, i + 11); k++) {
                        if (literal.charAt(k) == ';') {
                            semi = k;
                            break;
                        }
                    }
                    String decoded = semi > i ? Entities.decode(literal.substring(i, semi + 1)) : null;
                    if (decoded != null) {
                        int l = line;
                        int col = column;
                        advance(i, semi + 1);
                        for (int k = 0; k < decoded.length(); k++) {
                            append(decoded.charAt(k), l, col);
                        }
                        i = semi + 1;
                    } else {
                        append(c, line, column);
                        i = advance(i, i + 1);
                    }
                } else if (c == '\n' || c == '\r') {
                    buffer.append(TextBlock.SOFT_BREAK, line, column, false);
                    i = advance(i, i + 1);
                } else {
                    append(c, line, column);
                    i = advance(i, i + 1);
                }
            }
            flush();
        }

        private int tag(String tag, int next) {
            String name = TAG_NAME.matcher(tag).replaceAll("$1").toLowerCase(Locale.ROOT);
            boolean closing = tag.startsWith("</");
            switch (name) {
                case "script", "style", "pre", "code", "kbd", "samp" -> {
                    if (!closing) {
                        int end = closingTag(name, next);
                        return advance(next, end < 0 ? literal.length() : end);
                    }
                }
                case "strong", "b", "u" -> bold = Math.max(0, bold + (closing ? -1 : 1));
                case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                    flush();
                    headingLevel = closing ? 0 : name.charAt(1) - '0';
                }
                case "p", "div", "li", "ul", "ol", "br", "tr", "td", "th", "table", "blockquote", "section",
                        "article", "hr", "dl", "dt", "dd", "header", "footer", "details", "summary" -> flush();
                default -> {
                }
            }
            return next;
        }

        /** Where {@code </name} next starts, in any case; without lower-casing the whole block at each tag. */
        private int closingTag(String name, int from) {
            for (int k = literal.indexOf("</", from); k >= 0; k = literal.indexOf("</", k + 1)) {
                if (literal.regionMatches(true, k + 2, name, 0, name.length())) {
                    return k;
                }
            }
            return -1;
        }

        private int advance(int from, int to) {
            for (int k = from; k < to && k < literal.length(); k++) {
                char c = literal.charAt(k);
                if (c == '\n' || (c == '\r' && (k + 1 >= literal.length() || literal.charAt(k + 1) != '\n'))) {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return to;
        }

        private void append(char c, int l, int col) {
            if (dropped(c)) {
                return;
            }
            buffer.append(shown(c), l, col, bold > 0);
        }

        private void flush() {
            String s = buffer.text();
            if (!s.isBlank()) {
                if (headingLevel > 0) {
                    blocks.add(buffer.toBlock(TextBlock.Type.HEADING, headingLevel, quoted, false, s, false));
                } else {
                    addParagraph(buffer.toBlock(TextBlock.Type.PARAGRAPH, 0, quoted, false, s, false));
                }
            }
            buffer.clear();
        }
    }
}
