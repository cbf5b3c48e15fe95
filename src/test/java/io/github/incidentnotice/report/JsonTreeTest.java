package io.github.incidentnotice.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonTreeTest {

    private static Map<String, Object> tree() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "incident-notice");
        root.put("quote", "\"we\u2019re sorry\" \u2014 caf\u00E9 \uD83D\uDE00 <tag> & \\ \n\t");
        root.put("empty", List.of());
        root.put("nothing", null);
        root.put("counts", List.of(1, 2L, Long.MAX_VALUE, -3));
        root.put("flags", Map.of("inferred", true));
        root.put("nested", List.of(Map.of("a", List.of(Map.of())), "x"));
        return root;
    }

    @Test
    void writesTheBytesAnIndentingObjectMapperWrites(@TempDir Path dir) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        assertEquals(mapper.writeValueAsString(tree()), JsonTree.toJson(tree()));
        // to a file (UTF-8 bytes) both write a character outside the BMP as two \\u escapes (a surrogate pair)
        Path expected = dir.resolve("mapper.json");
        mapper.writeValue(expected.toFile(), tree());
        Path file = dir.resolve("sub/report.json");
        JsonTree.write(tree(), file);
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), Files.readString(file, StandardCharsets.UTF_8));
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(written.contains("caf\u00E9 \\uD83D\\uDE00"), written);
    }

    @Test
    void refusesValuesAReportNeverHolds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonTree.toJson(Map.of("when", java.time.Instant.EPOCH)));
        assertEquals("not a report value: java.time.Instant", e.getMessage());
    }
}
