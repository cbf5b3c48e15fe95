package io.github.incidentnotice.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads untrusted YAML (front matter and checklists) into a node tree with positions, and turns
 * nodes into plain values. Nothing is ever constructed from a tag: a tag naming a Java class is an
 * error, aliases and nesting are capped, and dates stay strings so that every shape real notices
 * use can be read by {@link Dates}.
 */
public final class SafeYaml {

    /** Most code points a YAML document may have (front matter or checklist). */
    public static final int MAX_CODE_POINTS = 1_000_000;
    /** Most aliases a document may use; real front matter uses none. */
    public static final int MAX_ALIASES = 20;
    /** Deepest nesting of collections. */
    public static final int MAX_DEPTH = 50;
    /** Most values a document may expand to once aliases are followed. */
    public static final int MAX_VALUES = 100_000;

    /*
     * Built once and shared by every thread: composing only reads the options and the resolver (what
     * Yaml.compose does, without building a constructor and a representer that composing never uses).
     */
    private static final LoaderOptions OPTIONS = loaderOptions();
    private static final Resolver RESOLVER = new NoTimestampResolver();

    private SafeYaml() {
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        options.setWrappedToRootException(true);
        return options;
    }

    /**
     * Composes one YAML document into nodes; {@code firstLine} is the file line of the text's first
     * line so that problems name the line in the file.
     */
    public static Node compose(String text, int firstLine) throws InputProblem {
        if (text.length() > MAX_CODE_POINTS && text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            // refused before parsing: the parser would take seconds to reach its own limit
            throw new InputProblem(firstLine, 1, "invalid YAML: longer than " + MAX_CODE_POINTS + " characters");
        }
        try {
            // a Reader, as Yaml.compose was given: the stream's name appears in parser messages
            return new Composer(new ParserImpl(new StreamReader(new java.io.StringReader(text)), OPTIONS), RESOLVER,
                    OPTIONS).getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine();
            int column = mark == null ? 0 : mark.getColumn();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new InputProblem(firstLine + line, column + 1, "invalid YAML: " + oneLine(problem));
        } catch (YAMLException | StackOverflowError e) {
            throw new InputProblem(firstLine, 1, "invalid YAML: " + oneLine(limitMessage(e)));
        }
    }

    private static String limitMessage(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof StackOverflowError || m.contains("Nesting Depth")) {
            return "nested deeper than " + MAX_DEPTH + " levels";
        }
        if (m.contains("aliases")) {
            return "more than " + MAX_ALIASES + " aliases (an alias bomb?)";
        }
        if (m.contains("code points")) {
            return "longer than " + MAX_CODE_POINTS + " characters";
        }
        return m;
    }

    /** The 1-based file line of a node. */
    public static int line(Node node, int firstLine) {
        return firstLine + node.getStartMark().getLine();
    }

    /** The 1-based column of a node. */
    public static int column(Node node) {
        return node.getStartMark().getColumn() + 1;
    }

    /**
     * Turns a node into plain values: String, Boolean, Long, Double, null, List and Map (string keys,
     * in document order). Tags other than the standard scalar and collection ones are refused.
     */
    public static Object toValue(Node node, int firstLine) throws InputProblem {
        int[] budget = {MAX_VALUES};
        // most front-matter values are scalars: the set of open collections is made only for a collection
        return toValue(node, firstLine, budget, node instanceof ScalarNode ? java.util.Set.of()
                : java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    /** @param open the collections being converted: an alias inside its own anchor ({@code &x [*x]}) would recurse forever */
    private static Object toValue(Node node, int firstLine, int[] budget, java.util.Set<Node> open) throws InputProblem {
        if (--budget[0] < 0) {
            throw new InputProblem(line(node, firstLine), column(node),
                    "YAML expands to more than " + MAX_VALUES + " values (an alias bomb?)");
        }
        checkTag(node, firstLine);
        if (node instanceof ScalarNode scalar) {
            return scalarValue(scalar);
        }
        if (!open.add(node)) {
            throw new InputProblem(line(node, firstLine), column(node),
                    "a YAML alias refers to the collection it stands in; write the values out");
        }
        try {
            return collectionValue(node, firstLine, budget, open);
        } finally {
            open.remove(node);
        }
    }

    private static Object collectionValue(Node node, int firstLine, int[] budget, java.util.Set<Node> open)
            throws InputProblem {
        if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>();
            for (Node item : seq.getValue()) {
                list.add(toValue(item, firstLine, budget, open));
            }
            return list;
        }
        MappingNode map = (MappingNode) node;
        Map<String, Object> result = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode s ? s.getValue() : String.valueOf(toValue(keyNode, firstLine, budget, open));
            if (result.containsKey(key)) {
                throw new InputProblem(line(keyNode, firstLine), column(keyNode), "duplicate key '" + key + "'");
            }
            result.put(key, toValue(tuple.getValueNode(), firstLine, budget, open));
        }
        return result;
    }

    private static void checkTag(Node node, int firstLine) throws InputProblem {
        if (!isStandard(node.getTag())) {
            throw new InputProblem(line(node, firstLine), column(node),
                    "YAML tag '" + node.getTag().getValue() + "' is not allowed; write plain values");
        }
    }

    private static boolean isStandard(Tag tag) {
        return tag.equals(Tag.STR) || tag.equals(Tag.SEQ) || tag.equals(Tag.MAP) || tag.equals(Tag.BOOL)
                || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) || tag.equals(Tag.NULL)
                || tag.equals(Tag.TIMESTAMP) || tag.equals(Tag.MERGE);
    }

    private static Object scalarValue(ScalarNode scalar) {
        String v = scalar.getValue();
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) {
            return null;
        }
        if (tag.equals(Tag.BOOL)) {
            String w = v.toLowerCase(java.util.Locale.ROOT);
            return w.equals("true") || w.equals("yes") || w.equals("on") || w.equals("y");
        }
        if (tag.equals(Tag.INT)) {
            try {
                return Long.parseLong(v.replace("_", ""));
            } catch (NumberFormatException e) {
                return v;
            }
        }
        if (tag.equals(Tag.FLOAT)) {
            try {
                return Double.parseDouble(v.replace("_", ""));
            } catch (NumberFormatException e) {
                return v;
            }
        }
        return v;
    }

    /** A single-line version of a parser message (they often span lines). */
    static String oneLine(String message) {
        return message == null ? "" : Spaces.collapse(message).trim();
    }

    /** YAML 1.1 resolution without timestamps: dates stay strings so {@link Dates} reads every shape alike. */
    private static final class NoTimestampResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO", 10);
            addImplicitResolver(Tag.INT, INT, "-+0123456789", 10);
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.", 10);
            addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
        }
    }
}
