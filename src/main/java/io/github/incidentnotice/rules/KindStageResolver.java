package io.github.incidentnotice.rules;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.match.LiteralPrefilter;
import io.github.incidentnotice.match.Phrase;
import io.github.incidentnotice.model.Stage;
import io.github.incidentnotice.model.Status;
import io.github.incidentnotice.parse.Dates;
import io.github.incidentnotice.parse.FrontMatter;
import io.github.incidentnotice.parse.Notice;
import io.github.incidentnotice.parse.Section;
import io.github.incidentnotice.parse.Sentence;

/**
 * Decides a notice's kind and stage. What the front matter states wins: {@code status}, then
 * {@code kind} (or a status site's {@code type}), a planned window (Statusfy's {@code severity: under-maintenance}
 * or {@code scheduled}, Statuspage's {@code scheduled_for}), a blog's {@code tags} and {@code categories} read with
 * the checklist's markers, cState's {@code resolved} and {@code informational}
 * (maintenance when its title or lead says so, since cState keeps planned work as informational posts),
 * then a status site's {@code end_date} (past: resolved; future: ongoing). Otherwise the title and text
 * decide (checklist markers: "scheduled maintenance", "postmortem", "we are investigating" with no
 * resolution), and without any signal a notice is a resolved incident. One resolver reads one notice:
 * it keeps that notice's texts while it resolves.
 */
final class KindStageResolver {

    /**
     * The resolved kind and stage; {@code inferred} is true when the title or text, not the front matter,
     * decided either (falling back to a resolved incident is not an inference); {@code stageStated} is true when
     * a {@code status} gave the stage, {@code stageRead} when any front-matter field did ({@code resolved}, an end date).
     */
    record Resolution(Kind kind, Stage stage, boolean inferred, boolean kindStated, boolean stageStated,
                      boolean stageRead) {

        /** The same with the stage a full write-up has, found from its content (an inference). */
        Resolution asWriteUp() {
            return new Resolution(kind, Stage.POSTMORTEM, true, kindStated, stageStated, stageRead);
        }

        /** Work announced ahead of its time, found from its content (an inference). */
        Resolution asAnnouncedWork() {
            return new Resolution(Kind.MAINTENANCE, Stage.ONGOING, true, kindStated, stageStated, stageRead);
        }
    }

    /** A negation in a sentence: its resolution wording then says the problem is not over. */
    private static final java.util.regex.Pattern NEGATION = java.util.regex.Pattern.compile(
            "\\b(?:not|never|yet to be)\\b|n't\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final List<String> END_DATE_KEYS = List.of("end_date", "end-date", "endDate");

    private final Checklist checklist;
    /** Sentence i of the notice being resolved, curly apostrophes straightened (kept by the caller for its own rules). */
    private IntFunction<String> texts;
    /** The same, folded for the prefilters. */
    private IntFunction<LiteralPrefilter.Folded> folded;
    /** The notice's title, curly apostrophes straightened; null when it has none. */
    private String title;
    /** The title folded for the prefilters; null when there is no title. */
    private LiteralPrefilter.Folded titleFolded;

    KindStageResolver(Checklist checklist) {
        this.checklist = checklist;
    }

    /**
     * Resolves a notice, given each of its sentences by index with curly apostrophes straightened, and the
     * same folded ("we\u2019re investigating" is "we're investigating").
     */
    Resolution resolve(Notice notice, IntFunction<String> sentenceTexts,
            IntFunction<LiteralPrefilter.Folded> foldedSentences) {
        this.texts = sentenceTexts;
        this.folded = foldedSentences;
        this.title = Prose.straighten(notice.title());
        // the title is asked about up to three markers: folded and scanned once
        this.titleFolded = title == null ? null : LiteralPrefilter.Folded.of(title);
        FrontMatter fm = notice.frontMatter();
        Status status = Status.parse(fm.string("status"));
        Kind kind = Kind.parse(fm.string("kind"));
        if (kind == null) {
            kind = Kind.fromType(fm.string("type"));
        }
        boolean inferred = false;
        if (kind == null && status != null) {
            kind = status.impliedKind();
        }
        if (kind == null && plannedWindow(fm)) {
            kind = Kind.MAINTENANCE;
        }
        List<String> terms = taxonomy(fm);
        if (kind == null && !terms.isEmpty()) {
            // the team's own filing of the post: a blog's tags and categories ("categories: [Maintenance]"); a
            // write-up filed under maintenance too is of maintenance that went wrong, an incident
            if (anyTerm(terms, "informational")) {
                kind = Kind.INFORMATIONAL;
            } else if (anyTerm(terms, "maintenance") && !anyTerm(terms, "unplanned") && !anyTerm(terms, "postmortem")) {
                kind = Kind.MAINTENANCE;
            }
        }
        if (kind == null && Boolean.TRUE.equals(fm.bool("informational"))) {
            // cState's informational flag marks any notice that leaves the status alone, and its maintainers
            // advise it for planned maintenance: the wording tells the two apart
            kind = looksLikeMaintenance(notice, false) ? Kind.MAINTENANCE : Kind.INFORMATIONAL;
        }
        boolean kindStated = kind != null;
        if (kind == null) {
            // the default (incident) is not an inference; only text that made it something else is
            if (title != null && Phrase.any(checklist.marker("informational"), title, titleFolded)) {
                kind = Kind.INFORMATIONAL;
            } else {
                kind = looksLikeMaintenance(notice, true) ? Kind.MAINTENANCE : Kind.INCIDENT;
            }
            inferred = kind != Kind.INCIDENT;
        }
        Stage stage;
        boolean stageRead = true;
        if (status != null) {
            stage = status.stage();
        } else {
            Boolean resolved = fm.bool("resolved");
            if (Boolean.FALSE.equals(resolved)) {
                stage = Stage.ONGOING;
            } else if (Boolean.TRUE.equals(resolved)) {
                stage = kind == Kind.INCIDENT && isWriteUp(notice) ? Stage.POSTMORTEM : Stage.RESOLVED;
            } else if (endDate(fm).isPresent()) {
                // a status entry with an end time is closed, or planned to close at a stated time; a start time
                // alone says nothing (many sites never fill the end in), so then the text decides below. Whether
                // the end is past is not asked: a verdict that changed with the clock would be served stale by
                // the findings cache (kept by the notice's bytes), and a planned window needs the same elements
                stage = Stage.RESOLVED;
            } else if (kind == Kind.INCIDENT && anyTerm(terms, "postmortem")) {
                stage = Stage.POSTMORTEM;
            } else {
                stage = inferStage(notice, kind);
                inferred |= stage != Stage.RESOLVED;
                stageRead = false;
            }
        }
        return new Resolution(kind, stage, inferred, kindStated, status != null, stageRead);
    }

    private static final List<String> TAXONOMY_KEYS = List.of("tags", "categories", "category", "tag");

    /**
     * The terms a blog files a post under (Jekyll, Hugo and Docusaurus {@code tags} and {@code categories}),
     * each lower case, hyphens and underscores as spaces, a plural made singular ("Postmortems" is filed as
     * postmortem), so the checklist's markers read each as they read a title.
     */
    private static List<String> taxonomy(FrontMatter fm) {
        List<String> terms = new java.util.ArrayList<>();
        for (String key : TAXONOMY_KEYS) {
            for (String t : fm.terms(key)) {
                String term = t.toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ').strip();
                if (term.length() > 4 && term.endsWith("ies")) {
                    term = term.substring(0, term.length() - 3) + "y";
                } else if (term.length() > 3 && term.endsWith("s") && !term.endsWith("ss")) {
                    term = term.substring(0, term.length() - 1);
                }
                terms.add(term);
            }
        }
        return terms;
    }

    private boolean anyTerm(List<String> terms, String marker) {
        List<Phrase> phrases = checklist.marker(marker);
        for (String term : terms) {
            if (Phrase.any(phrases, term, LiteralPrefilter.Folded.of(term))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the front matter describes a planned window as status-page generators write one: Statusfy's
     * {@code severity: under-maintenance} or its {@code scheduled} start, Statuspage's {@code scheduled_for}.
     */
    private static boolean plannedWindow(FrontMatter fm) {
        String severity = fm.string("severity");
        if (severity != null && MAINTENANCE_SEVERITY.contains(
                severity.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-'))) {
            return true;
        }
        for (String key : SCHEDULED_KEYS) {
            if (Dates.parse(fm.string(key)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> MAINTENANCE_SEVERITY = Set.of("under-maintenance", "maintenance");
    private static final List<String> SCHEDULED_KEYS = List.of("scheduled", "scheduled_for", "scheduledFor",
            "scheduled-for");

    /** The parsed end of a status entry ({@code end_date}, {@code end-date} or {@code endDate}), if any. */
    private static Optional<OffsetDateTime> endDate(FrontMatter fm) {
        for (String key : END_DATE_KEYS) {
            Optional<OffsetDateTime> end = Dates.parse(fm.string(key));
            if (end.isPresent()) {
                return end;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the title, or one of the first two sentences, speaks of maintenance; with {@code plannedOnly}, not
     * of unplanned work: "Emergency maintenance" is an incident, since maintenance is work planned ahead. (A post
     * its front matter marks as leaving the status alone is not an incident whatever it says, so there the
     * choice is only between maintenance and an announcement.)
     */
    private boolean looksLikeMaintenance(Notice notice, boolean plannedOnly) {
        List<Phrase> maintenance = checklist.marker("maintenance");
        List<Phrase> unplanned = plannedOnly ? checklist.marker("unplanned") : List.of();
        if (title != null && Phrase.any(unplanned, title, titleFolded)) {
            return false;
        }
        if (title != null && Phrase.any(maintenance, title, titleFolded)) {
            return true;
        }
        List<Sentence> sentences = notice.sentences();
        int seen = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.title() || s.quoted()) {
                continue;
            }
            if (++seen > 2) {
                break;
            }
            if (Phrase.any(maintenance, texts.apply(i), folded.apply(i))
                    && !Phrase.any(unplanned, texts.apply(i), folded.apply(i))) {
                return true;
            }
        }
        return false;
    }

    private Stage inferStage(Notice notice, Kind kind) {
        List<Phrase> ongoingMarker = checklist.marker("ongoing");
        List<Phrase> resolutionMarker = checklist.marker("resolution");
        List<Sentence> sentences = notice.sentences();
        boolean ongoing = false;
        boolean resolution = false;
        for (int i = 0; i < sentences.size() && !(ongoing && resolution); i++) {
            Sentence s = sentences.get(i);
            if (s.quoted()) {
                continue;
            }
            ongoing = ongoing || Phrase.any(ongoingMarker, texts.apply(i), folded.apply(i));
            // "has not been fully resolved" says the opposite of its resolution wording
            resolution = resolution || (Phrase.any(resolutionMarker, texts.apply(i), folded.apply(i))
                    && !NEGATION.matcher(texts.apply(i)).find());
        }
        if (kind == Kind.MAINTENANCE) {
            return resolution ? Stage.RESOLVED : Stage.ONGOING;
        }
        if (kind == Kind.INCIDENT && (hasPostmortemTitle(notice) || hasWriteUpHeadings(notice))) {
            return Stage.POSTMORTEM;
        }
        // a notice still open when written is ongoing, however much it already explains
        if (ongoing && !resolution) {
            return Stage.ONGOING;
        }
        // title and headings were looked at above: only the sentences can still make it a write-up
        return kind == Kind.INCIDENT && statesCauseAndRecurrence(notice) ? Stage.POSTMORTEM : Stage.RESOLVED;
    }

    /**
     * A full write-up: a postmortem title; or headings for follow-up work plus an account, a fix or the
     * impact (or three of those); or a stated cause with an explicit step against recurrence.
     */
    private boolean isWriteUp(Notice notice) {
        return hasPostmortemTitle(notice) || hasWriteUpHeadings(notice) || statesCauseAndRecurrence(notice);
    }

    /** A stated cause and an explicit step against recurrence, each in some sentence. */
    private boolean statesCauseAndRecurrence(Notice notice) {
        List<Phrase> causeMarker = checklist.marker("stated-cause");
        List<Phrase> recurrenceMarker = checklist.marker("against-recurrence");
        List<Sentence> sentences = notice.sentences();
        boolean cause = false;
        boolean recurrence = false;
        for (int i = 0; i < sentences.size() && !(cause && recurrence); i++) {
            Sentence s = sentences.get(i);
            if (s.quoted()) {
                continue;
            }
            cause = cause || Phrase.any(causeMarker, texts.apply(i), folded.apply(i));
            recurrence = recurrence || Phrase.any(recurrenceMarker, texts.apply(i), folded.apply(i));
        }
        return cause && recurrence;
    }

    private boolean hasPostmortemTitle(Notice notice) {
        return title != null && Phrase.any(checklist.marker("postmortem"), title, titleFolded);
    }

    private boolean hasWriteUpHeadings(Notice notice) {
        Set<String> headed = new HashSet<>();
        for (String element : List.of("what-happened", "fix", "prevention", "impact")) {
            var spec = checklist.element(element);
            if (spec.isEmpty()) {
                continue;
            }
            for (Section section : notice.sections()) {
                if (section.heading().headingLevel() <= 6
                        && HeadingMatcher.matches(spec.get().headings(), section.normalizedHeading())) {
                    headed.add(element);
                    break;
                }
            }
        }
        return headed.size() >= 3 || (headed.contains("prevention") && headed.size() >= 2);
    }

}
