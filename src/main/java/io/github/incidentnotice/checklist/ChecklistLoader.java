package io.github.incidentnotice.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.DefectSpec;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.KindStage;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.Origin;
import io.github.incidentnotice.model.Phrase;
import io.github.incidentnotice.model.Stage;
import io.github.incidentnotice.parse.InputProblem;
import io.github.incidentnotice.parse.SafeYaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Loads checklists: the default one shipped as {@code default-checklist.yml}, and a team's file that
 * extends it ({@code extends: default}) or starts empty ({@code extends: none}). Every mistake is a
 * {@link ChecklistException} naming the file, line and column, raised before any notice is checked.
 */
public final class ChecklistLoader {

    /** The classpath resource of the default checklist. */
    public static final String DEFAULT_RESOURCE = "/io/github/incidentnotice/default-checklist.yml";

    private static final Set<String> TOP_KEYS = Set.of("extends", "vocabulary", "markers", "elements", "defects");
    private static final Set<String> ELEMENT_KEYS = Set.of("description", "hint", "levels", "headings", "phrases",
            "unless", "ongoing-phrases", "personal-data", "severities");
    private static final Set<String> DEFECT_KEYS = Set.of("description", "level", "message", "phrases", "unless",
            "only-when-absent");
    private static final Pattern REFERENCE = Pattern.compile("\\{([a-z][a-z0-9-]*)}");

    private static volatile Checklist defaultChecklist;

    private ChecklistLoader() {
    }

    /** The default checklist (loaded once; it is immutable). */
    public static Checklist defaults() {
        Checklist c = defaultChecklist;
        if (c == null) {
            synchronized (ChecklistLoader.class) {
                c = defaultChecklist;
                if (c == null) {
                    try (InputStream in = ChecklistLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
                        }
                        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        c = new ChecklistLoader.Builder("default", Origin.DEFAULT.file(), true).load(text, null);
                    } catch (IOException | ChecklistException e) {
                        throw new IllegalStateException("the default checklist is broken: " + e.getMessage(), e);
                    }
                    defaultChecklist = c;
                }
            }
        }
        return c;
    }

    /** Loads a team's checklist file, merged over the default unless it says {@code extends: none}. */
    public static Checklist load(Path file, String displayName) throws ChecklistException {
        String text = ChecklistText.read(file, displayName);
        return loadText(text, displayName);
    }

    /** Loads a team's checklist from text (the file name is used in messages). */
    public static Checklist loadText(String text, String displayName) throws ChecklistException {
        return new Builder(displayName, displayName, false).load(text, defaults());
    }

    /** Builds a checklist from one YAML document, over a base checklist (or none). */
    private static final class Builder {
        private final String name;
        private final String file;
        private final boolean isDefault;
        private final Map<String, String> vocabulary = new LinkedHashMap<>();
        private final Map<String, ElementSpec> elements = new LinkedHashMap<>();
        private final Map<String, DefectSpec> defects = new LinkedHashMap<>();
        private final Map<String, List<Phrase>> markers = new LinkedHashMap<>();

        Builder(String name, String file, boolean isDefault) {
            this.name = name;
            this.file = file;
            this.isDefault = isDefault;
        }

        Checklist load(String text, Checklist base) throws ChecklistException {
            Node root;
            try {
                root = SafeYaml.compose(text, 1);
                SafeYaml.requirePlainDocument(root, 1);
            } catch (InputProblem p) {
                throw new ChecklistException(file, p.line(), p.column(), p.getMessage());
            }
            if (root == null) {
                root = new MappingNode(org.yaml.snakeyaml.nodes.Tag.MAP, List.of(), null);
            }
            MappingNode map = mapping(root, "the checklist must be keys such as 'extends', 'elements' and 'defects'");
            boolean extendsDefault = !isDefault;
            Node vocabularyNode = null;
            for (NodeTuple t : map.getValue()) {
                String key = key(t, TOP_KEYS, "top-level key");
                if (key.equals("extends")) {
                    String v = scalar(t.getValueNode(), "'extends' takes 'default' or 'none'");
                    if (!v.equals("default") && !v.equals("none")) {
                        throw error(t.getValueNode(), "unknown value '" + v + "' for 'extends'; allowed: default, none");
                    }
                    extendsDefault = v.equals("default");
                } else if (key.equals("vocabulary")) {
                    vocabularyNode = t.getValueNode();
                }
            }
            if (extendsDefault && base != null) {
                base.elements().forEach(e -> elements.put(e.id(), e));
                base.defects().forEach(d -> defects.put(d.id(), d));
                markers.putAll(base.markers());
                vocabulary.putAll(base.vocabulary());
            }
            if (vocabularyNode != null) {
                for (NodeTuple t : mapping(vocabularyNode, "'vocabulary' maps names to regular expressions").getValue()) {
                    String key = scalar(t.getKeyNode(), "a vocabulary name must be a word");
                    vocabulary.put(key, scalar(t.getValueNode(), "a vocabulary entry must be a regular expression"));
                }
            }
            for (NodeTuple t : map.getValue()) {
                String key = ((ScalarNode) t.getKeyNode()).getValue();
                switch (key) {
                    case "markers" -> loadMarkers(t.getValueNode());
                    case "elements" -> {
                        for (NodeTuple e : mapping(t.getValueNode(), "'elements' maps element ids to settings").getValue()) {
                            loadElement(e);
                        }
                    }
                    case "defects" -> {
                        for (NodeTuple d : mapping(t.getValueNode(), "'defects' maps defect ids to settings").getValue()) {
                            loadDefect(d);
                        }
                    }
                    default -> {
                    }
                }
            }
            return new Checklist(name, new ArrayList<>(elements.values()), new ArrayList<>(defects.values()),
                    markers, vocabulary);
        }

        private void loadMarkers(Node node) throws ChecklistException {
            for (NodeTuple t : mapping(node, "'markers' maps marker names to phrase lists").getValue()) {
                String id = scalar(t.getKeyNode(), "a marker name must be a word");
                List<Phrase> list = new ArrayList<>(markers.getOrDefault(id, List.of()));
                list.addAll(phrases(t.getValueNode()));
                markers.put(id, list);
            }
        }

        private void loadElement(NodeTuple tuple) throws ChecklistException {
            String id = scalar(tuple.getKeyNode(), "an element id must be a word");
            if (!id.matches("[a-z][a-z0-9-]*")) {
                throw error(tuple.getKeyNode(), "element id '" + id + "' must be lower-case letters, digits and '-'");
            }
            ElementSpec existing = elements.get(id);
            Origin origin = new Origin(file, SafeYaml.line(tuple.getKeyNode(), 1));
            Node value = tuple.getValueNode();
            if (value instanceof ScalarNode s) {
                if (!s.getValue().equals("off")) {
                    throw error(value, "element '" + id + "' takes 'off' or settings (levels, headings, phrases)");
                }
                if (existing == null) {
                    throw error(tuple.getKeyNode(), "unknown element '" + id + "'; known: " + String.join(", ", elements.keySet()));
                }
                elements.put(id, new ElementSpec(id, existing.description(), existing.hint(), Map.of(),
                        existing.onlyWithPersonalData(), existing.severities(), existing.headings(),
                        existing.phrases(), existing.unless(), existing.ongoingPhrases(), origin));
                return;
            }
            MappingNode map = mapping(value, "element '" + id + "' takes 'off' or settings");
            String description = existing == null ? null : existing.description();
            String hint = existing == null ? "" : existing.hint();
            Map<KindStage, Level> levels = existing == null ? new LinkedHashMap<>() : new LinkedHashMap<>(existing.levels());
            boolean personal = existing != null && existing.onlyWithPersonalData();
            List<String> severities = existing == null ? new ArrayList<>() : new ArrayList<>(existing.severities());
            List<String> headings = existing == null ? new ArrayList<>() : new ArrayList<>(existing.headings());
            List<Phrase> phrases = existing == null ? new ArrayList<>() : new ArrayList<>(existing.phrases());
            List<Phrase> unless = existing == null ? new ArrayList<>() : new ArrayList<>(existing.unless());
            List<Phrase> ongoing = existing == null ? new ArrayList<>() : new ArrayList<>(existing.ongoingPhrases());
            boolean levelsGiven = false;
            for (NodeTuple t : map.getValue()) {
                String key = key(t, ELEMENT_KEYS, "key for element '" + id + "'");
                Node v = t.getValueNode();
                switch (key) {
                    case "description" -> description = scalar(v, "'description' must be one line of text");
                    case "hint" -> hint = scalar(v, "'hint' must be one line of text");
                    case "levels" -> {
                        levelsGiven = true;
                        levels.putAll(levels(v));
                    }
                    case "headings" -> headings.addAll(strings(v, "'headings' must be a list of heading wordings"));
                    case "phrases" -> phrases.addAll(phrases(v));
                    case "unless" -> unless.addAll(phrases(v));
                    case "ongoing-phrases" -> ongoing.addAll(phrases(v));
                    case "personal-data" -> personal = bool(v);
                    case "severities" -> severities.addAll(strings(v, "'severities' must be a list of severities"));
                    default -> {
                    }
                }
            }
            if (description == null || description.isBlank()) {
                throw error(tuple.getKeyNode(), "element '" + id + "' of your own needs a 'description' (one line: what good looks like)");
            }
            if (existing == null && !levelsGiven) {
                throw error(tuple.getKeyNode(), "element '" + id + "' of your own needs 'levels' (for example {incident/resolved: error})");
            }
            elements.put(id, new ElementSpec(id, description, hint, levels, personal, severities, headings, phrases,
                    unless, ongoing, origin));
        }

        private void loadDefect(NodeTuple tuple) throws ChecklistException {
            String id = scalar(tuple.getKeyNode(), "a defect id must be a word");
            DefectSpec existing = defects.get(id);
            Origin origin = new Origin(file, SafeYaml.line(tuple.getKeyNode(), 1));
            Node value = tuple.getValueNode();
            if (value instanceof ScalarNode s && s.getValue().equals("off")) {
                if (existing == null) {
                    throw error(tuple.getKeyNode(), "unknown defect '" + id + "'; known: " + String.join(", ", defects.keySet()));
                }
                defects.put(id, new DefectSpec(id, existing.description(), Level.OFF, existing.message(),
                        existing.phrases(), existing.unless(), existing.onlyWhenAbsent(), origin));
                return;
            }
            if (existing == null && !isDefault) {
                throw error(tuple.getKeyNode(), "unknown defect '" + id + "'; known: " + String.join(", ", defects.keySet())
                        + " (a checklist can add phrases to these, not new defects)");
            }
            MappingNode map = mapping(value, "defect '" + id + "' takes 'off' or settings (level, phrases)");
            String description = existing == null ? null : existing.description();
            Level level = existing == null ? Level.ERROR : existing.level();
            String message = existing == null ? null : existing.message();
            List<Phrase> phrases = existing == null ? new ArrayList<>() : new ArrayList<>(existing.phrases());
            List<Phrase> unless = existing == null ? new ArrayList<>() : new ArrayList<>(existing.unless());
            List<String> onlyWhenAbsent = existing == null ? new ArrayList<>() : new ArrayList<>(existing.onlyWhenAbsent());
            for (NodeTuple t : map.getValue()) {
                String key = key(t, DEFECT_KEYS, "key for defect '" + id + "'");
                Node v = t.getValueNode();
                switch (key) {
                    case "description" -> description = scalar(v, "'description' must be one line of text");
                    case "level" -> level = level(v);
                    case "message" -> message = scalar(v, "'message' must be one line of text");
                    case "phrases" -> phrases.addAll(phrases(v));
                    case "unless" -> unless.addAll(phrases(v));
                    case "only-when-absent" -> {
                        for (String e : strings(v, "'only-when-absent' must be a list of element ids")) {
                            if (!elements.containsKey(e)) {
                                throw error(v, "unknown element '" + e + "' in 'only-when-absent'; known: "
                                        + String.join(", ", elements.keySet()));
                            }
                            onlyWhenAbsent.add(e);
                        }
                    }
                    default -> {
                    }
                }
            }
            if (description == null || message == null) {
                throw error(tuple.getKeyNode(), "defect '" + id + "' needs a 'description' and a 'message'");
            }
            defects.put(id, new DefectSpec(id, description, level, message, phrases, unless, onlyWhenAbsent, origin));
        }

        private Map<KindStage, Level> levels(Node node) throws ChecklistException {
            Map<KindStage, Level> result = new LinkedHashMap<>();
            for (NodeTuple t : mapping(node, "'levels' maps kind/stage (such as incident/resolved) to error, warning or off").getValue()) {
                String key = scalar(t.getKeyNode(), "a levels key is kind/stage, such as incident/resolved");
                Level level = level(t.getValueNode());
                String[] parts = key.split("/", -1);
                Kind kind = parts.length == 2 ? Kind.parse(parts[0]) : null;
                boolean anyStage = parts.length == 2 && parts[1].equals("*");
                Stage stage = parts.length == 2 && !anyStage ? Stage.parse(parts[1]) : null;
                if (kind == null || (stage == null && !anyStage)) {
                    throw error(t.getKeyNode(), "unknown kind/stage '" + key + "'; allowed: incident, maintenance or "
                            + "informational, then '/', then ongoing, resolved, postmortem or *");
                }
                if (anyStage) {
                    for (Stage s : Stage.values()) {
                        result.put(new KindStage(kind, s), level);
                    }
                } else {
                    result.put(new KindStage(kind, stage), level);
                }
            }
            return result;
        }

        private Level level(Node node) throws ChecklistException {
            String v = scalar(node, "a level is error, warning or off");
            Level level = Level.parse(v);
            if (level == null) {
                throw error(node, "unknown level '" + v + "'; allowed: error, warning, off");
            }
            return level;
        }

        private boolean bool(Node node) throws ChecklistException {
            String v = scalar(node, "expected true or false").toLowerCase(Locale.ROOT);
            if (v.equals("true") || v.equals("false")) {
                return v.equals("true");
            }
            throw error(node, "expected true or false, found '" + v + "'");
        }

        private List<Phrase> phrases(Node node) throws ChecklistException {
            if (!(node instanceof SequenceNode seq)) {
                throw error(node, "phrases must be a list of regular expressions");
            }
            List<Phrase> result = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s) {
                    result.add(new Phrase(s.getValue(), List.of(compile(s))));
                } else if (item instanceof MappingNode m && m.getValue().size() == 1
                        && ((ScalarNode) m.getValue().get(0).getKeyNode()).getValue().equals("all")) {
                    List<Pattern> patterns = new ArrayList<>();
                    StringBuilder source = new StringBuilder();
                    Node list = m.getValue().get(0).getValueNode();
                    if (!(list instanceof SequenceNode all) || all.getValue().isEmpty()) {
                        throw error(list, "'all' takes a list of regular expressions that must all match one sentence");
                    }
                    for (Node p : all.getValue()) {
                        if (!(p instanceof ScalarNode ps)) {
                            throw error(p, "a phrase must be a regular expression in quotes");
                        }
                        patterns.add(compile(ps));
                        source.append(source.length() == 0 ? "" : " + ").append(ps.getValue());
                    }
                    result.add(new Phrase(source.toString(), patterns));
                } else {
                    throw error(item, "a phrase must be a regular expression in quotes, or {all: [...]}");
                }
            }
            return result;
        }

        private Pattern compile(ScalarNode node) throws ChecklistException {
            String expanded = expand(node);
            try {
                return Pattern.compile(expanded, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw error(node, "the regular expression '" + node.getValue() + "' does not compile: "
                        + e.getDescription() + " near index " + e.getIndex());
            }
        }

        private String expand(ScalarNode node) throws ChecklistException {
            String pattern = node.getValue();
            for (int depth = 0; depth < 5 && pattern.contains("{"); depth++) {
                Matcher m = REFERENCE.matcher(pattern);
                StringBuilder sb = new StringBuilder();
                boolean changed = false;
                while (m.find()) {
                    String ref = vocabularyEntry(m.group(1));
                    if (ref == null) {
                        throw error(node, "unknown vocabulary name '{" + m.group(1) + "}'; defined: "
                                + String.join(", ", allVocabulary().keySet()));
                    }
                    m.appendReplacement(sb, Matcher.quoteReplacement("(?:" + ref + ")"));
                    changed = true;
                }
                m.appendTail(sb);
                pattern = sb.toString();
                if (!changed) {
                    break;
                }
            }
            return pattern;
        }

        private String vocabularyEntry(String name) {
            return vocabulary.get(name);
        }

        private Map<String, String> allVocabulary() {
            return vocabulary;
        }

        private List<String> strings(Node node, String expected) throws ChecklistException {
            if (!(node instanceof SequenceNode seq)) {
                throw error(node, expected);
            }
            List<String> result = new ArrayList<>();
            for (Node item : seq.getValue()) {
                result.add(scalar(item, expected));
            }
            return result;
        }

        private String key(NodeTuple tuple, Set<String> allowed, String what) throws ChecklistException {
            String key = scalar(tuple.getKeyNode(), "keys must be plain words");
            if (!allowed.contains(key)) {
                throw error(tuple.getKeyNode(), "unknown " + what + " '" + key + "'; allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
            return key;
        }

        private MappingNode mapping(Node node, String expected) throws ChecklistException {
            if (node instanceof MappingNode m) {
                return m;
            }
            throw error(node, expected);
        }

        private String scalar(Node node, String expected) throws ChecklistException {
            if (node instanceof ScalarNode s && !s.getTag().equals(org.yaml.snakeyaml.nodes.Tag.NULL)) {
                return s.getValue();
            }
            throw error(node, expected);
        }

        private ChecklistException error(Node node, String message) {
            return new ChecklistException(file, SafeYaml.line(node, 1), SafeYaml.column(node), message);
        }
    }
}
