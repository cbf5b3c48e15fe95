package io.github.incidentnotice.train;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.incidentnotice.parse.Sentence;
import io.github.incidentnotice.rules.NoticeAnalysis;

/**
 * A labelled notice read as the trainer sees it: the features of each sentence, which sentences may show
 * each element, and which hold the label's evidence quote (the positives of that element).
 */
final class PreparedNotice {

    final LabelledNotice label;
    /** The notice as read (the trainer reads it again with the models it fitted). */
    final io.github.incidentnotice.parse.Notice notice;
    final String[][] features;
    final Map<String, BitSet> eligible = new LinkedHashMap<>();
    final Map<String, BitSet> positives = new LinkedHashMap<>();
    /** Whether the checklist's headings and phrases alone find each element (they are not learned). */
    final Map<String, Boolean> rules = new LinkedHashMap<>();
    /** Whether the checklist's phrases find each element in some sentence. */
    final Map<String, Boolean> phrases = new LinkedHashMap<>();
    /** Per element, which sections a checklist heading of it introduces (with real content). */
    final Map<String, boolean[]> checklistHeadings = new LinkedHashMap<>();
    /** Per section, the index of its heading sentence (-1 when none) and of its content sentences. */
    final int[] headingOf;
    final int[][] contentOf;

    PreparedNotice(LabelledNotice label, NoticeAnalysis analysis, List<String> elements) {
        this.label = label;
        this.notice = analysis.notice();
        this.features = analysis.features();
        List<io.github.incidentnotice.parse.Section> sections = analysis.notice().sections();
        this.headingOf = new int[sections.size()];
        this.contentOf = new int[sections.size()][];
        for (int k = 0; k < sections.size(); k++) {
            headingOf[k] = analysis.headingSentence(sections.get(k));
            contentOf[k] = analysis.contentSentences(sections.get(k));
        }
        List<Sentence> sentences = analysis.notice().sentences();
        String[] normalized = new String[sentences.size()];
        for (int i = 0; i < normalized.length; i++) {
            normalized[i] = normalize(sentences.get(i).text());
        }
        for (String element : elements) {
            boolean[] candidates = analysis.candidates(element);
            BitSet can = new BitSet();
            for (int i = 0; i < candidates.length; i++) {
                if (candidates[i]) {
                    can.set(i);
                }
            }
            eligible.put(element, can);
            BitSet pos = new BitSet();
            String quote = label.evidence().get(element);
            if (label.present(element) && quote != null) {
                String q = normalize(quote);
                for (int i = can.nextSetBit(0); i >= 0 && !q.isEmpty(); i = can.nextSetBit(i + 1)) {
                    String s = normalized[i];
                    if (s.contains(q) || (s.length() >= 20 && q.contains(s))) {
                        pos.set(i);
                    }
                }
            }
            positives.put(element, pos);
            rules.put(element, analysis.present(element));
            phrases.put(element, analysis.phrasesFind(element));
            checklistHeadings.put(element, analysis.checklistHeadings(element));
        }
    }

    /** Lower case, letters and digits only, single spaces: a quote matches whatever markup surrounds it. */
    static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
                space = false;
            } else if (!space && c != '\'' && c != '\u2019') {
                sb.append(' ');
                space = true;
            }
        }
        return sb.toString().strip().toLowerCase(Locale.ROOT);
    }
}
