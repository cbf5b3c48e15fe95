package io.github.incidentnotice.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.NoticeResult;

/**
 * Keeps the findings of one notice to a readable number. A hostile or generated notice can repeat a
 * defect tens of thousands of times; listing them all would flood the console with the file's own
 * text. The findings past the limit are summed up in one {@code too-many-findings} finding, an error
 * when any of them was one, so the verdict stays what it was.
 */
final class FindingLimit {

    /** Most findings listed for one notice. */
    static final int MAX_FINDINGS_PER_NOTICE = 100;

    /** The rule id of the finding that stands for those left out. */
    static final String RULE = "too-many-findings";

    private FindingLimit() {
    }

    static NoticeResult apply(NoticeResult result) {
        List<Finding> findings = result.findings();
        if (findings.size() <= MAX_FINDINGS_PER_NOTICE) {
            return result;
        }
        List<Finding> kept = new ArrayList<>(findings.subList(0, MAX_FINDINGS_PER_NOTICE - 1));
        List<Finding> left = findings.subList(MAX_FINDINGS_PER_NOTICE - 1, findings.size());
        boolean error = left.stream().anyMatch(f -> f.level() == Level.ERROR);
        Finding first = left.get(0);
        kept.add(new Finding(RULE, null, error ? Level.ERROR : Level.WARNING, result.file(), first.line(), first.column(),
                String.format(Locale.ROOT, "%,d more findings from this line on are not listed (at most %d per notice);"
                        + " fix the ones above and check again", left.size(), MAX_FINDINGS_PER_NOTICE), ""));
        return result.withFindings(kept);
    }
}
