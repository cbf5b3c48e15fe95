package io.github.incidentnotice.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.github.incidentnotice.detect.Detector;
import io.github.incidentnotice.detect.LinearModel;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.KindStage;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.match.LiteralPrefilter;
import io.github.incidentnotice.match.Phrase;
import io.github.incidentnotice.model.Stage;
import io.github.incidentnotice.parse.Dates;
import io.github.incidentnotice.parse.Notice;
import io.github.incidentnotice.parse.ProseDates;
import io.github.incidentnotice.parse.Section;
import io.github.incidentnotice.parse.Sentence;

/**
 * A notice with what rules share about it: its kind and stage, the sentences as matched (quotations
 * masked), and which elements it states (computed once, with the evidence that decided).
 */
public final class NoticeAnalysis {

    /**
     * Elements a title can show: a title often names the cause ("Electrical failure due to weather"), but
     * readers want the impact on people stated in the text, not a headline such as "Database down".
     */
    private static final java.util.Set<String> TITLE_ELEMENTS = java.util.Set.of("what-happened");

    private final Notice notice;
    private final Checklist checklist;
    /** Kind and stage as the front matter and the markers give them, before the content is read. */
    private final KindStageResolver.Resolution resolution;
    /** The same once the content is read (a long account with fix and follow-ups is a write-up); null until asked. */
    private KindStageResolver.Resolution settled;
    private KindStage kindStage;
    private final boolean personalData;
    private final String severity;
    /** Each sentence with curly apostrophes straightened (markers, placeholders, owner-or-date read it). */
    private final String[] plainText;
    private final String[] matchText;
    /** Sentences that stand wholly inside a quotation running over several sentences. */
    private final boolean[] inQuotation;
    /** Sentences that are template text (checked once per notice: every element asks). */
    private final java.util.Set<Sentence> placeholders =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final Map<String, Optional<Evidence>> evidence = new HashMap<>();
    /** Where each defect found first stands, with the sentence from there (the reports' evidence of defects). */
    private final Map<String, io.github.incidentnotice.model.Citation> defectCitations = new java.util.LinkedHashMap<>();
    /**
     * Each sentence folded for the prefilters, as matched and as written, made on first use: every phrase
     * list of every element, defect and marker meets every sentence, and a sentence is folded and scanned once.
     */
    private final LiteralPrefilter.Folded[] foldedMatchText;
    private final LiteralPrefilter.Folded[] foldedText;

    /** The learned detector, or null until an element asks for the shipped one. */
    private Detector detector;
    /** Each sentence's features, made when an element with a fitted model is first asked for. */
    private String[][] features;
    /** Per element with a model, each sentence's probability (NaN where it cannot show the element). */
    private final Map<String, double[]> probabilities = new HashMap<>();
    /** Per element, which sentences may show it (worked out once: see {@link #candidates(ElementSpec)}). */
    private final Map<String, boolean[]> candidates = new HashMap<>();
    private double[][] scores;
    private java.util.Map<Object, Integer> sentenceIndex;
    /** Placeholder sentence index to the element it stands for; null until asked. */
    private Map<Integer, ElementSpec> guideElements;

    public NoticeAnalysis(Notice notice, Checklist checklist) {
        this(notice, checklist, null);
    }

    /**
     * An analysis with the given detector ({@code null}: the shipped model, loaded when an element first
     * needs it); the corpus harness passes models fitted without the notice's organisation.
     */
    public NoticeAnalysis(Notice notice, Checklist checklist, Detector detector) {
        this.detector = detector;
        this.notice = notice;
        this.checklist = checklist;
        List<Sentence> sentences = notice.sentences();
        this.plainText = new String[sentences.size()];
        this.matchText = new String[sentences.size()];
        for (int i = 0; i < matchText.length; i++) {
            plainText[i] = Prose.straighten(sentences.get(i).text());
            matchText[i] = Prose.maskQuotations(plainText[i]);
        }
        Object[] blocks = new Object[sentences.size()];
        for (int i = 0; i < blocks.length; i++) {
            blocks[i] = sentences.get(i).block();
        }
        // the sentences of a quotation over several sentences are someone else's words, as a blockquote's are
        this.inQuotation = Prose.maskOpenQuotations(matchText, blocks);
        this.foldedMatchText = new LiteralPrefilter.Folded[sentences.size()];
        this.foldedText = new LiteralPrefilter.Folded[sentences.size()];
        this.resolution = new KindStageResolver(checklist).resolve(notice, this::plainText, this::foldedText);
        this.personalData = Boolean.TRUE.equals(notice.frontMatter().bool("personal-data"));
        String stated = notice.frontMatter().string("severity");
        this.severity = stated == null ? "" : stated.toLowerCase(java.util.Locale.ROOT);
        Optional<io.github.incidentnotice.model.DefectSpec> placeholderDefect = checklist.defect("placeholder");
        List<Phrase> placeholder = placeholderDefect.isPresent() ? placeholderDefect.get().phrases() : List.of();
        boolean guideLine = false;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (Phrase.any(placeholder, plainText[i], foldedText(i))) {
                placeholders.add(s);
                guideLine = PlaceholderGuide.named(plainText[i]).isPresent();
            } else if (guideLine && continuesPlaceholder(sentences.get(i - 1), s)) {
                // the rest of a guide line the splitter cut ("... a contact point (GDPR Art." then "34).") is template text too
                placeholders.add(s);
            } else {
                guideLine = false;
            }
        }
    }

    /** Whether a sentence goes on, in the same block and on the same line, from a placeholder sentence. */
    private boolean continuesPlaceholder(Sentence previous, Sentence s) {
        return placeholders.contains(previous) && previous.block() == s.block() && !previous.text().isEmpty()
                && previous.lineAt(previous.text().length() - 1) == s.line();
    }

    /** Sentence {@code index} as phrases see it, folded for the prefilters. */
    LiteralPrefilter.Folded foldedMatchText(int index) {
        LiteralPrefilter.Folded f = foldedMatchText[index];
        if (f == null) {
            String text = matchText[index];
            // most sentences have no quotation to mask: then both forms are the same string
            f = text == plainText[index] ? foldedText(index) : LiteralPrefilter.Folded.of(text);
            foldedMatchText[index] = f;
        }
        return f;
    }

    /** Sentence {@code index} as written, curly apostrophes straightened: what markers and placeholders read. */
    String plainText(int index) {
        return plainText[index];
    }

    /**
     * Whether a phrase of the list matches a sentence of this notice as markers read it (curly apostrophes
     * straightened), reusing the sentence's folded form; the sentence must be one of the notice's own.
     */
    boolean anyPlain(List<Phrase> phrases, Sentence sentence) {
        List<Sentence> sentences = notice.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i) == sentence) {
                return Phrase.any(phrases, plainText[i], foldedText(i));
            }
        }
        // every sentence a rule is shown is the notice's own: another would be a bug, not a slower path
        throw new IllegalArgumentException("not a sentence of this notice: " + sentence.text());
    }

    /** {@link #plainText} folded for the prefilters. */
    LiteralPrefilter.Folded foldedText(int index) {
        LiteralPrefilter.Folded f = foldedText[index];
        if (f == null) {
            f = LiteralPrefilter.Folded.of(plainText[index]);
            foldedText[index] = f;
        }
        return f;
    }

    public Notice notice() {
        return notice;
    }

    public Checklist checklist() {
        return checklist;
    }

    public Kind kind() {
        return settled().kind();
    }

    public Stage stage() {
        return settled().stage();
    }

    public boolean inferred() {
        return settled().inferred();
    }

    public KindStage kindStage() {
        if (kindStage == null) {
            // every element's level is decided from these, by each rule and again for the result
            kindStage = new KindStage(kind(), stage());
        }
        return kindStage;
    }

    /**
     * Kind and stage with the content read: a resolved incident whose stage the front matter's status does
     * not state is a postmortem when it is a full write-up: at least as many sentences as the detector's
     * {@code postmortem-min-sentences} (learned by the trainer), with an account, a fix and follow-up work.
     */
    private KindStageResolver.Resolution settled() {
        if (settled == null) {
            settled = resolution;
            // work still to come is never over: a front matter that says the problem was resolved keeps it an incident
            if (resolution.kind() == Kind.INCIDENT && !resolution.kindStated() && !resolution.stageStated()
                    && !(resolution.stageRead() && resolution.stage() != Stage.ONGOING) && announcedAhead()) {
                settled = resolution.asAnnouncedWork();
            } else if (mayBeWriteUpByContent() && isWriteUpByContent()) {
                settled = resolution.asWriteUp();
            }
        }
        return settled;
    }

    /**
     * Whether the notice opens by announcing something ahead of its time: a lead sentence in the future tense
     * with a date or time ("will be unavailable on Saturday from 02:00 UTC"), or in the future or the present
     * progressive naming a day after the notice's own date ("is switching back on March 5th", posted on 23
     * February); and no lead sentence in the past or with the checklist's wording of an open problem.
     * That is planned work, not an incident report, whatever its words for the work.
     */
    private boolean announcedAhead() {
        String[][] f = features();
        List<Sentence> sentences = notice.sentences();
        Optional<LocalDate> written = writtenOn();
        boolean ahead = false;
        for (int i = 0, lead = 0; i < sentences.size() && lead < LEAD_SENTENCES; i++) {
            Sentence s = sentences.get(i);
            if (s.title() || s.heading() || s.quoted()) {
                continue;
            }
            lead++;
            java.util.Set<String> fs = java.util.Set.of(f[i]);
            // a report in the past, or a problem still open ("we are investigating", "next update at 15:00")
            if (fs.contains("m:past") || Phrase.any(checklist.marker("ongoing"), plainText[i], foldedText(i))) {
                return false;
            }
            boolean future = fs.contains("m:future");
            ahead |= future && (fs.contains("n:date") || fs.contains("n:time"));
            ahead |= written.isPresent() && (future || PROGRESSIVE.matcher(plainText[i]).find())
                    && namesDayAfter(plainText[i], written.get());
        }
        return ahead;
    }

    /** A verb in the present progressive ("is switching", "we're moving"): what is under way or arranged. */
    private static final Pattern PROGRESSIVE = Pattern.compile(
            "(?i)\\b(?:is|are|am|'re)\\s+(?:\\w+ly\\s+)?\\w{2,}ing\\b");

    /**
     * The day the notice was written: its front matter's {@code date} as its site generator reads it (an MDX
     * site's {@code 03-02-2026} is 2 March, a Jekyll one's 3 February), else the date its file name starts with.
     */
    private Optional<LocalDate> writtenOn() {
        Optional<LocalDate> stated = Dates.read(notice.frontMatter().string("date"),
                Dates.DayMonthOrder.forFile(notice.file())).map(r -> r.value().toLocalDate());
        return stated.isPresent() ? stated : Dates.fromFileName(notice.file());
    }

    /** Whether the sentence names a day after {@code written} (a day without a year is read in that year). */
    private static boolean namesDayAfter(String sentence, LocalDate written) {
        for (LocalDate day : ProseDates.find(sentence, written.getYear())) {
            if (day.isAfter(written)) {
                return true;
            }
        }
        return false;
    }

    /** How many sentences open a notice, for what its opening says. */
    private static final int LEAD_SENTENCES = 2;

    private boolean isWriteUpByContent() {
        double min = detector().parameter(Detector.POSTMORTEM_MIN_SENTENCES);
        if (!(bodySentences() >= min)) {
            return false;
        }
        return isFullAccount();
    }

    /**
     * Whether the notice gives an account, a fix and follow-up work: what a write-up has (read as in the
     * resolved notice the markers made of it, as the elements' features say).
     */
    public boolean isFullAccount() {
        return present("what-happened") && present("fix") && present("prevention");
    }

    /** The sentences of the body: neither the title nor a heading. */
    public int bodySentences() {
        int count = 0;
        for (Sentence s : notice.sentences()) {
            if (!s.title() && !s.heading()) {
                count++;
            }
        }
        return count;
    }

    /** Whether the content, not the front matter's status, may still make this resolved incident a write-up. */
    public boolean mayBeWriteUpByContent() {
        return resolution.stage() == Stage.RESOLVED && resolution.kind() == Kind.INCIDENT && !resolution.stageStated();
    }

    /** The level an element has for this notice (its kind and stage, personal data, severity); off when it does not apply. */
    public Level level(ElementSpec element) {
        return element.levelFor(kindStage(), personalData, severity);
    }

    public boolean personalData() {
        return personalData;
    }

    /** The severity from the front matter, lower case, or empty. */
    public String severity() {
        return severity;
    }

    /** The sentence text as phrases see it (quotations masked). */
    String matchText(int index) {
        return matchText[index];
    }

    /** Where the notice states an element, or empty when it does not. */
    public Optional<Evidence> evidence(ElementSpec element) {
        // get and put, not computeIfAbsent: the JIT inlined the whole detection into HashMap's shared
        // computeIfAbsent, then threw that away when another caller used it (some 0.6 s of C2 time on 10,000 notices)
        Optional<Evidence> found = evidence.get(element.id());
        if (found == null) {
            found = detect(element);
            evidence.put(element.id(), found);
        }
        return found;
    }

    /** Keeps where a defect was found, unless an earlier place of it was kept already. */
    void citeDefect(String defectId, io.github.incidentnotice.model.Citation citation) {
        defectCitations.putIfAbsent(defectId, citation);
    }

    /** Where the defect the rules found first stands, if a rule kept it. */
    public Optional<io.github.incidentnotice.model.Citation> defectCitation(String defectId) {
        return Optional.ofNullable(defectCitations.get(defectId));
    }

    public boolean present(String elementId) {
        Optional<ElementSpec> element = checklist.element(elementId);
        return element.isPresent() && evidence(element.get()).isPresent();
    }

    private Detector detector() {
        if (detector == null) {
            detector = Detector.defaults();
        }
        return detector;
    }

    private Optional<Evidence> detect(ElementSpec element) {
        Optional<LinearModel> model = detector().model(element.id());
        if (model.isPresent()) {
            Evidence learned = learned(element, model.get());
            if (learned != null) {
                return Optional.of(learned);
            }
            Optional<Evidence> headed = headedByMeaning(element, model.get());
            if (headed.isPresent()) {
                return headed;
            }
            return model.get().withRules() ? byRules(element, model.get()) : added(element);
        }
        return byRules(element, null);
    }

    /**
     * A section whose heading reads as the element (scored as a sentence by its model) and whose content
     * does too: "What we're changing" over follow-up work counts, whatever the checklist's wordings.
     */
    private Optional<Evidence> headedByMeaning(ElementSpec element, LinearModel model) {
        LinearModel.Sections t = model.sections();
        if (t.heading() > 1) {
            return Optional.empty();
        }
        double[][] readings = sectionReadings(element, model);
        for (int k = 0; k < readings.length; k++) {
            if (readings[k][0] >= t.heading() && readings[k][1] >= t.content()) {
                return Optional.of(Evidence.heading(notice.sections().get(k)));
            }
        }
        return Optional.empty();
    }

    /**
     * Per section, the probability the element's model gives its heading read as a sentence (NaN without
     * one) and the highest it gives a sentence of its content that may show the element (-1 without one).
     */
    double[][] sectionReadings(ElementSpec element, LinearModel model) {
        double[] p = probabilities(element, model);
        double[][] z = scores();
        int k = detector().position(element.id());
        List<Section> sections = notice.sections();
        double[][] readings = new double[sections.size()][];
        for (int s = 0; s < readings.length; s++) {
            int h = headingSentence(sections.get(s));
            double best = -1;
            for (int i : contentSentences(sections.get(s))) {
                if (p[i] >= 0) {
                    best = Math.max(best, p[i]);
                }
            }
            readings[s] = new double[] {h < 0 ? Double.NaN : LinearModel.probability(z[h][k]), best};
        }
        return readings;
    }

    /** The index of a section's heading among the notice's sentences, or -1 when it is not one of them. */
    public int headingSentence(Section section) {
        Integer i = sentenceIndex().get(section.heading());
        return i == null ? -1 : i;
    }

    /** The indices of a section's content sentences (subsections included) among the notice's sentences. */
    public int[] contentSentences(Section section) {
        java.util.Map<Object, Integer> index = sentenceIndex();
        return section.content().stream().map(index::get).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).toArray();
    }

    /** Sentence and heading block to sentence index, by identity (made on first use). */
    private java.util.Map<Object, Integer> sentenceIndex() {
        if (sentenceIndex == null) {
            sentenceIndex = new java.util.IdentityHashMap<>();
            List<Sentence> sentences = notice.sentences();
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                sentenceIndex.put(s, i);
                if (s.heading()) {
                    sentenceIndex.putIfAbsent(s.block(), i);
                }
            }
        }
        return sentenceIndex;
    }

    /** Which sections a heading of the element's own checklist wordings introduces, with real content. */
    public boolean[] checklistHeadings(String elementId) {
        List<Section> sections = notice.sections();
        boolean[] headed = new boolean[sections.size()];
        Optional<ElementSpec> element = checklist.element(elementId);
        for (int k = 0; k < headed.length && element.isPresent(); k++) {
            headed[k] = HeadingMatcher.matches(element.get().headings(), sections.get(k).normalizedHeading())
                    && contentMayShow(element.get(), sections.get(k));
        }
        return headed;
    }

    /** Whether one of the element's checklist phrases shows it in some sentence. */
    public boolean phrasesFind(String elementId) {
        Optional<ElementSpec> element = checklist.element(elementId);
        for (int i = 0; i < notice.sentences().size() && element.isPresent(); i++) {
            if (match(element.get(), i) != null) {
                return true;
            }
        }
        return false;
    }

    /** The sentence the element's model scores highest, when it reaches the model's threshold. */
    private Evidence learned(ElementSpec element, LinearModel model) {
        double[] p = probabilities(element, model);
        int at = bestIndex(p);
        return at >= 0 && model.accepts(p[at]) ? Evidence.scored(notice.sentences().get(at), p[at]) : null;
    }

    /** The sentence with the highest probability, -1 when none may show the element (all NaN). */
    static int bestIndex(double[] p) {
        int at = -1;
        for (int i = 0; i < p.length; i++) {
            // NaN (a sentence that cannot show the element) never compares greater
            if (p[i] >= 0 && (at < 0 || p[i] > p[at])) {
                at = i;
            }
        }
        return at;
    }

    /**
     * The probability the element's model gives each sentence, NaN where a sentence cannot show it (worked
     * out once per element: the evidence and the follow-up statements of a prevention both read it).
     */
    double[] probabilities(ElementSpec element, LinearModel model) {
        double[] p = probabilities.get(element.id());
        if (p == null) {
            boolean[] can = candidates(element);
            double[][] z = scores();
            int k = detector().position(element.id());
            p = new double[z.length];
            for (int i = 0; i < z.length; i++) {
                p[i] = can[i] ? LinearModel.probability(z[i][k]) : Double.NaN;
            }
            probabilities.put(element.id(), p);
        }
        return p;
    }

    /**
     * Which sentences may show the element at all: not quoted, not a heading, not a placeholder, and not
     * wording the element excludes (a hedged apology is a non-apology whatever a model says).
     */
    private boolean[] candidates(ElementSpec element) {
        boolean[] can = candidates.get(element.id());
        if (can == null) {
            List<Phrase> exclusions = detector().exclusions(element);
            can = new boolean[notice.sentences().size()];
            for (int i = 0; i < can.length; i++) {
                can[i] = ownProse(i)
                        && (exclusions.isEmpty() || !Phrase.any(exclusions, matchText[i], foldedMatchText(i)));
            }
            // the model's probabilities, the team's phrases and each heading's content all ask
            candidates.put(element.id(), can);
        }
        return can;
    }

    /** The element's fitted model, if the detector has one. */
    Optional<LinearModel> model(ElementSpec element) {
        return detector().model(element.id());
    }

    /** The wording that never shows the element (see {@link Detector#exclusions}). */
    List<Phrase> exclusions(ElementSpec element) {
        return detector().exclusions(element);
    }

    /** The probability the element's model gives sentence {@code i}, whether or not the sentence may show it. */
    double unfilteredProbability(ElementSpec element, int i) {
        return LinearModel.probability(scores()[i][detector().position(element.id())]);
    }

    /** Whether sentence {@code i} is the notice's own prose: not quoted, not a heading, not template text. */
    boolean ownProse(int i) {
        Sentence s = notice.sentences().get(i);
        return !s.quoted() && !inQuotation[i] && !(s.heading() && !s.title()) && !isPlaceholder(s);
    }

    /** Which sentences may show the element at all (what the trainer reads as candidates). */
    public boolean[] candidates(String elementId) {
        Optional<ElementSpec> element = checklist.element(elementId);
        return element.isPresent() ? candidates(element.get()).clone() : new boolean[notice.sentences().size()];
    }

    /** Every model's log-odds for each sentence, worked out once for all elements. */
    private double[][] scores() {
        if (scores == null) {
            scores = detector().scores(features());
        }
        return scores;
    }

    /** The features of each sentence, as the detector reads them (made once per notice). */
    public String[][] features() {
        if (features == null) {
            // quoted words are someone else's: the model reads the sentence as phrases do
            features = detector().features(notice, matchText, this::foldedMatchText, resolution.kind(), resolution.stage());
        }
        return features;
    }

    /** A team's own headings and phrases still make an element present. */
    private Optional<Evidence> added(ElementSpec element) {
        List<String> headings = detector().addedHeadings(element);
        if (!headings.isEmpty()) {
            for (Section section : notice.sections()) {
                if (HeadingMatcher.matches(headings, section.normalizedHeading()) && hasRealContent(section)) {
                    return Optional.of(Evidence.heading(section));
                }
            }
        }
        List<Phrase> phrases = detector().addedPhrases(element);
        if (!phrases.isEmpty()) {
            boolean[] can = candidates(element);
            List<Sentence> sentences = notice.sentences();
            for (int i = 0; i < sentences.size(); i++) {
                if (can[i] && !sentences.get(i).title()) {
                    Phrase.Match m = Phrase.first(phrases, matchText[i], foldedMatchText(i));
                    if (m != null) {
                        return Optional.of(Evidence.phrase(sentences.get(i), m.start()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The checklist's own headings and phrases; with a model, a heading counts only when its content reads as
     * the element as far as the trainer asked ("Next steps" over "we will keep monitoring" is not prevention).
     */
    private Optional<Evidence> byRules(ElementSpec element, LinearModel model) {
        double[][] readings = model == null || model.sections().ruleContent() <= 0 ? null
                : sectionReadings(element, model);
        List<Section> sections = notice.sections();
        for (int k = 0; k < sections.size(); k++) {
            Section section = sections.get(k);
            if (HeadingMatcher.matches(element.headings(), section.normalizedHeading()) && contentMayShow(element, section)
                    && (readings == null || readings[k][1] >= model.sections().ruleContent())) {
                return Optional.of(Evidence.heading(section));
            }
        }
        List<Sentence> sentences = notice.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Phrase.Match m = match(element, i);
            if (m != null) {
                return Optional.of(Evidence.phrase(sentences.get(i), m.start()));
            }
        }
        return Optional.empty();
    }

    /**
     * Every statement of an element: each list item under one of its headings (or the section's text
     * when it has no list) and each sentence whose wording shows it (used where each statement must
     * meet a further condition, such as a follow-up action's owner or date).
     */
    public List<Sentence> sentencesShowing(ElementSpec element) {
        java.util.Set<Sentence> result = new java.util.LinkedHashSet<>();
        Optional<LinearModel> model = detector().model(element.id());
        if (model.isPresent()) {
            double[] p = probabilities(element, model.get());
            for (int i = 0; i < p.length; i++) {
                if (p[i] >= 0 && model.get().accepts(p[i])) {
                    result.add(notice.sentences().get(i));
                }
            }
            boolean rules = model.get().withRules();
            List<String> headings = rules ? element.headings() : detector().addedHeadings(element);
            List<Phrase> phrases = rules ? element.phrases() : detector().addedPhrases(element);
            for (Section section : notice.sections()) {
                if (!headings.isEmpty() && HeadingMatcher.matches(headings, section.normalizedHeading())) {
                    result.addAll(statements(section));
                }
            }
            boolean[] can = rules || phrases.isEmpty() ? null : candidates(element);
            for (int i = 0; i < p.length && !phrases.isEmpty(); i++) {
                if (rules ? match(element, i) != null
                        : can[i] && Phrase.any(phrases, matchText[i], foldedMatchText(i))) {
                    result.add(notice.sentences().get(i));
                }
            }
            return List.copyOf(result);
        }
        for (Section section : notice.sections()) {
            if (HeadingMatcher.matches(element.headings(), section.normalizedHeading())) {
                result.addAll(statements(section));
            }
        }
        List<Sentence> sentences = notice.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            if (match(element, i) != null) {
                result.add(sentences.get(i));
            }
        }
        return List.copyOf(result);
    }

    /** The list items of a section, or its text when it has no list. */
    private List<Sentence> statements(Section section) {
        List<Sentence> text = section.content().stream().filter(s -> !s.heading() && !isPlaceholder(s)).toList();
        List<Sentence> items = text.stream().filter(Sentence::listItem).toList();
        return items.isEmpty() ? text : items;
    }

    /** Where sentence {@code i} shows an element in prose, or null (quoted words, placeholders and hedges never do). */
    private Phrase.Match match(ElementSpec element, int i) {
        Sentence s = notice.sentences().get(i);
        if (s.quoted() || inQuotation[i] || (s.heading() && !s.title()) || (s.title() && !TITLE_ELEMENTS.contains(element.id()))
                || isPlaceholder(s)) {
            // template text ("TODO: say what the credit is") never shows an element
            return null;
        }
        String text = matchText[i];
        LiteralPrefilter.Folded folded = foldedMatchText(i);
        Phrase.Match m = Phrase.first(element.phrases(), text, folded);
        if (m == null && resolution.stage() == Stage.ONGOING) {
            m = Phrase.first(element.ongoingPhrases(), text, folded);
        }
        return m != null && !Phrase.any(element.unless(), text, folded) ? m : null;
    }


    private boolean isPlaceholder(Sentence s) {
        return placeholders.contains(s);
    }

    /**
     * The element the placeholder sentence {@code index} stands for (see {@link PlaceholderGuide}), or empty
     * when it is no placeholder or stands for none the notice requires.
     */
    public Optional<ElementSpec> guideFor(int index) {
        guides();
        return Optional.ofNullable(guideElements.get(index));
    }

    /** Whether an unreplaced placeholder stands for the element: then that placeholder is what reports it. */
    public boolean awaitsGuide(ElementSpec element) {
        guides();
        return guideElements.containsValue(element);
    }

    /** Each placeholder's element, worked out once (most notices have no placeholder at all). */
    private void guides() {
        if (guideElements == null) {
            guideElements = new HashMap<>();
            List<Sentence> sentences = notice.sentences();
            for (int i = 0; i < sentences.size(); i++) {
                if (isPlaceholder(sentences.get(i))) {
                    Optional<ElementSpec> e = PlaceholderGuide.standsFor(this, i);
                    if (e.isPresent()) {
                        guideElements.put(i, e.get());
                    }
                }
            }
        }
    }

    /**
     * Whether a section under one of the element's headings has content that may show it: code or images, or
     * a sentence the element's exact exclusions leave in ("Next steps" over only "we will keep monitoring" is
     * not prevention, as that sentence alone is not).
     */
    private boolean contentMayShow(ElementSpec element, Section section) {
        if (!hasRealContent(section)) {
            return false;
        }
        if (section.opaqueContent()) {
            return true;
        }
        boolean[] can = candidates(element);
        for (int i : contentSentences(section)) {
            if (can[i]) {
                return true;
            }
        }
        return false;
    }

    /** Real content: prose that is not only a placeholder, or code and images. */
    boolean hasRealContent(Section section) {
        if (section.opaqueContent()) {
            return true;
        }
        for (Sentence s : section.content()) {
            if (s.heading() || isPlaceholder(s)) {
                continue;
            }
            if (s.text().strip().length() >= 2) {
                return true;
            }
        }
        return false;
    }
}
