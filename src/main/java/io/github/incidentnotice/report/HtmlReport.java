package io.github.incidentnotice.report;

import static io.github.incidentnotice.report.HtmlText.escape;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.incidentnotice.model.CheckResult;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.Citation;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.NoticeResult;

/**
 * Writes {@code incident-notice.html}: one self-contained page a support lead reads on any screen. It has
 * inline CSS only, no script and a content security policy that forbids every request, a summary of the run,
 * a list of the notices by title and date, then each notice worst first, headed by its title and date with its
 * file beneath, with its verdict, a mark for every checklist element and its findings, warnings set apart from errors.
 */
public final class HtmlReport {

    public static final String FILE_NAME = "incident-notice.html";

    static final String CSS = """
            :root{--fail:#b42318;--warn:#9a6700;--warn-line:#d4a72c;--pass:#1a7f37;--muted:#57606a;--line:#d0d7de;--bg:#f6f8fa}
            *{box-sizing:border-box}
            body{margin:0 auto;max-width:60rem;padding:1rem;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff}
            h1{font-size:1.5rem;margin:0 0 .25rem}
            h2{font-size:1.1rem;margin:0;display:flex;flex-wrap:wrap;gap:.5rem;align-items:baseline}
            .meta{color:var(--muted);margin:.25rem 0}
            .counts{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0;padding:0}
            .count{flex:1 1 6.5rem;border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem;background:var(--bg)}
            .count dt{font-size:.85rem;color:var(--muted)}
            .count dd{margin:0;font-size:1.6rem;font-weight:600}
            .count.failed dd,.count.errors dd{color:var(--fail)}
            .count.warnings dd{color:var(--warn)}
            .count.passed dd{color:var(--pass)}
            .notice{border:1px solid var(--line);border-left:6px solid var(--pass);border-radius:6px;padding:.75rem 1rem;margin:1rem 0}
            .notice.fail{border-left-color:var(--fail)}
            .notice.pass.has-warnings{border-left-color:var(--warn)}
            .file{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
            .verdict{font-size:.8rem;font-weight:700;text-transform:uppercase;padding:.1rem .5rem;border-radius:1rem;color:#fff;background:var(--pass)}
            .verdict.fail{background:var(--fail)}
            .marks{display:flex;flex-wrap:wrap;gap:.35rem;list-style:none;margin:.5rem 0;padding:0}
            .mark{font-size:.85rem;padding:.1rem .5rem;border-radius:4px;border:1px solid var(--line);white-space:nowrap}
            .mark .state{color:var(--muted)}
            .mark.present{background:#dafbe1;border-color:#aceebb}
            .mark.absent{background:#ffebe9;border-color:#ffcecb}
            .mark.waived{background:#fff8c5;border-color:#f5e0a0}
            .mark.not-required{background:#fff;color:var(--muted)}
            .findings{margin:.5rem 0 0;padding-left:1.25rem}
            .finding{margin:.4rem 0;padding:.25rem .5rem;border-left:4px solid var(--line);border-radius:3px;overflow-wrap:anywhere}
            .finding.error{border-left-color:var(--fail);background:#fff5f5}
            .finding.warning{border-left-color:var(--warn-line);background:#fffbeb}
            .where{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted)}
            .level{font-size:.8rem;font-weight:700;text-transform:uppercase;padding:0 .4rem;border-radius:3px;white-space:nowrap}
            .level.error{color:#fff;background:var(--fail)}
            .level.warning{color:#3b2300;background:#ffd33d}
            .legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:.5rem 0;padding:0;list-style:none;color:var(--muted);font-size:.9rem}
            .toc{margin:.5rem 0 1rem;padding-left:1.5rem}
            .toc li{margin:.3rem 0;overflow-wrap:anywhere}
            .toc .file,.notice > .file{display:block;font-size:.85rem;color:var(--muted)}
            .notice > .file{margin:.15rem 0 0}
            .date{font-size:.9rem;font-weight:400;color:var(--muted);white-space:nowrap}
            .tally.errors{color:var(--fail)}
            .tally.warnings{color:var(--warn)}
            .rule{font-size:.9em;background:var(--bg);padding:0 .25rem;border-radius:3px}
            .evidence{margin:.25rem 0 .5rem;padding-left:1.25rem;font-size:.9rem}
            .evidence q{color:#424a53;font-style:italic}
            .closest{display:block;margin:.25rem 0 0;color:#424a53}
            .excerpt{margin:.25rem 0 0;padding:.1rem .6rem;border-left:3px solid var(--line);color:#424a53;font-style:italic}
            .none{color:var(--muted)}
            table{border-collapse:collapse;width:100%}
            th,td{text-align:left;vertical-align:top;border-bottom:1px solid var(--line);padding:.35rem .5rem}
            td:first-child{white-space:nowrap;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
            footer{margin-top:2rem;color:var(--muted);font-size:.85rem}
            """;

    private final Checklist checklist;
    private final String version;

    public HtmlReport(Checklist checklist, String version) {
        this.checklist = checklist;
        this.version = version;
    }

    /** Writes the page to {@code file} as it goes: one notice at a time, never the whole page in memory. */
    public void write(CheckResult result, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(result, out);
        }
    }

    public String toHtml(CheckResult result) {
        StringWriter text = new StringWriter(8192);
        try {
            write(result, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private void write(CheckResult result, Writer out) throws IOException {
        Page h = new Page(out);
        try {
            page(result, h);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The page as it is written: appends that read like a StringBuilder's, straight to a writer (its failures
     * come out unchecked, so that the chains stay readable, and are checked again by {@link #write(CheckResult, Writer)}).
     */
    private static final class Page {
        private final Writer out;

        Page(Writer out) {
            this.out = out;
        }

        Page append(String text) {
            try {
                out.write(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Page append(char c) {
            return append(String.valueOf(c));
        }

        Page append(long n) {
            return append(Long.toString(n));
        }
    }

    private void page(CheckResult result, Page h) {
        ReportSummary summary = ReportSummary.of(result);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                // the page needs nothing from anywhere: forbid every request and every script
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<title>Incident notices: ").append(summary.notices()).append(" checked, ")
                .append(summary.failed()).append(" failed</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1>Incident notices</h1>\n<p class=\"meta\">Checked against the <strong>")
                .append(escape(result.checklistName())).append("</strong> checklist by ").append(ToolInfo.NAME).append(' ')
                .append(escape(version)).append(".</p>\n</header>\n");

        h.append("<section aria-label=\"Summary\">\n<dl class=\"counts\">\n");
        count(h, "notices", "Notices", summary.notices());
        count(h, "passed", "Passed", summary.passed());
        count(h, "failed", "Failed", summary.failed());
        count(h, "errors", "Errors", summary.errors());
        count(h, "warnings", "Warnings", summary.warnings());
        count(h, "waivers", "Waivers", summary.waivers());
        if (result.acceptedCount() > 0) {
            count(h, "accepted", "Accepted by the baseline", result.acceptedCount());
        }
        h.append("</dl>\n");
        // a warning is reported and lets the build pass: said in words, not by colour alone
        h.append("<ul class=\"legend\" aria-label=\"Finding levels\"><li><span class=\"level error\">error</span>"
                + " fails the build</li><li><span class=\"level warning\">warning</span> is reported; the build"
                + " passes</li></ul>\n</section>\n");
        List<NoticeResult> notices = ReportSummary.worstFirst(result);
        contents(h, notices);
        h.append("<main>\n");
        if (result.notices().isEmpty()) {
            h.append("<p class=\"none\">No notices were checked.</p>\n");
        }
        int index = 0;
        for (NoticeResult notice : notices) {
            notice(h, notice, ++index, result.accepted(notice.file()).size());
        }
        h.append("</main>\n");
        legend(h);
        h.append("<footer>Marks: \u2713 present, \u2717 absent where required, ~ waived with a reason, "
                + "\u2013 not required for this kind and stage.</footer>\n</body>\n</html>\n");
    }

    /** The notices, worst first, by title and date with the file beneath: a page link to each one's section. */
    private static void contents(Page h, List<NoticeResult> notices) {
        if (notices.isEmpty()) {
            return;
        }
        h.append("<nav aria-label=\"Notices\">\n<h2>Notices</h2>\n<ol class=\"toc\">\n");
        int index = 0;
        for (NoticeResult notice : notices) {
            String verdict = ReportSummary.verdict(notice);
            h.append("<li data-toc=\"").append(++index).append("\"><span class=\"verdict ").append(verdict).append("\">")
                    .append(verdict).append("</span> <a href=\"#notice-").append(index).append("\">");
            name(h, notice);
            h.append("</a>");
            if (notice.title() != null) {
                h.append("<span class=\"file\">").append(escape(notice.file())).append("</span>");
            }
            h.append("</li>\n");
        }
        h.append("</ol>\n</nav>\n");
    }

    /** The notice's title and start date; its file when it has no title. */
    private static void name(Page h, NoticeResult notice) {
        if (notice.title() != null) {
            h.append("<span class=\"title\">").append(escape(notice.title())).append("</span>");
        } else {
            h.append("<span class=\"file\">").append(escape(notice.file())).append("</span>");
        }
        if (notice.date() != null) {
            h.append(" <time class=\"date\" datetime=\"").append(escape(notice.date())).append("\">")
                    .append(escape(ReportSummary.shownDate(notice.date()))).append("</time>");
        }
    }

    private static void count(Page h, String id, String label, long value) {
        h.append("<div class=\"count ").append(id).append("\" data-count=\"").append(id).append("\"><dt>")
                .append(label).append("</dt><dd>").append(value).append("</dd></div>\n");
    }

    private void notice(Page h, NoticeResult notice, int index, int accepted) {
        String verdict = ReportSummary.verdict(notice);
        h.append("<article class=\"notice ").append(verdict).append(notice.warnings() > 0 ? " has-warnings" : "")
                .append("\" id=\"notice-").append(index).append("\" data-file=\"").append(escape(notice.file())).append("\">\n");
        h.append("<h2><span class=\"verdict ").append(verdict).append("\">").append(verdict).append("</span> ");
        name(h, notice);
        h.append("</h2>\n");
        if (notice.title() != null) {
            h.append("<p class=\"file\">").append(escape(notice.file())).append("</p>\n");
        }
        h.append("<p class=\"meta\">").append(notice.kind().id()).append(" \u00b7 ").append(notice.stage().id())
                .append(notice.inferred() ? " (kind or stage inferred from the text)" : "")
                .append(notice.personalData() ? " \u00b7 personal data" : "")
                .append(" \u00b7 <span class=\"tally errors\">").append(plural(notice.errors(), "error"))
                .append("</span>, <span class=\"tally warnings\">").append(plural(notice.warnings(), "warning"))
                .append("</span></p>\n");

        h.append("<ul class=\"marks\" aria-label=\"Checklist elements\">\n");
        Map<String, ElementMark> marks = ElementMark.all(notice, checklist);
        for (Map.Entry<String, ElementMark> m : marks.entrySet()) {
            ElementMark mark = m.getValue();
            h.append("<li class=\"mark ").append(mark.cssClass()).append("\" data-element=\"").append(escape(m.getKey()))
                    .append("\" data-mark=\"").append(mark.cssClass()).append("\"><span aria-hidden=\"true\">")
                    .append(mark.symbol()).append("</span> ").append(escape(m.getKey())).append(" <span class=\"state\">")
                    .append(mark.label()).append("</span></li>\n");
        }
        h.append("</ul>\n");
        evidence(h, notice);

        if (notice.findings().isEmpty()) {
            h.append("<p class=\"none\">No findings.</p>\n");
        } else {
            h.append("<ol class=\"findings\">\n");
            for (Finding f : notice.findings()) {
                h.append("<li class=\"finding ").append(f.level().id()).append("\"><span class=\"where\">line ")
                        .append(f.line()).append(':').append(f.column()).append("</span> <span class=\"level ")
                        .append(f.level().id()).append("\">")
                        .append(f.level().id()).append("</span> <code class=\"rule\">").append(escape(f.rule()))
                        .append("</code> ").append(escape(withoutClosest(f)));
                if (f.closest() != null) {
                    Citation c = f.closest().at();
                    h.append("<span class=\"closest\" data-closest-line=\"").append(c.line()).append("\">closest: line ")
                            .append(c.line()).append(':').append(c.column()).append(" <q>").append(escape(c.excerpt()))
                            .append("</q> (").append(escape(f.closest().reason())).append(")</span>");
                }
                if (!f.excerpt().isBlank()) {
                    h.append("<blockquote class=\"excerpt\">").append(escape(f.excerpt())).append("</blockquote>");
                }
                h.append("</li>\n");
            }
            h.append("</ol>\n");
        }
        if (accepted > 0) {
            // counted, not listed: the page is for what to fix now, and the baseline file lists the rest
            h.append("<p class=\"accepted\">").append(plural(accepted, "more finding"))
                    .append(" accepted by the baseline.</p>\n");
        }
        h.append("</article>\n");
    }

    /**
     * The message without its last sentence on the closest candidate, which the page shows as a span of its own
     * (with its line and column): said once, not twice. The sentence is found by its start, which names the
     * candidate's line, so a description or excerpt that happens to say "Closest:" is left alone.
     */
    static String withoutClosest(Finding f) {
        String message = f.message();
        if (f.closest() == null) {
            return message;
        }
        int line = f.closest().at().line();
        String start = f.closest().section() ? " Closest: the section \"" : " Closest: line " + line + " \"";
        int cut = message.lastIndexOf(start);
        return cut > 0 && message.endsWith("(" + f.closest().reason() + ").") ? message.substring(0, cut) : message;
    }

    /** Where the notice states each present element: what the check read as that element (defects are findings). */
    private static void evidence(Page h, NoticeResult notice) {
        if (notice.evidence().keySet().stream().noneMatch(notice.elements()::containsKey)) {
            return;
        }
        h.append("<ul class=\"evidence\" aria-label=\"Where the notice states its elements\">\n");
        for (Map.Entry<String, Citation> e : notice.evidence().entrySet()) {
            if (!notice.elements().containsKey(e.getKey())) {
                continue;
            }
            Citation c = e.getValue();
            h.append("<li data-evidence=\"").append(escape(e.getKey())).append("\"><span class=\"where\">line ")
                    .append(c.line()).append(':').append(c.column()).append("</span> ").append(escape(e.getKey()))
                    .append(": <q>").append(escape(c.excerpt())).append("</q></li>\n");
        }
        h.append("</ul>\n");
    }

    private void legend(Page h) {
        h.append("<section aria-label=\"Checklist\">\n<h2>The checklist's elements</h2>\n<table>\n")
                .append("<thead><tr><th scope=\"col\">Element</th><th scope=\"col\">What good looks like</th></tr></thead>\n<tbody>\n");
        for (ElementSpec e : checklist.elements()) {
            h.append("<tr><td>").append(escape(e.id())).append("</td><td>").append(escape(e.description()));
            if (e.hint() != null && !e.hint().isBlank()) {
                h.append(" <span class=\"meta\">").append(escape(e.hint())).append("</span>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
