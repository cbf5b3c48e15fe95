package io.github.incidentnotice.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class CacheKeyTest {

    @Test
    void theBuildWritesTheDefaultChecklistsSha256() throws IOException {
        try (InputStream in = CacheKey.class.getResourceAsStream(CacheKey.DEFAULT_DIGEST_RESOURCE)) {
            assertNotNull(in, "the build (process-resources) writes " + CacheKey.DEFAULT_DIGEST_RESOURCE);
            String written = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
            // a stale digest would let a changed default checklist reuse findings of the old one
            assertEquals(CacheKey.sha256(CacheKey.defaultChecklistBytes()), written);
            assertEquals(written, CacheKey.defaultChecklistDigest());
        }
    }

    @Test
    void theBuildWritesTheDetectorModelsSha256() throws IOException {
        try (InputStream in = CacheKey.class.getResourceAsStream(CacheKey.MODEL_DIGEST_RESOURCE)) {
            assertNotNull(in, "the build (process-resources) writes " + CacheKey.MODEL_DIGEST_RESOURCE);
            String written = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
            // a retrained model must not reuse findings the old one decided
            assertEquals(CacheKey.sha256(CacheKey.bytes(io.github.incidentnotice.detect.DetectorModel.RESOURCE)), written);
        }
        assertTrue(CacheKey.of("1.0", null, StandardCharsets.UTF_8, Set.of()).contains(";detector-model="));
    }

    @Test
    void theKeyIsAsciiAndTellsItsFieldsApart() throws IOException {
        String key = CacheKey.of("1.0", null, StandardCharsets.UTF_8, Set.of("caf\u00e9"));
        assertTrue(key.chars().allMatch(c -> c < 0x80), key);
        // a separator inside a field cannot make two different field lists read alike
        assertNotEquals(CacheKey.of("1.0", null, StandardCharsets.UTF_8, Set.of("a;skip-rules=62")),
                CacheKey.of("1.0", null, StandardCharsets.UTF_8, Set.of("a")));
    }

    @Test
    void aVeryLongKeyIsHashedAndStillFollowsItsFields() throws IOException {
        Set<String> many = IntStream.range(0, 500).mapToObj(i -> "rule-" + i).collect(Collectors.toSet());
        String key = CacheKey.of("1.0", null, StandardCharsets.UTF_8, many);
        assertEquals("key-2-hashed;".length() + 64, key.length());
        Set<String> fewer = new TreeSet<>(many);
        fewer.remove("rule-7");
        assertNotEquals(key, CacheKey.of("1.0", null, StandardCharsets.UTF_8, fewer));
        assertEquals(key, CacheKey.of("1.0", null, StandardCharsets.UTF_8, new TreeSet<>(many)));
    }
}
