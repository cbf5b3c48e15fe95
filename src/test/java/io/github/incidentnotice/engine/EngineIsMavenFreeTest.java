package io.github.incidentnotice.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The checking engine knows nothing of Maven: only the plugin package may import Maven types. */
class EngineIsMavenFreeTest {

    @Test
    void onlyThePluginPackageImportsMaven() throws IOException {
        Path sources = Paths.get("src/main/java/io/github/incidentnotice");
        List<String> offenders;
        try (Stream<Path> walk = Files.walk(sources)) {
            offenders = walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !sources.relativize(p).startsWith("plugin"))
                    .filter(p -> {
                        try {
                            return Files.readString(p).contains("import org.apache.maven");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString).toList();
        }
        assertEquals(List.of(), offenders);
    }
}
