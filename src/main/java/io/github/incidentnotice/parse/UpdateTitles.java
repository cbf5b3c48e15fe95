package io.github.incidentnotice.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the titles of dated MDX components ({@code <Update date="...">}) among the blocks of a body, each as a
 * bold-line heading where its component opens, splitting the block that holds it when the component opens within
 * a line of text. Each dated component after the first text is a new update, as a thematic break would make it.
 */
final class UpdateTitles {

    private UpdateTitles() {
    }

    /** The blocks with the titles (lines relative to the body, which starts at file line {@code firstLine}) placed. */
    static List<TextBlock> insert(List<TextBlock> blocks, List<MdxSource.Title> titles, int firstLine) {
        if (titles.isEmpty()) {
            return blocks;
        }
        List<TextBlock> result = new ArrayList<>(blocks.size() + 2 * titles.size());
        int next = 0;
        boolean text = false;
        for (TextBlock block : blocks) {
            if (block.text().isEmpty()) {
                result.add(block);
                continue;
            }
            TextBlock rest = block;
            while (next < titles.size()) {
                MdxSource.Title title = titles.get(next);
                int line = firstLine + title.lineIndex();
                int split = firstAfter(rest, line, title.column());
                if (split < 0) {
                    break;
                }
                if (split > 0) {
                    result.add(rest.slice(rest.type(), rest.headingLevel(), rest.bold(), 0, split));
                    rest = rest.slice(rest.type(), rest.headingLevel(), rest.bold(), split, rest.text().length());
                    text = true;
                }
                text = addTitle(result, title, line, text);
                next++;
            }
            result.add(rest);
            text = true;
        }
        while (next < titles.size()) {
            MdxSource.Title title = titles.get(next++);
            text = addTitle(result, title, firstLine + title.lineIndex(), text);
        }
        return result;
    }

    private static boolean addTitle(List<TextBlock> result, MdxSource.Title title, int line, boolean afterText) {
        if (afterText) {
            result.add(new TextBlock(TextBlock.Type.BREAK, 0, false, false, "", Positions.NONE, false));
        }
        String t = title.text().strip();
        int column = title.column() + title.text().indexOf(t);
        Positions positions = new Positions(t.length(), new int[] {0}, new int[] {line}, new int[] {column},
                new int[] {column + t.length() - 1});
        result.add(new TextBlock(TextBlock.Type.HEADING, 7, false, true, t, positions, false));
        return afterText;
    }

    /** The index of the first character of the block placed after the position, or -1 when none is. */
    private static int firstAfter(TextBlock block, int line, int column) {
        int n = block.text().length();
        if (!after(block.lineAt(n - 1), block.columnAt(n - 1), line, column)) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            if (after(block.lineAt(i), block.columnAt(i), line, column)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean after(int line, int column, int titleLine, int titleColumn) {
        return line > titleLine || (line == titleLine && column > titleColumn);
    }
}
