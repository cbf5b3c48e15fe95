package io.github.incidentnotice.report;

import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.ElementState;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.KindStage;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.NoticeResult;

/**
 * How the human-readable reports mark one checklist element of one notice: stated, missing where it is
 * required, waived with a reason, or missing where the notice's kind and stage do not require it.
 */
public enum ElementMark {
    PRESENT("present", "\u2713"),
    ABSENT("absent", "\u2717"),
    WAIVED("waived", "~"),
    NOT_REQUIRED("not required", "\u2013");

    private final String label;
    private final String symbol;

    ElementMark(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    /** The words shown beside the symbol (the symbol alone must never carry the meaning). */
    public String label() {
        return label;
    }

    public String symbol() {
        return symbol;
    }

    /** A CSS-friendly name: {@code present}, {@code absent}, {@code waived}, {@code not-required}. */
    public String cssClass() {
        return label.replace(' ', '-');
    }

    /** The mark of one element of a notice. */
    public static ElementMark of(NoticeResult notice, ElementSpec element) {
        ElementState state = notice.elements().getOrDefault(element.id(), ElementState.ABSENT);
        if (state == ElementState.PRESENT) {
            return PRESENT;
        }
        if (state == ElementState.WAIVED) {
            return WAIVED;
        }
        return levelOf(notice, element) == Level.OFF ? NOT_REQUIRED : ABSENT;
    }

    /**
     * The level at which the notice requires the element: as the engine recorded it, else derived from the
     * checklist (a result read back without levels cannot know the severity, so severity limits are ignored).
     */
    public static Level levelOf(NoticeResult notice, ElementSpec element) {
        Level recorded = notice.levels().get(element.id());
        if (recorded != null) {
            return recorded;
        }
        if (notice.kind() == Kind.INFORMATIONAL || (element.onlyWithPersonalData() && !notice.personalData())) {
            return Level.OFF;
        }
        return element.levelFor(new KindStage(notice.kind(), notice.stage()));
    }

    /** The marks of every element of the checklist for one notice, in checklist order. */
    public static java.util.Map<String, ElementMark> all(NoticeResult notice, Checklist checklist) {
        java.util.Map<String, ElementMark> marks = new java.util.LinkedHashMap<>();
        for (ElementSpec e : checklist.elements()) {
            marks.put(e.id(), of(notice, e));
        }
        return marks;
    }
}
