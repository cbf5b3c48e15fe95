package io.github.incidentnotice.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Validates SARIF text against the OASIS SARIF 2.1.0 schema from ../shared/schemas (system property sarif.schema). */
final class SarifSchema {

    private static JsonSchema schema;

    private SarifSchema() {
    }

    /** Asserts the text is valid SARIF 2.1.0; skips the calling test when the schema file is not there. */
    static void assertValid(String sarif) throws IOException {
        JsonNode document = new ObjectMapper().readTree(sarif);
        Set<ValidationMessage> problems = schema().validate(document);
        assertEquals(Set.of(), problems, "the SARIF must be valid against the OASIS 2.1.0 schema");
    }

    static synchronized JsonSchema schema() throws IOException {
        if (schema == null) {
            String location = System.getProperty("sarif.schema", "../shared/schemas/sarif-schema-2.1.0.json");
            Path file = Path.of(location);
            assumeTrue(Files.isRegularFile(file), "no SARIF schema at " + file);
            try (InputStream in = Files.newInputStream(file)) {
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
            }
        }
        return schema;
    }
}
