package io.github.incidentnotice.model;

import java.util.List;

/** The outcome of one check run: every notice's result in a stable order, and the time the engine took. */
public record CheckResult(String checklistName, List<NoticeResult> notices, long millis, int fromCache) {

    public CheckResult {
        notices = List.copyOf(notices);
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
