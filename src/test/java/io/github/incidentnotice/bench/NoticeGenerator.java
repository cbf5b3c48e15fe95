package io.github.incidentnotice.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes N synthetic incident notices of about 64 lines with a fixed seed: a mix of headed and prose
 * notices, good and bad ones (missing apology, non-apologies, blame-shifting, vague impact,
 * placeholders), resolved, ongoing, postmortem and maintenance, so the benchmark exercises every rule.
 */
public final class NoticeGenerator {

    private static final String[] SERVICES = {"Checkout API", "Web shop", "Search", "Login", "Payments",
        "Mobile app", "Order history", "Webhooks", "Reporting", "File uploads", "Email delivery", "Admin console"};
    private static final String[] REGIONS = {"EU", "US East", "US West", "Asia Pacific", "UK", "Brazil"};
    private static final String[] CAUSES = {
        "a configuration change we deployed removed the primary database from the connection pool",
        "a certificate on our load balancers expired because our renewal job had silently stopped",
        "a database migration we ran locked the orders table for longer than we had tested",
        "a cache node we operate ran out of memory and every request fell through to the database",
        "a release of our API gateway contained a bug in how it retried timed-out requests",
        "we mis-sized the queue that feeds the webhook workers after last week's traffic growth"};
    private static final String[] FILLER = {
        "Our on-call engineer was paged within two minutes and opened an incident channel at once.",
        "We first suspected the network, which cost us about twenty minutes before we looked at the change log.",
        "Requests that reached the affected servers waited until they timed out after thirty seconds.",
        "Our dashboards showed the error rate climbing from under one percent to nearly half of all requests.",
        "We kept the status page updated every thirty minutes while we worked on the problem.",
        "Traffic from other regions was not affected because it is served from separate clusters.",
        "The alert that should have caught this earlier was routed to a channel nobody watched at night.",
        "Support answered more than four hundred tickets about the problem during the day.",
        "We compared the failing servers with healthy ones and found the difference in the configuration.",
        "Once the cause was clear, the rollback itself took less than five minutes to complete."};

    /** The benchmark's fixed seed. */
    public static final long SEED = 20260302L;

    private final Random random;

    public NoticeGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code count} notices into {@code directory} (created if needed) and returns their paths. */
    public List<Path> write(Path directory, int count) throws IOException {
        Files.createDirectories(directory);
        List<Path> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Path file = directory.resolve(String.format(Locale.ROOT, "%04d/%02d/notice-%05d.md", 2020 + i % 7,
                    1 + i % 12, i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, notice(i), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    /** One notice's text. */
    public String notice(int index) {
        int roll = random.nextInt(100);
        String kind = roll < 10 ? "maintenance" : "incident";
        String status = kind.equals("maintenance") ? "scheduled"
                : roll < 20 ? "investigating" : roll < 30 ? "postmortem" : "resolved";
        boolean headed = random.nextInt(100) < 60;
        boolean bad = random.nextInt(100) < 35;
        int defect = random.nextInt(5);
        String service = pick(SERVICES);
        String region = pick(REGIONS);
        int day = 1 + random.nextInt(28);
        int month = 1 + random.nextInt(12);
        int hour = random.nextInt(20);
        int minutes = 20 + random.nextInt(200);
        int percent = 5 + random.nextInt(60);

        StringBuilder sb = new StringBuilder(4096);
        String title = kind.equals("maintenance") ? "Scheduled maintenance of " + service
                : service + " errors for " + region + " customers";
        sb.append("---\n");
        sb.append("title: ").append(title).append('\n');
        sb.append(String.format(Locale.ROOT, "date: 2025-%02d-%02dT%02d:14:00Z%n", month, day, hour));
        sb.append("status: ").append(status).append('\n');
        sb.append("kind: ").append(kind).append('\n');
        sb.append("severity: ").append(pick(new String[] {"critical", "major", "minor"})).append('\n');
        if (status.equals("resolved") || status.equals("postmortem")) {
            sb.append(String.format(Locale.ROOT, "resolvedWhen: 2025-%02d-%02dT%02d:50:00Z%n", month, day, hour + 2));
        }
        if (status.equals("investigating")) {
            sb.append(String.format(Locale.ROOT, "next-update: 2025-%02d-%02dT%02d:00:00Z%n", month, day, hour + 1));
        }
        sb.append("personal-data: false\n");
        sb.append("affected: [").append(service).append(", ").append(pick(SERVICES)).append("]\n");
        if (random.nextBoolean()) {
            sb.append("waive:\n  - element: make-good\n    reason: Free-tier customers only, no SLA applies\n");
        }
        sb.append("---\n");
        sb.append("# ").append(title).append("\n\n");

        if (kind.equals("maintenance")) {
            maintenance(sb, headed, bad, service, day, month, hour);
        } else if (status.equals("investigating")) {
            ongoing(sb, headed, bad, defect, service, region, percent, hour);
        } else {
            resolved(sb, headed, bad, defect, service, region, minutes, percent, status.equals("postmortem"));
        }
        while (lines(sb) < 62) {
            paragraph(sb, 3);
        }
        return sb.toString();
    }

    private void resolved(StringBuilder sb, boolean headed, boolean bad, int defect, String service, String region,
                          int minutes, int percent, boolean postmortem) {
        if (bad && defect == 0) {
            sb.append("We apologize for any inconvenience this may have caused.\n\n");
        } else if (!(bad && defect == 1)) {
            sb.append("We are sorry: for ").append(minutes).append(" minutes many of you in ").append(region)
                    .append(" could not use ").append(service).append(", and that is on us.\n\n");
        }
        section(sb, headed, "What happened");
        sb.append("The outage happened because ").append(pick(CAUSES)).append(".\n");
        paragraph(sb, 4);
        section(sb, headed, "Impact");
        if (bad && defect == 2) {
            sb.append("Some users may have experienced a brief blip.\n\n");
        } else {
            sb.append("For ").append(minutes).append(" minutes about ").append(percent).append("% of requests to ")
                    .append(service).append(" from ").append(region).append(" customers failed with an error page.\n\n");
        }
        paragraph(sb, 3);
        section(sb, headed, "What you need to do");
        sb.append("You do not need to do anything; failed requests were retried automatically.\n\n");
        section(sb, headed, "How we fixed it");
        if (bad && defect == 3) {
            sb.append("TODO\n\n");
        } else {
            sb.append("We rolled back the change and restarted the affected servers; service recovered within ")
                    .append(5 + minutes / 10).append(" minutes.\n\n");
        }
        section(sb, headed, postmortem ? "Action items" : "What we are changing");
        if (bad && defect == 4) {
            sb.append("The root cause was a failure at our cloud provider, which was beyond our control.\n\n");
        } else {
            sb.append("- By the end of the month the platform team will add an automated check that blocks this change.\n");
            sb.append("- We will alert on the error rate per region so that we notice within a minute.\n\n");
        }
        paragraph(sb, 3);
        sb.append("Thank you for your patience, and to everyone who reported the problem.\n\n");
    }

    private void ongoing(StringBuilder sb, boolean headed, boolean bad, int defect, String service, String region,
                         int percent, int hour) {
        if (bad && defect < 2) {
            sb.append("Sorry if this caused any trouble.\n\n");
        } else {
            sb.append("We are sorry: ").append(service).append(" is failing for many customers in ").append(region)
                    .append(", and we are working on it now.\n\n");
        }
        section(sb, headed, "What is happening");
        sb.append("We are investigating elevated error rates on ").append(service).append(". We do not yet know the cause.\n\n");
        paragraph(sb, 4);
        section(sb, headed, "Impact");
        sb.append("About ").append(percent).append("% of requests from ").append(region).append(" customers fail.\n\n");
        section(sb, headed, "What you need to do");
        sb.append("You do not need to do anything; we will retry failed requests once the service recovers.\n\n");
        if (!(bad && defect == 2)) {
            sb.append(String.format(Locale.ROOT, "We will post the next update by %02d:00 UTC.%n%n", hour + 1));
        }
        paragraph(sb, 3);
        sb.append("Thank you for your patience.\n\n");
    }

    private void maintenance(StringBuilder sb, boolean headed, boolean bad, String service, int day, int month, int hour) {
        section(sb, headed, "What we are doing");
        sb.append(String.format(Locale.ROOT, "On 2025-%02d-%02d from %02d:00 to %02d:00 UTC we will upgrade the database "
                + "behind %s to a new version.%n%n", month, day, hour, hour + 1, service));
        section(sb, headed, "Impact");
        if (bad) {
            sb.append("TBD\n\n");
        } else {
            sb.append("During that hour ").append(service).append(" will be unavailable for up to 15 minutes while the "
                    + "database restarts.\n\n");
        }
        section(sb, headed, "What you need to do");
        sb.append("You do not need to do anything; requests made during the window are kept and processed as usual.\n\n");
        paragraph(sb, 4);
    }

    private void section(StringBuilder sb, boolean headed, String heading) {
        if (headed) {
            sb.append("## ").append(heading).append("\n\n");
        }
    }

    /** A paragraph of filler sentences wrapped at about 100 characters, as editors save them. */
    private void paragraph(StringBuilder sb, int sentences) {
        int width = 0;
        for (int i = 0; i < sentences; i++) {
            for (String word : pick(FILLER).split(" ")) {
                if (width + word.length() + 1 > 100) {
                    sb.append('\n');
                    width = 0;
                } else if (width > 0) {
                    sb.append(' ');
                    width++;
                }
                sb.append(word);
                width += word.length();
            }
        }
        sb.append("\n\n");
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static int lines(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
