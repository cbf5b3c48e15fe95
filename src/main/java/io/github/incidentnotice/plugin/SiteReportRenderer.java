package io.github.incidentnotice.plugin;

import java.util.Map;

import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.report.ElementMark;
import io.github.incidentnotice.report.ReportSummary;
import org.apache.maven.doxia.sink.Sink;

/**
 * Renders a check result as Doxia sink events for the site: the content of the HTML report (summary, notices worst
 * first with verdict, element marks and findings, the checklist's elements) in the site's own look. The sink
 * escapes all text.
 */
final class SiteReportRenderer {

    private final Sink sink;
    private final Checklist checklist;
    private final String version;
    private final String note;

    SiteReportRenderer(Sink sink, Checklist checklist, String version, String note) {
        this.sink = sink;
        this.checklist = checklist;
        this.version = version;
        this.note = note;
    }

    void render(CheckResult result) {
        sink.head();
        sink.title();
        sink.text("Incident notices");
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text("Incident notices");
        sink.sectionTitle1_();
        paragraph("Checked against the " + result.checklistName() + " checklist by incident-notice-maven-plugin "
                + version + ".");
        if (note != null) {
            paragraph(note);
        }
        summary(ReportSummary.of(result));
        if (result.notices().isEmpty()) {
            paragraph("No notices were checked.");
        }
        for (NoticeResult notice : ReportSummary.worstFirst(result)) {
            notice(notice);
        }
        legend();
        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }

    private void summary(ReportSummary s) {
        sink.table();
        sink.tableRows();
        row(true, "Notices", "Passed", "Failed", "Errors", "Warnings", "Waivers");
        row(false, String.valueOf(s.notices()), String.valueOf(s.passed()), String.valueOf(s.failed()),
                String.valueOf(s.errors()), String.valueOf(s.warnings()), String.valueOf(s.waivers()));
        sink.tableRows_();
        sink.table_();
    }

    private void notice(NoticeResult notice) {
        sink.section2();
        sink.sectionTitle2();
        sink.text(ReportSummary.verdict(notice).toUpperCase(java.util.Locale.ROOT) + ": " + ReportSummary.name(notice));
        sink.sectionTitle2_();
        if (notice.title() != null) {
            // the title is what a reader knows the notice by; the file is where to fix it
            paragraph(notice.file());
        }
        paragraph(notice.kind().id() + " \u00b7 " + notice.stage().id()
                + (notice.inferred() ? " (kind or stage inferred from the text)" : "")
                + (notice.personalData() ? " \u00b7 personal data" : "")
                + " \u00b7 " + plural(notice.errors(), "error") + ", " + plural(notice.warnings(), "warning"));
        StringBuilder marks = new StringBuilder();
        for (Map.Entry<String, ElementMark> m : ElementMark.all(notice, checklist).entrySet()) {
            if (marks.length() > 0) {
                marks.append("   ");
            }
            marks.append(m.getValue().symbol()).append(' ').append(m.getKey()).append(' ').append(m.getValue().label());
        }
        paragraph(marks.toString());
        if (notice.findings().isEmpty()) {
            paragraph("No findings.");
        } else {
            sink.table();
            sink.tableRows();
            row(true, "Line", "Level", "Rule", "Message", "Excerpt");
            for (Finding f : notice.findings()) {
                row(false, f.line() + ":" + f.column(), f.level().id(), f.rule(), f.message(), f.excerpt());
            }
            sink.tableRows_();
            sink.table_();
        }
        sink.section2_();
    }

    private void legend() {
        sink.section2();
        sink.sectionTitle2();
        sink.text("The checklist's elements");
        sink.sectionTitle2_();
        sink.table();
        sink.tableRows();
        row(true, "Element", "What good looks like");
        for (ElementSpec e : checklist.elements()) {
            row(false, e.id(), java.util.Objects.toString(e.description(), "") + (e.hint() == null || e.hint().isBlank() ? ""
                    : " " + Character.toUpperCase(e.hint().strip().charAt(0)) + e.hint().strip().substring(1)));
        }
        sink.tableRows_();
        sink.table_();
        sink.paragraph();
        sink.text("Marks: \u2713 present, \u2717 absent where required, ~ waived with a reason, "
                + "\u2013 not required for this kind and stage.");
        sink.paragraph_();
        sink.section2_();
    }

    private void row(boolean header, String... cells) {
        sink.tableRow();
        for (String cell : cells) {
            if (header) {
                sink.tableHeaderCell();
            } else {
                sink.tableCell();
            }
            sink.text(cell == null ? "" : cell);
            if (header) {
                sink.tableHeaderCell_();
            } else {
                sink.tableCell_();
            }
        }
        sink.tableRow_();
    }

    private void paragraph(String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
