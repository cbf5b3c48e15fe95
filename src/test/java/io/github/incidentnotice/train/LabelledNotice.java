package io.github.incidentnotice.train;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One labelled notice of the corpus: what a careful reader said of it ({@code LABELING.md}) and the
 * organisation it comes from, by which scores are held out.
 */
public record LabelledNotice(Path file, String name, String organisation, String kind, String stage,
                             Map<String, String> elements, Map<String, String> evidence, List<String> defects,
                             String verdict) {

    public boolean present(String element) {
        return "present".equals(elements.get(element));
    }
}
