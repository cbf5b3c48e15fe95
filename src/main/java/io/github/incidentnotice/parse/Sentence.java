package io.github.incidentnotice.parse;

/**
 * One sentence of a notice: the unit phrases are matched in. It knows the block it came from so any
 * match maps back to a file line and column, whether it is quoted, and whether it is the title.
 *
 * @param section index of the section it stands in, or -1 before the first heading
 * @param update  index of the update it belongs to (0 = the text before the first thematic break)
 */
public record Sentence(String text, TextBlock block, int offset, int section, int update, boolean title) {

    public int line() {
        return lineAt(0);
    }

    public int column() {
        return columnAt(0);
    }

    public int lineAt(int index) {
        return block.lineAt(offset + index);
    }

    public int columnAt(int index) {
        return block.columnAt(offset + index);
    }

    public boolean quoted() {
        return block.quoted();
    }

    /** True when the sentence stands in a Markdown list item. */
    public boolean listItem() {
        return block.listItem();
    }

    public boolean heading() {
        return block.isHeading();
    }

    @Override
    public String toString() {
        return line() + ":" + column() + " " + text;
    }
}
