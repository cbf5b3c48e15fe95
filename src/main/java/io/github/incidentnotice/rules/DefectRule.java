package io.github.incidentnotice.rules;

import java.util.List;

import io.github.incidentnotice.model.DefectSpec;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.match.LiteralPrefilter;
import io.github.incidentnotice.match.Phrase;
import io.github.incidentnotice.parse.Sentence;

/**
 * Reports wording a careful reader objects to (a defect such as {@code non-apology}), once per
 * sentence, at the phrase. Quoted words are not the notice's own and are skipped. Its ordinary phrases
 * are excused when an element named in {@code only-when-absent} is present; its always-phrases are not.
 */
public final class DefectRule implements NoticeRule {

    /** The defect of template text, whose findings also say which element a scaffold's guide line is for. */
    static final String PLACEHOLDER = "placeholder";

    private final DefectSpec defect;

    public DefectRule(DefectSpec defect) {
        this.defect = defect;
    }

    @Override
    public String id() {
        return defect.id();
    }

    @Override
    public void check(NoticeAnalysis analysis, List<Finding> findings) {
        if (defect.level() == Level.OFF) {
            return;
        }
        // worked out at the first sentence that needs it: most notices have none, and reading whether an element
        // is stated with numbers goes over its every sentence
        Boolean excused = null;
        List<Sentence> sentences = analysis.notice().sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.quoted()) {
                continue;
            }
            String text = analysis.matchText(i);
            LiteralPrefilter.Folded folded = analysis.foldedMatchText(i);
            Phrase.Match m = Phrase.first(defect.alwaysPhrases(), text, folded);
            if (m == null) {
                m = Phrase.first(defect.phrases(), text, folded);
                if (m != null) {
                    if (excused == null) {
                        excused = excused(analysis);
                    }
                    m = excused ? null : m;
                }
            }
            if (m != null && !Phrase.any(defect.unless(), text, folded)) {
                String excerpt = Prose.excerpt(s.text().substring(m.start(), m.end()), 80);
                analysis.citeDefect(id(), Citations.of(s, m.start()));
                String message = defect.message().replace("{excerpt}", excerpt);
                if (id().equals(PLACEHOLDER)) {
                    message += analysis.guideFor(i).map(e -> guideFor(analysis, e)).orElse("");
                }
                findings.add(new Finding(id(), null, defect.level(), analysis.notice().file(), s.lineAt(m.start()),
                        s.columnAt(m.start()), message, excerpt));
            }
        }
    }

    /**
     * What a placeholder standing for an element says of it: what to write there (the element's description and
     * hint, as its missing finding would), or that the notice states it elsewhere and the line can go.
     */
    private static String guideFor(NoticeAnalysis analysis, ElementSpec element) {
        var stated = analysis.evidence(element);
        if (stated.isPresent()) {
            return " It is the guide for " + element.id() + ", which the notice already states at line "
                    + stated.get().line() + " (\"" + Prose.excerpt(stated.get().text(), 60)
                    + "\"); replace the line with more, or remove it.";
        }
        StringBuilder sb = new StringBuilder(" It is the guide for ").append(element.id()).append(": ")
                .append(ElementRule.sentence(element.description() == null || element.description().isBlank()
                        ? "write the " + element.id() + " here" : element.description().strip()));
        if (element.hint() != null && !element.hint().isBlank()) {
            String hint = element.hint().strip();
            sb.append(' ').append(ElementRule.sentence(Character.toUpperCase(hint.charAt(0)) + hint.substring(1)));
        }
        return sb.toString();
    }

    /** Whether an element the defect names as excusing it is present (stated with numbers, where it asks that). */
    private boolean excused(NoticeAnalysis analysis) {
        for (String element : defect.onlyWhenAbsent()) {
            if (defect.excusedOnlyByNumbers() ? statedWithNumbers(analysis, element) : analysis.present(element)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the element is present and one of the sentences stating it gives a number: a time, a count, a
     * duration, a date. Only then is the impact concrete enough that softer wording beside it is not vague.
     */
    private static boolean statedWithNumbers(NoticeAnalysis analysis, String elementId) {
        if (!analysis.present(elementId)) {
            return false;
        }
        var spec = analysis.checklist().element(elementId);
        if (spec.isEmpty()) {
            return false;
        }
        for (Sentence s : analysis.sentencesShowing(spec.get())) {
            if (s.text().chars().anyMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }
}
