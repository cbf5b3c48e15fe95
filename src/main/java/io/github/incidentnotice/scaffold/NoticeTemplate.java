package io.github.incidentnotice.scaffold;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.KindStage;

/**
 * Renders a new notice: front matter filled from the options, then for every element its kind and
 * status require (from the effective checklist) a one-line guide: in the opening paragraph for an element
 * without headings, else under a heading a customer would read.
 */
public final class NoticeTemplate {

    private final Checklist checklist;

    public NoticeTemplate(Checklist checklist) {
        this.checklist = checklist;
    }

    public Scaffold render(NewNotice notice) {
        KindStage kindStage = new KindStage(notice.kind(), notice.status().stage());
        StringBuilder text = new StringBuilder();
        text.append("---\n");
        text.append("title: ").append(YamlScalar.of(notice.title())).append('\n');
        text.append("date: ").append(DateTimeFormatter.ISO_INSTANT.format(notice.date())).append('\n');
        text.append("status: ").append(notice.status().id()).append('\n');
        text.append("kind: ").append(notice.kind().id()).append('\n');
        text.append("severity: ").append(YamlScalar.of(notice.severity())).append('\n');
        text.append("personal-data: ").append(notice.personalData()).append('\n');
        text.append("---\n");
        List<ElementSpec> elements = new ArrayList<>();
        // what has no heading of its own (owning the problem, the apology) is the opening paragraph, as in a good notice
        List<ElementSpec> applicable = ApplicableElements.of(checklist, kindStage, notice.personalData(), notice.severity());
        applicable.stream().filter(e -> ElementGuide.heading(e).isEmpty()).forEach(elements::add);
        applicable.stream().filter(e -> ElementGuide.heading(e).isPresent()).forEach(elements::add);
        List<Integer> guides = new ArrayList<>();
        appendSections(text, elements, guides);
        String fileName = DateTimeFormatter.ISO_LOCAL_DATE.format(notice.date()) + "-" + Slugger.slug(notice.title()) + ".md";
        return new Scaffold(fileName, text.toString(), guides, kindStage, notice.status());
    }

    /**
     * Appends a guide per element to text that ends with a line break, under the element's heading or, for
     * one without, as a paragraph of its own, recording the 1-based line of each guide.
     */
    static void appendSections(StringBuilder text, List<ElementSpec> elements, List<Integer> guideLines) {
        int line = (int) text.chars().filter(c -> c == '\n').count();
        for (ElementSpec e : elements) {
            text.append('\n');
            line++;
            var heading = ElementGuide.heading(e);
            if (heading.isPresent()) {
                text.append("## ").append(heading.get()).append('\n');
                line++;
            }
            text.append(ElementGuide.guide(e)).append('\n');
            line++;
            guideLines.add(line);
        }
    }
}
