package io.github.incidentnotice.train;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import io.github.incidentnotice.checklist.ChecklistLoader;
import io.github.incidentnotice.detect.Detector;
import io.github.incidentnotice.detect.DetectorModel;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.parse.Notice;
import io.github.incidentnotice.parse.NoticeReader;
import io.github.incidentnotice.rules.NoticeAnalysis;

/**
 * Trains the detector on the labelled corpus and writes the model the plugin ships. Run from the project
 * root: {@code ./mvnw -B -q -Ptrain test-compile exec:java} (or with {@code -Dexec.args="<corpus> <out>"}).
 * Its output is a function of the corpus and this code alone: {@code DetectorModelTest} fails when the
 * committed model is not what it writes.
 */
public final class DetectorTrainer {

    /** Where the plugin reads its model from, relative to the project root. */
    public static final Path MODEL = Paths.get("src/main/resources" + DetectorModel.RESOURCE);

    private DetectorTrainer() {
    }

    /** The labelled notices, read and turned into features as the plugin reads them. */
    public static List<PreparedNotice> prepare(List<LabelledNotice> labels) throws IOException {
        Checklist checklist = ChecklistLoader.defaults();
        Detector featuresOnly = new Detector(new DetectorModel(Map.of()), checklist);
        NoticeReader reader = new NoticeReader(StandardCharsets.UTF_8);
        List<PreparedNotice> prepared = new ArrayList<>();
        for (LabelledNotice label : labels) {
            Notice notice;
            try {
                notice = reader.read(label.file(), label.publishedName());
            } catch (io.github.incidentnotice.parse.InputProblem e) {
                throw new IOException(label.name() + ": " + e.getMessage(), e);
            }
            prepared.add(new PreparedNotice(label, new NoticeAnalysis(notice, checklist, featuresOnly), elements()));
        }
        return prepared;
    }

    /** The elements of the default checklist, each a candidate for a fitted model. */
    public static List<String> elements() {
        return ChecklistLoader.defaults().elements().stream().map(ElementSpec::id).toList();
    }

    /** The model fitted on every labelled notice of the corpus. */
    public static DetectorModel train(Path corpus) throws IOException {
        return new ModelFitter(elements()).fit(prepare(LabelledCorpus.read(corpus)));
    }

    /** The model's file as the plugin ships it (gzip without a time stamp, so equal models are equal bytes). */
    public static byte[] bytes(DetectorModel model) throws IOException {
        StringWriter text = new StringWriter();
        model.write(text);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8)) {
            w.write(text.toString());
        }
        return out.toByteArray();
    }

    public static void main(String[] args) throws IOException {
        Path corpus = args.length > 0 ? Paths.get(args[0]) : Paths.get("../shared/corpus");
        Path out = args.length > 1 ? Paths.get(args[1]) : MODEL;
        long t0 = System.nanoTime();
        DetectorModel model = train(corpus);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, bytes(model));
        System.out.printf("trained %d models on %s in %.1f s; wrote %s (%d bytes)%n", model.models().size(),
                corpus, (System.nanoTime() - t0) / 1e9, out, Files.size(out));
        for (String name : model.models().keySet()) {
            model.describe(name, 12).forEach(System.out::println);
        }
    }
}
