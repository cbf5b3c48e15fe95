package io.github.incidentnotice.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.incidentnotice.corpus.CorpusHarness;
import org.junit.jupiter.api.Test;

/** The committed model is what the trainer writes for today's corpus and code (skipped without the corpus). */
class DetectorModelTest {

    @Test
    void theCommittedModelIsNotStale() throws IOException {
        Path corpus = CorpusHarness.corpusDir();
        assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus);
        byte[] trained = DetectorTrainer.bytes(DetectorTrainer.train(corpus));
        byte[] committed = Files.readAllBytes(DetectorTrainer.MODEL);
        assertArrayEquals(trained, committed, "the committed detector model is stale for the corpus and the trainer;"
                + " retrain it: ./mvnw -B -q -Ptrain test-compile exec:java");
    }
}
