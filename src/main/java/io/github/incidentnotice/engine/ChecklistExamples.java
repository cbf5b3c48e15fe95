package io.github.incidentnotice.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.DefectSpec;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.ElementState;
import io.github.incidentnotice.model.Example;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.model.TimelinessSpec;
import io.github.incidentnotice.parse.Notice;
import io.github.incidentnotice.parse.NoticeReader;
import io.github.incidentnotice.timeliness.FirstPublication;
import io.github.incidentnotice.timeliness.NoticeTimesReader;

/**
 * Runs the examples a checklist keeps beside each element, defect and timeliness check through the engine: every example
 * becomes a small notice, is checked, and is judged to count when the element is present (the defect is
 * found). The build runs the default checklist's examples as tests, so its definitions are a
 * specification any clone can check.
 */
public final class ChecklistExamples {

    /** How the engine judged one example: {@code judgedToCount} against what the example says. */
    public record Outcome(String subject, Example example, boolean judgedToCount) {

        /** The engine agrees with the example (a known miss agrees when the engine still misses it). */
        public boolean asExpected() {
            return (judgedToCount == example.counts()) != example.knownMiss();
        }

        /** One line for a report: where the example is written, what it says and what the engine did. */
        public String describe() {
            String said = example.counts() ? "counts" : "does not count";
            String verdict = judgedToCount ? "counts" : "does not count";
            return example.origin() + ": " + subject + " example (" + said + (example.knownMiss() ? ", known miss" : "")
                    + ") was judged: " + verdict + ": " + firstLine(example.text());
        }
    }

    private final CheckEngine engine;

    public ChecklistExamples(CheckEngine engine) {
        this.engine = engine;
    }

    /** Every example of every element and defect of the engine's checklist, in checklist order. */
    public List<Outcome> run() {
        Checklist checklist = engine.checklist();
        List<Outcome> outcomes = new ArrayList<>();
        for (ElementSpec element : checklist.elements()) {
            for (Example example : element.examples()) {
                NoticeResult r = check(example);
                outcomes.add(new Outcome(element.id(), example, r.elements().get(element.id()) == ElementState.PRESENT));
            }
        }
        for (DefectSpec defect : checklist.defects()) {
            for (Example example : defect.examples()) {
                NoticeResult r = check(example);
                boolean found = r.findings().stream().anyMatch(f -> f.rule().equals(defect.id()));
                outcomes.add(new Outcome(defect.id(), example, found));
            }
        }
        for (TimelinessSpec timely : checklist.timeliness()) {
            for (Example example : timely.examples()) {
                outcomes.add(new Outcome(timely.id(), example, raises(timely, example)));
            }
        }
        return outcomes;
    }

    /** Whether a timeliness check finds something in its example, at the example's {@code now} and first publication. */
    private boolean raises(TimelinessSpec timely, Example example) {
        String text = notice(example);
        String name = "examples/" + example.origin().line() + ".md";
        Notice notice = NoticeReader.parse(name, text);
        NoticeResult result = engine.check(notice);
        // an example without its own clock is read at the start of 2000, before any notice's promise is due
        Instant now = example.now() != null ? example.now() : Instant.parse("2000-01-01T00:00:00Z");
        FirstPublication published = example.published() != null ? FirstPublication.at(example.published())
                : FirstPublication.unknown("the example gives no 'published'");
        return TimelinessPass.findings(NoticeTimesReader.read(notice, text), result, List.of(timely), now, published,
                false, message -> { })
                .stream().anyMatch(f -> f.rule().equals(timely.id()));
    }

    private NoticeResult check(Example example) {
        return engine.check("examples/" + example.origin().line() + ".md", notice(example));
    }

    /** The notice an example is read as: its own, or its text under front matter for its kind and stage. */
    static String notice(Example example) {
        if (example.isNotice()) {
            return example.text();
        }
        String status = switch (example.stage()) {
            case ONGOING -> example.kind() == Kind.MAINTENANCE ? "in-progress" : "investigating";
            case RESOLVED -> example.kind() == Kind.MAINTENANCE ? "completed" : "resolved";
            case POSTMORTEM -> "postmortem";
        };
        String kind = example.kind() == Kind.INFORMATIONAL ? "kind: informational\n" : "";
        return "---\ntitle: Notice\n" + kind + "status: " + status + "\n---\n" + example.text().strip() + "\n";
    }

    private static String firstLine(String text) {
        String s = text.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " ...";
    }
}
