package io.github.incidentnotice.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.incidentnotice.model.Citation;
import io.github.incidentnotice.model.ElementDecision;
import io.github.incidentnotice.model.ElementState;
import io.github.incidentnotice.model.NoticeExplanation;

/**
 * Formats a {@link NoticeExplanation} as console lines: a heading line for the notice, then one line per element
 * with its decision, level, what decided it and where, the model's best sentence with its probability and the
 * threshold. Text from the notice is made safe as in {@link ConsoleFormatter}.
 */
public final class ExplanationFormatter {

    private ExplanationFormatter() {
    }

    public static List<String> lines(NoticeExplanation explanation) {
        List<String> lines = new ArrayList<>();
        lines.add("Explain " + ConsoleFormatter.safe(explanation.file(), 300) + ": " + explanation.kind().id() + ", "
                + explanation.stage().id() + (explanation.inferred() ? " (inferred from the text)" : " (from the front matter)"));
        int width = explanation.elements().stream().mapToInt(d -> d.element().length()).max().orElse(0);
        for (ElementDecision d : explanation.elements()) {
            lines.add("  " + pad(d.element(), width) + "  " + pad(d.state().id(), 7) + "  " + pad(d.level().id(), 7)
                    + "  " + decision(d));
        }
        return lines;
    }

    private static String decision(ElementDecision d) {
        StringBuilder sb = new StringBuilder();
        if (d.state() == ElementState.PRESENT) {
            sb.append(d.basis()).append(' ').append(cited(d.decidedBy()));
            if (!Double.isNaN(d.probability())) {
                sb.append(String.format(Locale.ROOT, " p=%.2f", d.probability()));
            }
        } else if (d.state() == ElementState.WAIVED) {
            sb.append("waived in the front matter");
        } else if (d.closest() != null) {
            sb.append("closest ").append(cited(d.closest().at())).append(" (")
                    .append(ConsoleFormatter.safe(d.closest().reason(), 120)).append(')');
        } else {
            sb.append("nothing came close");
        }
        if (d.modelBest() != null) {
            sb.append(String.format(Locale.ROOT, "; model's best %d:%d p=%.2f", d.modelBest().line(),
                    d.modelBest().column(), d.modelBestScore()));
        }
        if (!Double.isNaN(d.threshold())) {
            sb.append(d.threshold() >= 1 ? "; threshold 1.00 (the checklist's wording decides)"
                    : String.format(Locale.ROOT, "; threshold %.2f", d.threshold()));
        } else {
            sb.append("; no model (the checklist's wording decides)");
        }
        return sb.toString();
    }

    private static String cited(Citation c) {
        return c.line() + ":" + c.column() + " \"" + ConsoleFormatter.safe(c.excerpt(), 80) + "\"";
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
