package io.github.incidentnotice.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the labels of {@code ../shared/corpus} ({@code status/labels.yaml} and {@code longform/labels.yaml}). */
public final class LabelledCorpus {

    private LabelledCorpus() {
    }

    /**
     * The organisation of a notice as the corpus README defines it: its folder under {@code status/}, or the
     * part of a long-form file name before the first {@code --}.
     */
    static String organisation(String sub, String file) {
        if (sub.equals("status")) {
            int slash = file.indexOf('/');
            return "status/" + (slash < 0 ? file : file.substring(0, slash));
        }
        String base = file.substring(file.lastIndexOf('/') + 1);
        int dashes = base.indexOf("--");
        return "longform/" + (dashes < 0 ? base : base.substring(0, dashes));
    }

    @SuppressWarnings("unchecked")
    public static List<LabelledNotice> read(Path corpus) throws IOException {
        List<LabelledNotice> labels = new ArrayList<>();
        for (String sub : List.of("status", "longform")) {
            Path file = corpus.resolve(sub).resolve("labels.yaml");
            if (!Files.exists(file)) {
                continue;
            }
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            List<Map<String, Object>> entries = yaml.load(Files.readString(file, StandardCharsets.UTF_8));
            for (Map<String, Object> e : entries) {
                String relative = String.valueOf(e.get("file"));
                String name = sub + "/" + relative;
                Map<String, String> elements = new LinkedHashMap<>();
                ((Map<String, Object>) e.get("elements")).forEach((k, v) -> elements.put(k, String.valueOf(v)));
                Map<String, String> evidence = new LinkedHashMap<>();
                if (e.get("evidence") instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> evidence.put(String.valueOf(k), String.valueOf(v)));
                }
                List<String> defects = e.get("defects") == null ? List.of() : (List<String>) e.get("defects");
                labels.add(new LabelledNotice(corpus.resolve(name), name, organisation(sub, relative),
                        String.valueOf(e.get("kind")), String.valueOf(e.get("stage")), elements, evidence, defects,
                        String.valueOf(e.get("verdict"))));
            }
        }
        return labels;
    }
}
