package io.github.incidentnotice.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.incidentnotice.detect.LinearModel;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.parse.Section;
import io.github.incidentnotice.parse.Sentence;

/**
 * Which element an unreplaced placeholder stands for: the one it names ({@code TODO (apology): ...}, as the
 * scaffold writes its guides), else one whose heading is over it ({@code ## Impact} over {@code TBD}). Such a
 * placeholder is the element's only candidate, so it is reported once, as a placeholder naming the element,
 * and not again as the element missing.
 */
public final class PlaceholderGuide {

    /** A marker word, the element's id in brackets, a colon: "TODO (next-update):". */
    private static final Pattern NAMED = Pattern.compile("^\\W*[A-Za-z]+\\s*\\(\\s*([a-z0-9][a-z0-9_-]*)\\s*\\)\\s*:");

    private PlaceholderGuide() {
    }

    /** A guide line for an element, in the form this class reads back. */
    public static String line(String marker, String elementId, String guide) {
        return marker + " (" + elementId + "): " + guide;
    }

    /** The element id a guide line names, if it is written as {@link #line} writes one. */
    public static Optional<String> named(String text) {
        Matcher m = NAMED.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The element a placeholder sentence of the analysed notice stands for, among those the notice's kind and
     * stage require: the one it names, else the first whose heading (by the checklist's wordings, or read by
     * the element's model) introduces the innermost section holding it.
     */
    static Optional<ElementSpec> standsFor(NoticeAnalysis analysis, int index) {
        Sentence sentence = analysis.notice().sentences().get(index);
        Optional<String> named = named(analysis.plainText(index));
        if (named.isPresent()) {
            return analysis.checklist().element(named.get()).filter(e -> applies(analysis, e));
        }
        Section section = innermost(analysis.notice().sections(), sentence);
        if (section == null) {
            return Optional.empty();
        }
        for (ElementSpec e : analysis.checklist().elements()) {
            if (applies(analysis, e) && headedBy(analysis, e, section)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static boolean applies(NoticeAnalysis analysis, ElementSpec e) {
        return analysis.level(e) != Level.OFF;
    }

    private static boolean headedBy(NoticeAnalysis analysis, ElementSpec e, Section section) {
        if (HeadingMatcher.matches(e.headings(), section.normalizedHeading())) {
            return true;
        }
        Optional<LinearModel> model = analysis.model(e);
        if (model.isEmpty() || model.get().sections().heading() > 1) {
            return false;
        }
        int h = analysis.headingSentence(section);
        return h >= 0 && analysis.unfilteredProbability(e, h) >= model.get().sections().heading();
    }

    /** The last section (sections come in order, a subsection after its parent) whose content holds the sentence. */
    private static Section innermost(List<Section> sections, Sentence sentence) {
        Section found = null;
        for (Section s : sections) {
            for (Sentence c : s.content()) {
                if (c == sentence) {
                    found = s;
                    break;
                }
            }
        }
        return found;
    }
}
