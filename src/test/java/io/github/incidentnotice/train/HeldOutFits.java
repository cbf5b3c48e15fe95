package io.github.incidentnotice.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.incidentnotice.detect.Detector;
import io.github.incidentnotice.detect.DetectorModel;
import io.github.incidentnotice.model.Checklist;

/**
 * The detectors of a leave-one-organisation-out score: for each organisation, one fitted on the notices of
 * every other organisation (thresholds included), so no label of its own notices reaches its judgement.
 */
public final class HeldOutFits {

    private HeldOutFits() {
    }

    public static Map<String, Detector> fit(List<LabelledNotice> labels, Checklist checklist) throws IOException {
        List<PreparedNotice> prepared = DetectorTrainer.prepare(labels);
        List<String> orgs = new ArrayList<>(new TreeSet<>(labels.stream().map(LabelledNotice::organisation).toList()));
        ModelFitter fitter = new ModelFitter(DetectorTrainer.elements());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            Map<String, Future<DetectorModel>> futures = new LinkedHashMap<>();
            for (String org : orgs) {
                List<PreparedNotice> others = prepared.stream().filter(n -> !n.label.organisation().equals(org)).toList();
                futures.put(org, pool.submit(() -> fitter.fit(others)));
            }
            Map<String, Detector> detectors = new LinkedHashMap<>();
            for (Map.Entry<String, Future<DetectorModel>> f : futures.entrySet()) {
                detectors.put(f.getKey(), new Detector(f.getValue().get(), checklist));
            }
            return detectors;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("a held-out fit failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
