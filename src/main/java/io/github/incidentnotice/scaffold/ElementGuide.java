package io.github.incidentnotice.scaffold;

import java.util.Map;
import java.util.Optional;

import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.parse.NoticeReader;
import io.github.incidentnotice.rules.HeadingMatcher;
import io.github.incidentnotice.rules.PlaceholderGuide;

/**
 * The heading and the one-line guide a scaffold writes for an element. The guide starts with
 * {@code TODO (<element>):} so that the check's {@code placeholder} defect reports it, naming the element,
 * until it is replaced.
 */
public final class ElementGuide {

    /** What every guide line starts with; the default checklist reports it as a placeholder. */
    public static final String MARKER = "TODO";

    /**
     * Headings a customer reads in a published notice, for the default elements; each is used only while the
     * element's checklist wordings still count it, so a team's own wordings never leave a heading unread.
     */
    private static final Map<String, String> CUSTOMER_HEADINGS = Map.of(
            "what-happened", "What happened",
            "impact", "Who was affected",
            "customer-action", "What you need to do",
            "fix", "What we did to fix it",
            "prevention", "What we're doing so it doesn't happen again",
            "thanks", "Thank you",
            "make-good", "Service credits",
            "next-update", "Next update",
            "breach-details", "What data was affected");

    private ElementGuide() {
    }

    /**
     * The heading for the element's section: a customer's wording the checklist counts, else the checklist's
     * first wording; empty for an element without headings (admission, apology), which the opening paragraph states.
     */
    public static Optional<String> heading(ElementSpec element) {
        String customer = CUSTOMER_HEADINGS.get(element.id());
        if (customer != null && HeadingMatcher.matches(element.headings(), NoticeReader.normalizeHeading(customer))) {
            return Optional.of(customer);
        }
        if (!element.headings().isEmpty()) {
            String first = oneLine(element.headings().get(0));
            if (!first.isEmpty() && !HeadingMatcher.isWords(first)) {
                return Optional.of(first);
            }
        }
        return Optional.empty();
    }

    /** The guide line: the element it is for, and what good looks like, taken from the checklist so a team's own wording shows. */
    public static String guide(ElementSpec element) {
        String description = element.description() == null ? "" : oneLine(element.description());
        if (description.isEmpty()) {
            description = "write the " + element.id() + " here.";
        }
        return PlaceholderGuide.line(MARKER, element.id(), description);
    }

    /** A guide is one line of plain text: breaks and control characters would move it off its heading. */
    static String oneLine(String text) {
        return text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}\\s]+", " ").strip();
    }
}
