package io.github.incidentnotice.model;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one check run: every notice's result in a stable order, and the time the engine took.
 *
 * @param leftOut  how many notices found were not checked because the request's selection left them out (such as
 *                 those unchanged since a git ref)
 * @param accepted by notice file, the findings a baseline accepted: taken out of the notices' findings, so they
 *                 neither count nor fail the build, but kept for the reports to show as accepted
 */
public record CheckResult(String checklistName, List<NoticeResult> notices, long millis, int fromCache, int leftOut,
                          Map<String, List<Finding>> accepted) {

    public CheckResult {
        notices = List.copyOf(notices);
        accepted = accepted == null || accepted.isEmpty() ? Map.of() : FrozenMap.copyOf(accepted);
    }

    /** A result of a run that checked every notice found and had no baseline. */
    public CheckResult(String checklistName, List<NoticeResult> notices, long millis, int fromCache) {
        this(checklistName, notices, millis, fromCache, 0, Map.of());
    }

    /** The same result with other notices' results and the findings a baseline accepted out of them. */
    public CheckResult withAccepted(List<NoticeResult> otherNotices, Map<String, List<Finding>> acceptedFindings) {
        return new CheckResult(checklistName, otherNotices, millis, fromCache, leftOut, acceptedFindings);
    }

    /** The findings of {@code file} a baseline accepted (empty when none, or no baseline). */
    public List<Finding> accepted(String file) {
        return accepted.getOrDefault(file, List.of());
    }

    /** How many findings a baseline accepted in all. */
    public long acceptedCount() {
        return accepted.values().stream().mapToLong(List::size).sum();
    }

    public long errors() {
        return notices.stream().mapToLong(NoticeResult::errors).sum();
    }

    public long warnings() {
        return notices.stream().mapToLong(NoticeResult::warnings).sum();
    }

    public long waivers() {
        return notices.stream().mapToLong(NoticeResult::waivers).sum();
    }

    public long failedNotices() {
        return notices.stream().filter(NoticeResult::failed).count();
    }
}
