package io.github.incidentnotice.scaffold;

import java.util.List;
import java.util.Locale;

import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.parse.NoticeReader;
import io.github.incidentnotice.rules.HeadingMatcher;

/**
 * The heading and the one-line guide a scaffold writes for an element. The guide starts with
 * {@code TODO:} so that the check's {@code placeholder} defect reports it until it is replaced.
 */
public final class ElementGuide {

    /** What every guide line starts with; the default checklist reports it as a placeholder. */
    public static final String MARKER = "TODO: ";

    private ElementGuide() {
    }

    /** The element's first heading wording, or its id in words when the checklist has none (admission, apology). */
    public static String heading(ElementSpec element) {
        if (!element.headings().isEmpty()) {
            return oneLine(element.headings().get(0));
        }
        String words = element.id().replace('-', ' ').replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** The guide line: what good looks like, taken from the checklist so a team's own wording shows. */
    public static String guide(ElementSpec element) {
        String description = element.description() == null ? "" : oneLine(element.description());
        if (description.isEmpty()) {
            description = "write the " + element.id() + " here.";
        }
        return MARKER + description;
    }

    /** Whether a heading (as normalized by the reader) introduces this element, by the checklist or by the scaffold. */
    public static boolean introduces(ElementSpec element, String normalizedHeading) {
        return HeadingMatcher.matches(element.headings(), normalizedHeading)
                || NoticeReader.normalizeHeading(heading(element)).equals(normalizedHeading);
    }

    /** A guide is one line of plain text: breaks and control characters would move it off its heading. */
    static String oneLine(String text) {
        return text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}\\s]+", " ").strip();
    }
}
