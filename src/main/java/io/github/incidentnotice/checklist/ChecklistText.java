package io.github.incidentnotice.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import io.github.incidentnotice.parse.InputProblem;
import io.github.incidentnotice.parse.NoticeReader;
import io.github.incidentnotice.parse.SafeYaml;

/**
 * Reads a team checklist file as untrusted text: a regular file of at most {@link SafeYaml#MAX_CODE_POINTS}
 * bytes, strictly UTF-8 (YAML's own encoding), so that a mistake is a {@link ChecklistException} at its line.
 */
final class ChecklistText {

    private ChecklistText() {
    }

    static String read(Path file, String displayName) throws ChecklistException {
        byte[] bytes;
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attrs.isRegularFile()) {
                throw new ChecklistException(displayName, 1, 1, "the checklist is not a regular file");
            }
            if (attrs.size() > SafeYaml.MAX_CODE_POINTS) {
                throw tooLarge(displayName);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(SafeYaml.MAX_CODE_POINTS + 1);
            }
        } catch (IOException e) {
            throw new ChecklistException(displayName, 1, 1, "cannot read the checklist: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        if (bytes.length > SafeYaml.MAX_CODE_POINTS) {
            throw tooLarge(displayName);
        }
        try {
            return new NoticeReader(java.nio.charset.StandardCharsets.UTF_8).decode(bytes);
        } catch (InputProblem p) {
            // the notice reader's wording, less what only applies to notices (a checklist is always UTF-8)
            throw new ChecklistException(displayName, p.line(), p.column(), p.getMessage()
                    .replace(" or set <encoding> (incident-notice.encoding)", "")
                    .replace("not a Markdown notice", "not a YAML checklist"));
        }
    }

    private static ChecklistException tooLarge(String displayName) {
        return new ChecklistException(displayName, 1, 1, "the checklist is larger than " + SafeYaml.MAX_CODE_POINTS
                + " bytes; it is not read");
    }
}
