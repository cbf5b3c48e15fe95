package io.github.incidentnotice.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The fitted models of the detector, one per element, as the trainer wrote them: a text of lines
 * {@code model<TAB>threshold}, an optional {@code model<TAB>#with-rules<TAB>true}, then
 * {@code model<TAB>feature<TAB>weight}, sorted, so the file can be read, printed and compared. The default one
 * ships with the plugin and is read on first use.
 */
public final class DetectorModel {

    /** The resource the plugin ships (gzip), written by the trainer. */
    public static final String RESOURCE = "/io/github/incidentnotice/detector-model.tsv.gz";

    /** The line that says an element is present also when the checklist's headings and phrases find it. */
    static final String WITH_RULES = "#with-rules";

    /** The line with a model's section thresholds: heading, content, and content under a checklist heading. */
    static final String SECTIONS = "#sections";

    /** The line that holds a value the trainer chose: {@code name<TAB>#value<TAB>number}. */
    static final String VALUE = "#value";

    private final Map<String, LinearModel> models;
    private final Map<String, Double> parameters;
    /** Each model's position in {@link #models}, and each feature's weight in every model at those positions. */
    private final Map<String, Integer> positions = new java.util.HashMap<>();
    private final Map<String, double[]> byFeature = new java.util.HashMap<>();

    public DetectorModel(Map<String, LinearModel> models) {
        this(models, Map.of());
    }

    /** A model with values the trainer chose beside the weights (see {@link Detector#parameter}). */
    public DetectorModel(Map<String, LinearModel> models, Map<String, Double> parameters) {
        this.parameters = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(parameters));
        this.models = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(models));
        // a sentence is scored by every model: one lookup per feature for all of them, not one per model
        for (Map.Entry<String, LinearModel> m : this.models.entrySet()) {
            int k = positions.size();
            for (Map.Entry<String, Double> w : m.getValue().weights().entrySet()) {
                byFeature.computeIfAbsent(w.getKey(), f -> new double[this.models.size()])[k] = w.getValue();
            }
            positions.put(m.getKey(), k);
        }
    }

    /** The position of a model in the scores {@link #scores} gives, or -1 when there is none of that name. */
    public int position(String name) {
        return positions.getOrDefault(name, -1);
    }

    /**
     * Every model's log-odds for every sentence ({@code [sentence][position]}), each the same sum
     * {@link LinearModel#score} makes, in the same order.
     */
    public double[][] scores(String[][] features) {
        double[][] z = new double[features.length][models.size()];
        for (int i = 0; i < features.length; i++) {
            double[] zi = z[i];
            for (String f : features[i]) {
                double[] w = byFeature.get(f);
                if (w != null) {
                    for (int k = 0; k < zi.length; k++) {
                        zi[k] += w[k];
                    }
                }
            }
        }
        return z;
    }

    /** Reads the model shipped with the plugin (the {@link Detector} keeps it once read). */
    static DetectorModel readShipped() {
        try (InputStream in = DetectorModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the plugin's detector model " + RESOURCE + " is missing");
            }
            return read(new GZIPInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the detector model " + RESOURCE, e);
        }
    }

    public Optional<LinearModel> model(String name) {
        return Optional.ofNullable(models.get(name));
    }

    public Map<String, LinearModel> models() {
        return models;
    }

    public Map<String, Double> parameters() {
        return parameters;
    }

    /** The same models with one more chosen value. */
    public DetectorModel withParameter(String name, double value) {
        Map<String, Double> p = new java.util.TreeMap<>(parameters);
        p.put(name, value);
        return new DetectorModel(models, p);
    }

    /** Reads the text form ({@link #write}). */
    public static DetectorModel read(InputStream in) throws IOException {
        Map<String, Double> thresholds = new LinkedHashMap<>();
        Map<String, Map<String, Double>> weights = new LinkedHashMap<>();
        Map<String, Boolean> withRules = new java.util.HashMap<>();
        Map<String, LinearModel.Sections> sections = new java.util.HashMap<>();
        Map<String, Double> parameters = new java.util.TreeMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = r.readLine()) != null) {
            number++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            try {
                if (parts.length == 2) {
                    thresholds.put(parts[0], Double.parseDouble(parts[1]));
                    weights.computeIfAbsent(parts[0], k -> new java.util.HashMap<>());
                } else if (parts.length == 3 && parts[1].equals(WITH_RULES)) {
                    withRules.put(parts[0], parts[2].equals("true"));
                } else if (parts.length == 3 && parts[1].equals(VALUE)) {
                    parameters.put(parts[0], Double.parseDouble(parts[2]));
                } else if (parts.length == 3 && parts[1].equals(SECTIONS)) {
                    String[] t = parts[2].split(" ");
                    if (t.length != 3) {
                        throw new IOException("detector model line " + number + ": expected three section thresholds");
                    }
                    sections.put(parts[0], new LinearModel.Sections(Double.parseDouble(t[0]), Double.parseDouble(t[1]),
                            Double.parseDouble(t[2])));
                } else if (parts.length == 3) {
                    weights.computeIfAbsent(parts[0], k -> new java.util.HashMap<>())
                            .put(parts[1], Double.parseDouble(parts[2]));
                } else {
                    throw new IOException("detector model line " + number + ": expected 2 or 3 fields");
                }
            } catch (NumberFormatException e) {
                throw new IOException("detector model line " + number + ": " + e.getMessage(), e);
            }
        }
        Map<String, LinearModel> models = new LinkedHashMap<>();
        for (Map.Entry<String, Double> t : thresholds.entrySet()) {
            models.put(t.getKey(), new LinearModel(weights.get(t.getKey()), t.getValue(),
                    withRules.getOrDefault(t.getKey(), false),
                    sections.getOrDefault(t.getKey(), LinearModel.Sections.NONE)));
        }
        return new DetectorModel(models, parameters);
    }

    /** Writes the text form: models in order, each threshold first, then its weights sorted by feature. */
    public void write(Writer out) throws IOException {
        out.write("# incident-notice detector model: model<TAB>threshold, model<TAB>#with-rules<TAB>true when the rules"
                + " count beside it, model<TAB>#sections<TAB>heading content rule-content thresholds, then"
                + " model<TAB>feature<TAB>weight; name<TAB>#value<TAB>number for a value the trainer chose\n");
        for (Map.Entry<String, Double> p : parameters.entrySet()) {
            out.write(p.getKey() + "\t" + VALUE + "\t" + number(p.getValue()) + "\n");
        }
        for (Map.Entry<String, LinearModel> m : models.entrySet()) {
            out.write(m.getKey() + "\t" + number(m.getValue().threshold()) + "\n");
            if (m.getValue().withRules()) {
                out.write(m.getKey() + "\t" + WITH_RULES + "\ttrue\n");
            }
            LinearModel.Sections s = m.getValue().sections();
            if (!s.equals(LinearModel.Sections.NONE)) {
                out.write(m.getKey() + "\t" + SECTIONS + "\t" + number(s.heading()) + " " + number(s.content()) + " "
                        + number(s.ruleContent()) + "\n");
            }
            for (Map.Entry<String, Double> w : new TreeMap<>(m.getValue().weights()).entrySet()) {
                out.write(m.getKey() + "\t" + w.getKey() + "\t" + number(w.getValue()) + "\n");
            }
        }
    }

    /** The weights of one model, heaviest first, for a reader who wants to see what it learned. */
    public List<String> describe(String name, int top) {
        LinearModel m = models.get(name);
        List<String> lines = new ArrayList<>();
        if (m == null) {
            return lines;
        }
        LinearModel.Sections s = m.sections();
        lines.add(name + ": threshold " + number(m.threshold()) + (m.withRules() ? ", or the checklist's rules" : "")
                + (s.heading() <= 1 ? ", or a heading at " + number(s.heading()) + " over content at " + number(s.content()) : "")
                + (s.ruleContent() > 0 ? ", checklist headings need content at " + number(s.ruleContent()) : "")
                + ", " + m.weights().size() + " features");
        m.weights().entrySet().stream()
                .sorted((a, b) -> Double.compare(Math.abs(b.getValue()), Math.abs(a.getValue())))
                .limit(top).forEach(e -> lines.add(String.format(Locale.ROOT, "  %+8.4f  %s", e.getValue(), e.getKey())));
        return lines;
    }

    static String number(double d) {
        return String.format(Locale.ROOT, "%.5g", d);
    }
}
