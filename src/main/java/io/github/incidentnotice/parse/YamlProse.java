package io.github.incidentnotice.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Finds the prose in a YAML front matter, from its node tree so that every character keeps its place:
 * top-level string fields that {@link ProseFields} reads as text, and the entries of an {@code updates:}
 * list (a map each, with a date and the update's text).
 */
final class YamlProse {

    /** Keys of a list of status updates. */
    static final Set<String> UPDATE_LISTS = Set.of("updates", "history", "timeline");
    /** Keys of an update's date, in the order they are looked for. */
    static final List<String> UPDATE_DATES = List.of("date", "time", "datetime", "timestamp", "created_at", "at");
    /** Keys of an update's text, in the order they are looked for. */
    static final List<String> UPDATE_TEXTS = List.of("content", "message", "body", "text", "description", "update");

    private final ScalarPositions positions;
    private final int firstLine;
    private final List<FrontMatterSection> sections = new ArrayList<>();
    /** Scalars already read: an alias is the node it names, and its text is read once, where it stands. */
    private final Set<Node> read = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private YamlProse(String source, int firstLine) {
        this.positions = new ScalarPositions(source, firstLine);
        this.firstLine = firstLine;
    }

    /**
     * The sections of the front matter {@code source} (composed into {@code root}, its first line at file line
     * {@code firstLine}), in document order; only the keys in {@code accepted} (the ones read as values: a
     * duplicate was refused) are looked at.
     */
    static List<FrontMatterSection> sections(String source, int firstLine, MappingNode root, Set<String> accepted) {
        YamlProse prose = new YamlProse(source, firstLine);
        Set<String> seen = new java.util.HashSet<>();
        for (NodeTuple tuple : root.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && accepted.contains(key.getValue()) && seen.add(key.getValue())) {
                prose.field(key, tuple.getValueNode());
            }
        }
        return prose.sections;
    }

    private void field(ScalarNode key, Node value) {
        String name = key.getValue();
        if (UPDATE_LISTS.contains(name) && value instanceof SequenceNode list) {
            updates(list);
        } else if (isText(value) && read.add(value) && ProseFields.isProse(name, ((ScalarNode) value).getValue())) {
            ScalarNode text = (ScalarNode) value;
            sections.add(FrontMatterSection.of(name, ProseFields.heading(name), SafeYaml.line(key, firstLine),
                    SafeYaml.column(key), name.length(), text.getValue(), positions.of(text), 0));
        }
    }

    /** Each entry with text is a section titled by its date ("Update 2024-05-01 10:00"), in list order. */
    private void updates(SequenceNode list) {
        int index = 0;
        for (Node item : list.getValue()) {
            if (!(item instanceof MappingNode entry)) {
                continue;
            }
            ScalarNode date = scalar(entry, UPDATE_DATES);
            ScalarNode text = scalar(entry, UPDATE_TEXTS);
            if (text == null || text.getValue().isBlank() || !read.add(text)) {
                continue; // an entry kept only for its date or status ("content: ''") has nothing to read
            }
            String title;
            Node at;
            if (date != null && !date.getValue().isBlank()) {
                title = "Update " + Spaces.collapse(date.getValue().strip());
                at = date;
            } else {
                title = "Update " + (index + 1);
                at = item;
            }
            int width = at == date ? date.getValue().strip().length() : 1;
            sections.add(FrontMatterSection.of("updates", title, SafeYaml.line(at, firstLine), SafeYaml.column(at),
                    width, text.getValue(), positions.of(text), index));
            index++;
        }
    }

    /** The first of the keys whose value is a plain string scalar, or null. */
    private static ScalarNode scalar(MappingNode map, List<String> keys) {
        for (String wanted : keys) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(wanted)) {
                    Node value = tuple.getValueNode();
                    return isText(value) ? (ScalarNode) value : null;
                }
            }
        }
        return null;
    }

    /** A string scalar: numbers, booleans and nulls are never prose. */
    private static boolean isText(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.STR);
    }
}
