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

    /**
     * The path under which its team publishes the notice: the corpus keeps a long-form file as
     * {@code owner-name--original-file-name}, and the engine reads it under {@code owner-name/original-file-name},
     * so a Jekyll post's date in its file name is there as on its own site.
     */
    public String publishedName() {
        int cut = name.lastIndexOf("--");
        return cut < 0 ? name : name.substring(0, cut) + "/" + name.substring(cut + 2);
    }

    public boolean present(String element) {
        return "present".equals(elements.get(element));
    }
}
