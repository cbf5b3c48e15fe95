package io.github.incidentnotice.scaffold;

import java.util.Map;

import io.github.incidentnotice.rules.PlaceholderGuide;

/**
 * Text a careful writer would put in place of each guide: what the check must accept once the
 * scaffold is filled in. Written for these tests, not taken from any real notice.
 */
final class Fillers {

    static final Map<String, String> INCIDENT = Map.ofEntries(
            Map.entry("admission", "A configuration change we deployed at 09:12 UTC broke checkout for EU customers; this was our mistake."),
            Map.entry("apology", "We are sorry: for almost two hours many of you in Europe could not pay for your orders."),
            Map.entry("what-happened", "The change was meant for the staging pool only, but it reached production because both pools share one name."),
            Map.entry("impact", "From 09:14 to 11:02 UTC about 30% of checkout requests from EU customers failed with an error page."),
            Map.entry("customer-action", "Nothing: every failed order is retried automatically once checkout works again."),
            Map.entry("fix", "We rolled back the change at 10:40 UTC and restarted the EU connection pool."),
            Map.entry("prevention", "By 16 March the platform team will rename the pools so that staging and production can never share a name."),
            Map.entry("thanks", "Thank you for your patience, and to everyone who reported the problem within minutes."),
            Map.entry("make-good", "Every affected customer receives a credit of 10% of this month's bill automatically."),
            Map.entry("next-update", "We will post the next update by 10:30 UTC, or sooner if anything changes."),
            Map.entry("breach-details", "Names and email addresses of 1,200 customers were exposed; passwords were not. Write to privacy@example.com with questions."),
            Map.entry("status-page-link", "Follow the live status at status.example.com."));

    static final Map<String, String> MAINTENANCE = Map.of(
            "what-happened", "We will upgrade the primary database to a new version.",
            "impact", "From 22:00 to 23:00 UTC order history will be unavailable for up to 15 minutes.",
            "customer-action", "You do not need to do anything; orders placed during the window are processed as usual.");

    private Fillers() {
    }

    /** Replaces every guide line of a scaffold with the filler for the element it names. */
    static String fill(Scaffold scaffold, Map<String, String> fillers) {
        String[] lines = scaffold.text().split("\n", -1);
        for (int line : scaffold.guideLines()) {
            String element = PlaceholderGuide.named(lines[line - 1]).orElseThrow(
                    () -> new AssertionError("guide line " + line + " names no element: " + lines[line - 1]));
            String text = fillers.get(element);
            if (text == null) {
                throw new AssertionError("no filler for " + element + " (line " + line + ")");
            }
            lines[line - 1] = text;
        }
        return String.join("\n", lines);
    }
}
