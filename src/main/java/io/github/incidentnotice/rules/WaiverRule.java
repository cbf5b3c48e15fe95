package io.github.incidentnotice.rules;

import java.util.List;

import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.parse.FrontMatter;

/**
 * Reports a waiver that names no element, an unknown element, or gives no reason ({@code waiver}). A waiver may also
 * name a timeliness check ({@code late-admission}, {@code left-open}, ...), which then does not run on the notice.
 */
public final class WaiverRule implements NoticeRule {

    public static final String ID = "waiver";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(NoticeAnalysis analysis, List<Finding> findings) {
        String file = analysis.notice().file();
        for (FrontMatter.Waiver w : analysis.notice().frontMatter().waivers()) {
            String message = null;
            if (w.found() != null) {
                message = "waive must be a list of waivers, each with an element and a reason: " + expected(
                        analysis.notice().frontMatter().format()) + "; found " + w.found();
            } else if (w.element() == null || w.element().isBlank()) {
                message = "a waiver must name an element: write '- element: make-good' with a 'reason'";
            } else if (analysis.checklist().element(w.element()).isEmpty()
                    && analysis.checklist().timeliness(w.element()).isEmpty()) {
                message = "the waiver names unknown element '" + w.element() + "'; known: "
                        + String.join(", ", analysis.checklist().elements().stream().map(e -> e.id()).toList());
            } else if (w.reason() == null || w.reason().isBlank()) {
                message = "the waiver of '" + w.element() + "' has no reason; add 'reason:' saying why it does not apply here";
            }
            if (message != null) {
                findings.add(new Finding(ID, w.element(), Level.ERROR, file, w.line(), w.column(), message,
                        w.element() == null ? "" : w.element()));
            }
        }
    }

    /** The shape of a waiver in the notice's own front matter format, as the notice format page shows it. */
    private static String expected(String format) {
        return switch (format) {
            case "toml" -> "[[waive]] with element = \"make-good\" and reason = \"...\"";
            case "json" -> "\"waive\": [{\"element\": \"make-good\", \"reason\": \"...\"}]";
            default -> "'waive:' then '- element: make-good' and 'reason: ...'";
        };
    }

    /** Whether the notice validly waives an element (named, known, with a reason). */
    public static boolean waives(NoticeAnalysis analysis, String element) {
        for (FrontMatter.Waiver w : analysis.notice().frontMatter().waivers()) {
            if (element.equals(w.element()) && w.reason() != null && !w.reason().isBlank()) {
                return true;
            }
        }
        return false;
    }
}
