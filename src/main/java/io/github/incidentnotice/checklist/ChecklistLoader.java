package io.github.incidentnotice.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.DefectSpec;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.Example;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.KindStage;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.Origin;
import io.github.incidentnotice.model.Origins;
import io.github.incidentnotice.match.LinearPattern;
import io.github.incidentnotice.match.Phrase;
import io.github.incidentnotice.model.Stage;
import io.github.incidentnotice.model.TimelinessSpec;
import io.github.incidentnotice.parse.InputProblem;
import io.github.incidentnotice.parse.SafeYaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Loads checklists: the default one shipped as {@code default-checklist.yml}, and a team's file that
 * extends it ({@code extends: default}) or starts empty ({@code extends: none}). Every mistake is a
 * {@link ChecklistException} naming the file, line and column, raised before any notice is checked.
 * Each setting remembers its {@link Origin}, so the {@code checklist} goal can say where it comes from.
 */
public final class ChecklistLoader {

    /** The classpath resource of the default checklist. */
    public static final String DEFAULT_RESOURCE = "/io/github/incidentnotice/default-checklist.yml";

    /** The name of the checklist that is the default alone. */
    public static final String DEFAULT_NAME = "default";

    private static final Set<String> TOP_KEYS = Set.of("extends", "vocabulary", "markers", "elements", "defects",
            "front-matter", "timeliness");
    private static final Set<String> FRONT_MATTER_KEYS = Set.of("missing");
    private static final Set<String> ELEMENT_KEYS = Set.of("description", "hint", "levels", "headings", "phrases",
            "unless", "ongoing-phrases", "personal-data", "severities", "examples");
    private static final Set<String> DEFECT_KEYS = Set.of("description", "level", "message", "phrases", "always-phrases", "unless",
            "only-when-absent", "excused-only-by-numbers", "examples");
    /** The markers the engine reads (KindStageResolver); a team's file may add phrases to these. */
    private static final Set<String> MARKERS = Set.of("maintenance", "unplanned", "informational", "postmortem", "ongoing",
            "resolution", "stated-cause", "against-recurrence", "owner-or-date");
    private static final Set<String> EXAMPLE_KEYS = Set.of("counts", "does-not-count");
    private static final Set<String> EXAMPLE_FIELDS = Set.of("text", "kind", "stage", "known-miss", "now", "published");
    private static final Set<String> TIMELINESS_KEYS = Set.of("description", "hint", "levels", "after", "examples");
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.SEQ, Tag.MAP, Tag.BOOL, Tag.INT, Tag.FLOAT, Tag.NULL);
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})\\s*(ms|s|m|h|d)");
    private static final Pattern REFERENCE = Pattern.compile("\\{([a-z][a-z0-9-]*)}");

    /**
     * The longest a phrase may grow once its vocabulary names are expanded: some 30 times the longest of the
     * default checklist (about 1,500), so a team's long word lists fit, while names that name each other at
     * every level (80 names, 5 levels: hundreds of megabytes) are refused before they are built.
     */
    static final int MAX_EXPANDED = 50_000;

    private static volatile Checklist defaultChecklist;
    private static volatile Set<String> DEFAULT_PARTS;

    private ChecklistLoader() {
    }

    /**
     * A time as a checklist writes one: a whole number with {@code ms}, {@code s}, {@code m}, {@code h} or
     * {@code d} ({@code 90s}, {@code 30m}, {@code 14d}), or ISO-8601 ({@code PT1H30M}); it may be zero or negative
     * (ISO-8601 {@code PT-1S}), which each caller refuses in its own words.
     *
     * @throws IllegalArgumentException when the text is not a time (a {@link java.time.format.DateTimeParseException}
     *                                  for ISO-8601 that does not parse)
     */
    public static java.time.Duration parseTime(String text) {
        String v = text.strip();
        Matcher m = DURATION.matcher(v);
        if (!m.matches()) {
            try {
                return java.time.Duration.parse(v.toUpperCase(Locale.ROOT));
            } catch (java.time.format.DateTimeParseException | ArithmeticException e) {
                throw new IllegalArgumentException("not a time: " + v, e);
            }
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> java.time.Duration.ofMillis(n);
            case "s" -> java.time.Duration.ofSeconds(n);
            case "m" -> java.time.Duration.ofMinutes(n);
            case "h" -> java.time.Duration.ofHours(n);
            default -> java.time.Duration.ofDays(n);
        };
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
                        c = new Builder(DEFAULT_NAME, Origin.DEFAULT_FILE, true).load(text, null);
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

    /** Loads a team's checklist from text (the file name is used in messages and origins). */
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
        private final Map<String, TimelinessSpec> timeliness = new LinkedHashMap<>();
        private Level missingFrontMatter = Level.ERROR;

        Builder(String name, String file, boolean isDefault) {
            this.name = name;
            this.file = file;
            this.isDefault = isDefault;
        }

        Checklist load(String text, Checklist base) throws ChecklistException {
            Node root;
            try {
                root = SafeYaml.compose(text, 1);
            } catch (InputProblem p) {
                throw new ChecklistException(file, p.line(), p.column(), p.getMessage());
            }
            if (root == null) {
                root = new MappingNode(Tag.MAP, List.of(), org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK); // empty file: the base as is
            } else {
                checkTree(root);
            }
            MappingNode map = mapping(root, "the checklist must be keys such as 'extends', 'elements' and 'defects'");
            boolean extendsDefault = !isDefault;
            Node vocabularyNode = null;
            for (NodeTuple t : map.getValue()) {
                String key = key(t, TOP_KEYS, "");
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
                base.timeliness().forEach(t -> timeliness.put(t.id(), t));
                missingFrontMatter = base.missingFrontMatter();
            }
            if (vocabularyNode != null) {
                loadVocabulary(vocabularyNode);
            }
            for (NodeTuple t : map.getValue()) {
                String key = ((ScalarNode) t.getKeyNode()).getValue();
                switch (key) {
                    case "markers" -> loadMarkers(t.getValueNode());
                    case "front-matter" -> {
                        String shape = "'front-matter' takes 'missing' with error, warning or off";
                        for (NodeTuple f : mapping(t.getValueNode(), shape).getValue()) {
                            key(f, FRONT_MATTER_KEYS, " in 'front-matter'");
                            missingFrontMatter = level(f.getValueNode());
                        }
                    }
                    case "elements" -> {
                        for (NodeTuple e : mapping(t.getValueNode(), "'elements' maps element ids to 'off' or settings").getValue()) {
                            loadElement(e);
                        }
                    }
                    case "defects" -> {
                        for (NodeTuple d : mapping(t.getValueNode(), "'defects' maps defect ids to 'off' or settings").getValue()) {
                            loadDefect(d);
                        }
                    }
                    case "timeliness" -> {
                        for (NodeTuple d : mapping(t.getValueNode(), "'timeliness' maps " + String.join(", ",
                                TimelinessSpec.IDS) + " to 'off' or settings").getValue()) {
                            loadTimeliness(d);
                        }
                    }
                    default -> {
                    }
                }
            }
            return new Checklist(name, new ArrayList<>(elements.values()), new ArrayList<>(defects.values()),
                    markers, vocabulary, missingFrontMatter, new ArrayList<>(timeliness.values()));
        }

        /** Refuses tags that name types and duplicate keys anywhere, before any value is read. */
        private void checkTree(Node root) throws ChecklistException {
            Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            List<Node> todo = new ArrayList<>(List.of(root));
            while (!todo.isEmpty()) {
                Node node = todo.remove(todo.size() - 1);
                if (!seen.add(node)) {
                    continue; // an alias: its node was checked where it was defined
                }
                if (!PLAIN_TAGS.contains(node.getTag())) {
                    throw error(node, "YAML tag '" + node.getTag().getValue() + "' is not allowed; write plain values");
                }
                if (node instanceof SequenceNode seq) {
                    todo.addAll(seq.getValue());
                } else if (node instanceof MappingNode m) {
                    Map<String, Node> keys = new LinkedHashMap<>();
                    for (NodeTuple t : m.getValue()) {
                        if (t.getKeyNode() instanceof ScalarNode k) {
                            Node first = keys.putIfAbsent(k.getValue(), k);
                            if (first != null) {
                                throw error(k, "duplicate key '" + k.getValue() + "' (first on line "
                                        + SafeYaml.line(first, 1) + ")");
                            }
                        }
                        todo.add(t.getKeyNode());
                        todo.add(t.getValueNode());
                    }
                }
            }
        }

        private void loadVocabulary(Node node) throws ChecklistException {
            for (NodeTuple t : mapping(node, "'vocabulary' maps names to regular expressions").getValue()) {
                String key = scalar(t.getKeyNode(), "a vocabulary name must be a word");
                if (!ID.matcher(key).matches()) {
                    throw error(t.getKeyNode(), "vocabulary name '" + key + "' must be lower-case letters, digits and '-'");
                }
                // the base's phrases were compiled with the base's entry; redefining it would change only some
                if (vocabulary.containsKey(key)) {
                    throw error(t.getKeyNode(), "vocabulary name '{" + key + "}' is already defined by the default "
                            + "checklist; choose another name");
                }
                String value = scalar(t.getValueNode(), "a vocabulary entry must be a regular expression");
                // the default's own entry, as the checklist goal prints it for 'extends: none', keeps its lookarounds
                if (!isDefault && !value.equals(defaults().vocabulary().get(key))) {
                    linearAsWritten(t.getValueNode(), "vocabulary '{" + key + "}'", value);
                }
                vocabulary.put(key, value);
            }
        }

        private void loadMarkers(Node node) throws ChecklistException {
            Set<String> known = new TreeSet<>(MARKERS);
            known.addAll(markers.keySet());
            for (NodeTuple t : mapping(node, "'markers' maps marker names to phrase lists").getValue()) {
                String id = scalar(t.getKeyNode(), "a marker name must be a word");
                if (!isDefault && !known.contains(id)) {
                    throw error(t.getKeyNode(), "unknown marker '" + id + "'; allowed: " + String.join(", ", known));
                }
                List<Phrase> list = new ArrayList<>(markers.getOrDefault(id, List.of()));
                list.addAll(phrases(t.getValueNode(), new ArrayList<>()));
                markers.put(id, list);
            }
        }

        private void loadElement(NodeTuple tuple) throws ChecklistException {
            String id = scalar(tuple.getKeyNode(), "an element id must be a word");
            if (!ID.matcher(id).matches()) {
                throw error(tuple.getKeyNode(), "element id '" + id + "' must be lower-case letters, digits and '-'");
            }
            ElementSpec existing = elements.get(id);
            Origin declared = origin(tuple.getKeyNode());
            Origins origins = existing == null ? Origins.NONE : existing.origins();
            origins = origins.add("element", List.of(declared));
            Node value = tuple.getValueNode();
            if (value instanceof ScalarNode s) {
                if (!s.getValue().equals("off")) {
                    throw error(value, "element '" + id + "' takes 'off' or settings (" + allowed(ELEMENT_KEYS) + ")");
                }
                if (existing == null) {
                    throw error(tuple.getKeyNode(), "unknown element '" + id + "'; known: " + known(elements.keySet()));
                }
                origins = origins.without("level:").set("off", origin(value));
                elements.put(id, new ElementSpec(id, existing.description(), existing.hint(), Map.of(),
                        existing.onlyWithPersonalData(), existing.severities(), existing.headings(),
                        existing.phrases(), existing.unless(), existing.ongoingPhrases(), origins, existing.examples()));
                return;
            }
            MappingNode map = mapping(value, "element '" + id + "' takes 'off' or settings (" + allowed(ELEMENT_KEYS) + ")");
            if (existing == null && !isDefault && !hasKey(map, "description")) {
                throw error(tuple.getKeyNode(), "unknown element '" + id + "'; known: " + known(elements.keySet())
                        + ". An element of your own needs a 'description' (one line: what good looks like) and 'levels'");
            }
            String description = existing == null ? null : existing.description();
            String hint = existing == null ? "" : existing.hint();
            Map<KindStage, Level> levels = existing == null ? new LinkedHashMap<>() : new LinkedHashMap<>(existing.levels());
            boolean personal = existing != null && existing.onlyWithPersonalData();
            List<String> severities = existing == null ? List.of() : existing.severities();
            List<String> headings = existing == null ? new ArrayList<>() : new ArrayList<>(existing.headings());
            List<Phrase> phrases = existing == null ? new ArrayList<>() : new ArrayList<>(existing.phrases());
            List<Phrase> unless = existing == null ? new ArrayList<>() : new ArrayList<>(existing.unless());
            List<Phrase> ongoing = existing == null ? new ArrayList<>() : new ArrayList<>(existing.ongoingPhrases());
            List<Example> examples = existing == null ? new ArrayList<>() : new ArrayList<>(existing.examples());
            boolean levelsGiven = false;
            for (NodeTuple t : map.getValue()) {
                String key = key(t, ELEMENT_KEYS, " for element '" + id + "'");
                Node v = t.getValueNode();
                List<Origin> items = new ArrayList<>();
                switch (key) {
                    case "description" -> description = scalar(v, "'description' must be one line of text");
                    case "hint" -> hint = scalar(v, "'hint' must be one line of text");
                    case "levels" -> {
                        levelsGiven = true;
                        for (Map.Entry<KindStage, Node> e : levels(v, id).entrySet()) {
                            levels.put(e.getKey(), level(e.getValue()));
                            origins = origins.set("level:" + e.getKey().id(), origin(e.getValue()));
                        }
                        if (existing != null && !origins.of("off").isEmpty()) {
                            origins = origins.without("off");
                        }
                    }
                    case "headings" -> headings.addAll(strings(v, "'headings' must be a list of heading wordings", items));
                    case "phrases" -> phrases.addAll(phrases(v, items));
                    case "unless" -> unless.addAll(phrases(v, items));
                    case "ongoing-phrases" -> ongoing.addAll(phrases(v, items));
                    case "personal-data" -> personal = bool(v);
                    // a filter: the file that names severities decides them all ([] = every severity)
                    case "severities" -> severities = strings(v, "'severities' must be a list of severities", items);
                    case "examples" -> examples.addAll(examples(v));
                    default -> {
                    }
                }
                switch (key) {
                    case "headings", "phrases", "unless", "ongoing-phrases" -> origins = origins.add(key, items);
                    case "levels" -> {
                    }
                    default -> origins = origins.set(key, origin(v));
                }
            }
            if (description == null || description.isBlank()) {
                throw error(tuple.getKeyNode(), "element '" + id + "' of your own needs a 'description' (one line: what good looks like)");
            }
            if (existing == null && !levelsGiven) {
                throw error(tuple.getKeyNode(), "element '" + id + "' of your own needs 'levels' (for example {incident/resolved: error})");
            }
            elements.put(id, new ElementSpec(id, description, hint, levels, personal, severities, headings, phrases,
                    unless, ongoing, origins, examples));
        }

        private void loadDefect(NodeTuple tuple) throws ChecklistException {
            String id = scalar(tuple.getKeyNode(), "a defect id must be a word");
            if (!ID.matcher(id).matches()) {
                throw error(tuple.getKeyNode(), "defect id '" + id + "' must be lower-case letters, digits and '-'");
            }
            DefectSpec existing = defects.get(id);
            Origins origins = existing == null ? Origins.NONE : existing.origins();
            origins = origins.add("defect", List.of(origin(tuple.getKeyNode())));
            Node value = tuple.getValueNode();
            if (existing == null && !isDefault && !(value instanceof MappingNode m && hasKey(m, "description"))) {
                throw error(tuple.getKeyNode(), "unknown defect '" + id + "'; known: " + known(defects.keySet())
                        + ". A defect of your own needs a 'description', a 'message' and 'phrases'");
            }
            if (value instanceof ScalarNode s) {
                if (!s.getValue().equals("off")) {
                    throw error(value, "defect '" + id + "' takes 'off' or settings (" + allowed(DEFECT_KEYS) + ")");
                }
                defects.put(id, new DefectSpec(id, existing.description(), Level.OFF, existing.message(),
                        existing.phrases(), existing.alwaysPhrases(), existing.unless(), existing.onlyWhenAbsent(),
                        existing.excusedOnlyByNumbers(), origins.set("level", origin(value)), existing.examples()));
                return;
            }
            MappingNode map = mapping(value, "defect '" + id + "' takes 'off' or settings (" + allowed(DEFECT_KEYS) + ")");
            String description = existing == null ? null : existing.description();
            Level level = existing == null ? Level.ERROR : existing.level();
            String message = existing == null ? null : existing.message();
            List<Phrase> phrases = existing == null ? new ArrayList<>() : new ArrayList<>(existing.phrases());
            List<Phrase> always = existing == null ? new ArrayList<>() : new ArrayList<>(existing.alwaysPhrases());
            List<Phrase> unless = existing == null ? new ArrayList<>() : new ArrayList<>(existing.unless());
            List<String> onlyWhenAbsent = existing == null ? new ArrayList<>() : new ArrayList<>(existing.onlyWhenAbsent());
            boolean byNumbers = existing != null && existing.excusedOnlyByNumbers();
            List<Example> examples = existing == null ? new ArrayList<>() : new ArrayList<>(existing.examples());
            for (NodeTuple t : map.getValue()) {
                String key = key(t, DEFECT_KEYS, " for defect '" + id + "'");
                Node v = t.getValueNode();
                List<Origin> items = new ArrayList<>();
                switch (key) {
                    case "description" -> description = scalar(v, "'description' must be one line of text");
                    case "level" -> level = level(v);
                    case "message" -> message = scalar(v, "'message' must be one line of text ({excerpt} inserts the words found)");
                    case "phrases" -> phrases.addAll(phrases(v, items));
                    case "always-phrases" -> always.addAll(phrases(v, items));
                    case "unless" -> unless.addAll(phrases(v, items));
                    case "only-when-absent" -> {
                        for (String e : strings(v, "'only-when-absent' must be a list of element ids", items)) {
                            if (!elements.containsKey(e)) {
                                throw error(v, "unknown element '" + e + "' in 'only-when-absent'; known: "
                                        + known(elements.keySet()));
                            }
                            onlyWhenAbsent.add(e);
                        }
                    }
                    case "excused-only-by-numbers" -> byNumbers = bool(v);
                    case "examples" -> examples.addAll(examples(v));
                    default -> {
                    }
                }
                switch (key) {
                    case "phrases", "always-phrases", "unless", "only-when-absent" -> origins = origins.add(key, items);
                    default -> origins = origins.set(key, origin(v));
                }
            }
            if (description == null || message == null) {
                throw error(tuple.getKeyNode(), "defect '" + id + "' needs a 'description' and a 'message'");
            }
            defects.put(id, new DefectSpec(id, description, level, message, phrases, always, unless, onlyWhenAbsent,
                    byNumbers, origins, examples));
        }

        /**
         * One timeliness check: {@code off}, or its description, levels, {@code after} (left-open: a duration;
         * late-admission: severities to durations or {@code off}) and examples. Only the engine's own checks may be
         * configured: each one is code, not a pattern a team could write.
         */
        private void loadTimeliness(NodeTuple tuple) throws ChecklistException {
            String id = scalar(tuple.getKeyNode(), "a timeliness check id must be a word");
            TimelinessSpec existing = timeliness.get(id);
            if (!TimelinessSpec.IDS.contains(id)) {
                throw error(tuple.getKeyNode(), "unknown timeliness check '" + id + "'; known: "
                        + String.join(", ", TimelinessSpec.IDS));
            }
            if (existing == null && !isDefault && !(tuple.getValueNode() instanceof MappingNode m && hasKey(m, "description"))) {
                throw error(tuple.getKeyNode(), "timeliness check '" + id + "' is not in the checklist this one extends"
                        + " ('extends: none' starts without them); give it with its 'description' and 'levels'");
            }
            Origins origins = (existing == null ? Origins.NONE : existing.origins())
                    .add("timeliness", List.of(origin(tuple.getKeyNode())));
            Node value = tuple.getValueNode();
            if (value instanceof ScalarNode s) {
                if (!s.getValue().equals("off")) {
                    throw error(value, "timeliness check '" + id + "' takes 'off' or settings (" + allowed(TIMELINESS_KEYS) + ")");
                }
                timeliness.put(id, new TimelinessSpec(id, existing.description(), existing.hint(), Map.of(),
                        existing.after(), existing.afterSeverity(), origins.set("off", origin(value)), existing.examples()));
                return;
            }
            MappingNode map = mapping(value, "timeliness check '" + id + "' takes 'off' or settings ("
                    + allowed(TIMELINESS_KEYS) + ")");
            String description = existing == null ? null : existing.description();
            String hint = existing == null ? "" : existing.hint();
            Map<KindStage, Level> levels = existing == null ? new LinkedHashMap<>() : new LinkedHashMap<>(existing.levels());
            java.time.Duration after = existing == null ? null : existing.after();
            Map<String, java.time.Duration> bySeverity = existing == null ? new LinkedHashMap<>()
                    : new LinkedHashMap<>(existing.afterSeverity());
            List<Example> examples = existing == null ? new ArrayList<>() : new ArrayList<>(existing.examples());
            for (NodeTuple t : map.getValue()) {
                String key = key(t, TIMELINESS_KEYS, " for timeliness check '" + id + "'");
                Node v = t.getValueNode();
                switch (key) {
                    case "description" -> description = scalar(v, "'description' must be one line of text");
                    case "hint" -> hint = scalar(v, "'hint' must be one line of text");
                    case "levels" -> {
                        for (Map.Entry<KindStage, Node> e : levels(v, id).entrySet()) {
                            levels.put(e.getKey(), level(e.getValue()));
                            origins = origins.set("level:" + e.getKey().id(), origin(e.getValue()));
                        }
                    }
                    case "after" -> {
                        if (id.equals("late-admission")) {
                            String shape = "'after' maps severities to a time such as 1h or 30m, or to 'off'";
                            for (NodeTuple e : mapping(v, shape).getValue()) {
                                String severity = scalar(e.getKeyNode(), shape).toLowerCase(Locale.ROOT);
                                String time = scalar(e.getValueNode(), shape);
                                if (time.equals("off")) {
                                    bySeverity.remove(severity);
                                } else {
                                    bySeverity.put(severity, duration(e.getValueNode()));
                                }
                            }
                        } else if (id.equals("left-open")) {
                            after = duration(v);
                        } else {
                            throw error(t.getKeyNode(), "timeliness check '" + id + "' takes no 'after'");
                        }
                    }
                    case "examples" -> examples.addAll(examples(v));
                    default -> {
                    }
                }
                if (!key.equals("levels")) {
                    origins = origins.set(key, origin(v));
                }
            }
            if (description == null || description.isBlank()) {
                throw error(tuple.getKeyNode(), "timeliness check '" + id + "' needs a 'description'");
            }
            if (id.equals("left-open") && after == null) {
                throw error(tuple.getKeyNode(), "timeliness check 'left-open' needs 'after' (such as 14d)");
            }
            timeliness.put(id, new TimelinessSpec(id, description, hint, levels, after, bySeverity, origins, examples));
        }

        /** A duration as a team writes it: {@code 30m}, {@code 1h}, {@code 14d}, or ISO-8601 ({@code PT1H30M}). */
        private java.time.Duration duration(Node node) throws ChecklistException {
            String v = scalar(node, "a time is a number with m, h or d (30m, 1h, 14d), or ISO-8601 such as PT1H30M");
            try {
                java.time.Duration d = parseTime(v);
                if (d.isNegative() || d.isZero()) {
                    throw error(node, "the time '" + v + "' must be longer than zero");
                }
                return d;
            } catch (IllegalArgumentException e) {
                throw error(node, "'" + v + "' is not a time; write a number with m, h or d (30m, 1h, 14d),"
                        + " or ISO-8601 such as PT1H30M");
            }
        }

        /**
         * An {@code examples} map: {@code counts} and {@code does-not-count}, each a list of texts or of maps
         * with {@code text} and optionally {@code kind}, {@code stage} and {@code known-miss}.
         */
        private List<Example> examples(Node node) throws ChecklistException {
            List<Example> result = new ArrayList<>();
            String shape = "'examples' maps counts and does-not-count to lists of sentences or short notices";
            for (NodeTuple t : mapping(node, shape).getValue()) {
                String key = key(t, EXAMPLE_KEYS, " in 'examples'");
                boolean counts = key.equals("counts");
                if (!(t.getValueNode() instanceof SequenceNode list)) {
                    throw error(t.getValueNode(), "'" + key + "' must be a list of sentences or short notices");
                }
                for (Node item : list.getValue()) {
                    result.add(example(item, counts));
                }
            }
            return result;
        }

        private Example example(Node item, boolean counts) throws ChecklistException {
            if (item instanceof ScalarNode s) {
                return new Example(s.getValue(), counts, Kind.INCIDENT, Stage.RESOLVED, false, origin(item));
            }
            String shape = "an example is a text, or a map with 'text' and optionally 'kind', 'stage', 'known-miss'";
            String text = null;
            Kind kind = Kind.INCIDENT;
            Stage stage = Stage.RESOLVED;
            boolean knownMiss = false;
            java.time.Instant now = null;
            java.time.Instant published = null;
            for (NodeTuple t : mapping(item, shape).getValue()) {
                String key = key(t, EXAMPLE_FIELDS, " of an example");
                Node v = t.getValueNode();
                switch (key) {
                    case "text" -> text = scalar(v, "an example's 'text' must be text");
                    case "kind" -> {
                        kind = Kind.parse(scalar(v, "'kind' is incident, maintenance or informational"));
                        if (kind == null) {
                            throw error(v, "'kind' is incident, maintenance or informational");
                        }
                    }
                    case "stage" -> {
                        stage = Stage.parse(scalar(v, "'stage' is ongoing, resolved or postmortem"));
                        if (stage == null) {
                            throw error(v, "'stage' is ongoing, resolved or postmortem");
                        }
                    }
                    case "now" -> now = instant(v);
                    case "published" -> published = instant(v);
                    default -> knownMiss = bool(v);
                }
            }
            if (text == null || text.isBlank()) {
                throw error(item, "an example needs a 'text'");
            }
            return new Example(text, counts, kind, stage, knownMiss, origin(item), now, published);
        }

        private java.time.Instant instant(Node node) throws ChecklistException {
            String v = scalar(node, "a time such as 2026-03-02T10:30:00Z");
            try {
                return java.time.OffsetDateTime.parse(v.strip()).toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                throw error(node, "'" + v + "' is not a time such as 2026-03-02T10:30:00Z");
            }
        }

        /** The kind/stage keys of a 'levels' map, each with its value node. */
        private Map<KindStage, Node> levels(Node node, String element) throws ChecklistException {
            Map<KindStage, Node> result = new LinkedHashMap<>();
            Set<KindStage> explicit = new HashSet<>();
            for (NodeTuple t : mapping(node, "'levels' maps kind/stage (such as incident/resolved) to error, warning or off").getValue()) {
                String key = scalar(t.getKeyNode(), "a levels key is kind/stage, such as incident/resolved");
                level(t.getValueNode());
                String[] parts = key.split("/", -1);
                Kind kind = parts.length == 2 ? Kind.parse(parts[0]) : null;
                boolean anyStage = parts.length == 2 && parts[1].equals("*");
                Stage stage = parts.length == 2 && !anyStage ? Stage.parse(parts[1]) : null;
                if (kind == null || (stage == null && !anyStage)) {
                    throw error(t.getKeyNode(), "unknown kind/stage '" + key + "' for element '" + element
                            + "'; allowed: incident or maintenance, then '/', then ongoing, resolved, postmortem or *");
                }
                if (kind == Kind.INFORMATIONAL) {
                    // ElementRule never requires elements of informational notices: a level here would do nothing
                    throw error(t.getKeyNode(), "informational notices are checked for defects and placeholders only, "
                            + "not for elements; allowed kinds: incident, maintenance");
                }
                if (anyStage) {
                    for (Stage s : Stage.values()) {
                        // a stage named for itself is more specific than '*', wherever each stands in the map
                        if (!explicit.contains(new KindStage(kind, s))) {
                            result.put(new KindStage(kind, s), t.getValueNode());
                        }
                    }
                } else {
                    explicit.add(new KindStage(kind, stage));
                    result.put(new KindStage(kind, stage), t.getValueNode());
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

        private List<Phrase> phrases(Node node, List<Origin> origins) throws ChecklistException {
            if (node instanceof MappingNode m) {
                // a phrase written without its list: name a mistyped key first, as that is what the team must fix
                unknownPhraseKey(m);
                throw error(node, "phrases must be a list; put {all: [...]} in one, as [{all: [...]}]");
            }
            if (!(node instanceof SequenceNode seq)) {
                throw error(node, "phrases must be a list of regular expressions, such as [\"we will never again\"]");
            }
            List<Phrase> result = new ArrayList<>();
            for (Node item : seq.getValue()) {
                origins.add(origin(item));
                if (item instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
                    result.add(new Phrase(s.getValue(), List.of(s.getValue()), List.of(compile(s))));
                } else if (item instanceof MappingNode m && m.getValue().size() == 1
                        && m.getValue().get(0).getKeyNode() instanceof ScalarNode k && k.getValue().equals("all")) {
                    List<LinearPattern> patterns = new ArrayList<>();
                    List<String> parts = new ArrayList<>();
                    Node list = m.getValue().get(0).getValueNode();
                    if (!(list instanceof SequenceNode all) || all.getValue().isEmpty()) {
                        throw error(list, "'all' takes a list of regular expressions that must all match one sentence");
                    }
                    for (Node p : all.getValue()) {
                        if (!(p instanceof ScalarNode ps) || ps.getTag().equals(Tag.NULL)) {
                            throw error(p, "a phrase must be a regular expression in quotes");
                        }
                        patterns.add(compile(ps));
                        parts.add(ps.getValue());
                    }
                    result.add(new Phrase(String.join(" + ", parts), parts, patterns));
                } else {
                    if (item instanceof MappingNode m) {
                        unknownPhraseKey(m);
                    }
                    throw error(item, "a phrase must be a regular expression in quotes, or {all: [...]}");
                }
            }
            return result;
        }

        /** Fails at the first key of a phrase's mapping other than {@code all}, the only one a phrase takes. */
        private void unknownPhraseKey(MappingNode m) throws ChecklistException {
            for (NodeTuple t : m.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : String.valueOf(t.getKeyNode().getTag());
                if (!key.equals("all")) {
                    throw error(t.getKeyNode(), "unknown key '" + key + "' in a phrase; allowed: all");
                }
            }
        }

        private LinearPattern compile(ScalarNode node) throws ChecklistException {
            String expanded = expand(node);
            try {
                // java.util.regex decides what is well formed, with its messages; RE2/J then runs it
                Pattern.compile(expanded, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (PatternSyntaxException e) {
                throw error(node, "the regular expression '" + node.getValue() + "' does not compile: "
                        + e.getDescription() + " near index " + e.getIndex());
            }
            // what a team writes itself has no lookaround; the default checklist's, reviewed with the plugin, may
            // keep its own, in its vocabulary or in a phrase copied from it (the checklist goal prints them)
            if (!isDefault && !defaultParts().contains(node.getValue())) {
                linearAsWritten(node, "phrase '" + shortened(node.getValue()) + "'", node.getValue());
            }
            try {
                return LinearPattern.compile(expanded, true);
            } catch (LinearPattern.Unsupported e) {
                throw error(node, "phrase '" + shortened(node.getValue()) + "' " + e.getMessage());
            }
        }

        /** Refuses what RE2/J cannot run in linear time in a team's own text (vocabulary names stand for nothing). */
        private void linearAsWritten(Node node, String what, String text) throws ChecklistException {
            try {
                LinearPattern.compile(REFERENCE.matcher(text).replaceAll("(?:)"), false);
            } catch (LinearPattern.Unsupported e) {
                throw error(node, what + " " + e.getMessage());
            }
        }

        /** The default checklist's patterns as written. */
        private static Set<String> defaultParts() {
            Set<String> parts = DEFAULT_PARTS;
            if (parts == null) {
                Checklist d = defaults();
                Set<String> all = new java.util.HashSet<>();
                java.util.function.Consumer<List<Phrase>> add = list -> list.forEach(p -> all.addAll(p.parts()));
                d.elements().forEach(e -> {
                    add.accept(e.phrases());
                    add.accept(e.unless());
                    add.accept(e.ongoingPhrases());
                });
                d.defects().forEach(x -> {
                    add.accept(x.phrases());
                    add.accept(x.alwaysPhrases());
                    add.accept(x.unless());
                });
                d.markers().values().forEach(add);
                parts = Set.copyOf(all);
                DEFAULT_PARTS = parts;
            }
            return parts;
        }

        private String expand(ScalarNode node) throws ChecklistException {
            String pattern = node.getValue();
            for (int depth = 0; depth < 5 && pattern.contains("{"); depth++) {
                Matcher m = REFERENCE.matcher(pattern);
                StringBuilder sb = new StringBuilder();
                boolean changed = false;
                while (m.find()) {
                    String ref = vocabulary.get(m.group(1));
                    if (ref == null) {
                        throw error(node, "unknown vocabulary name '{" + m.group(1) + "}'; defined: "
                                + String.join(", ", vocabulary.keySet()));
                    }
                    // checked before appending: names that name each other grow the text geometrically, and a
                    // 1 kB file would fill the heap before any later check could run
                    if (sb.length() + ref.length() > MAX_EXPANDED) {
                        throw tooLong(node, m.group(1));
                    }
                    m.appendReplacement(sb, Matcher.quoteReplacement("(?:" + ref + ")"));
                    changed = true;
                }
                m.appendTail(sb);
                if (sb.length() > MAX_EXPANDED) {
                    throw tooLong(node, null);
                }
                pattern = sb.toString();
                if (!changed) {
                    break;
                }
            }
            return pattern;
        }

        private ChecklistException tooLong(ScalarNode node, String name) {
            return error(node, "phrase '" + shortened(node.getValue()) + "' expands to more than " + MAX_EXPANDED
                    + " characters of regular expression" + (name == null ? "" : " (vocabulary '{" + name
                    + "}' and the names it uses are repeated at every level)")
                    + "; name fewer vocabulary entries inside each other");
        }

        /** A phrase as a message quotes it: long ones cut, so the message stays one readable line. */
        private static String shortened(String phrase) {
            return phrase.length() <= 60 ? phrase : phrase.substring(0, 57) + "...";
        }

        private List<String> strings(Node node, String expected, List<Origin> origins) throws ChecklistException {
            if (!(node instanceof SequenceNode seq)) {
                throw error(node, expected);
            }
            List<String> result = new ArrayList<>();
            for (Node item : seq.getValue()) {
                result.add(scalar(item, expected));
                origins.add(origin(item));
            }
            return result;
        }

        private String key(NodeTuple tuple, Set<String> allowed, String where) throws ChecklistException {
            String key = scalar(tuple.getKeyNode(), "keys must be plain words");
            if (!allowed.contains(key)) {
                throw error(tuple.getKeyNode(), "unknown key '" + key + "'" + where + "; allowed: " + allowed(allowed));
            }
            return key;
        }

        private static boolean hasKey(MappingNode map, String key) {
            return map.getValue().stream().anyMatch(t -> t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key));
        }

        private static String allowed(Set<String> keys) {
            return String.join(", ", new TreeSet<>(keys));
        }

        private static String known(Set<String> ids) {
            return ids.isEmpty() ? "none (the checklist starts empty with 'extends: none')" : String.join(", ", ids);
        }

        private MappingNode mapping(Node node, String expected) throws ChecklistException {
            if (node instanceof MappingNode m) {
                return m;
            }
            throw error(node, expected);
        }

        private String scalar(Node node, String expected) throws ChecklistException {
            if (node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
                return s.getValue();
            }
            throw error(node, expected);
        }

        private Origin origin(Node node) {
            return new Origin(file, SafeYaml.line(node, 1));
        }

        private ChecklistException error(Node node, String message) {
            return new ChecklistException(file, SafeYaml.line(node, 1), SafeYaml.column(node), message);
        }
    }
}
