package io.github.incidentnotice.scaffold;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * Creates a notice file inside the notice directory and nowhere else. The create is atomic
 * ({@code CREATE_NEW}): an existing file, even one made a moment earlier by someone else, is never
 * touched.
 */
public final class NoticeFiles {

    // what Slugger and the date prefix can produce; anything else is a bug, not a user's input
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.md");

    private NoticeFiles() {
    }

    /**
     * Writes {@code text} to {@code directory/fileName}, creating the directory when missing.
     *
     * @param shown how messages name the directory (relative to the project)
     * @return the file written
     * @throws NoticeExistsException when the file exists (it is left as it was)
     */
    public static Path create(Path directory, String shown, String fileName, String text, Charset charset)
            throws ScaffoldException, IOException {
        if (!SAFE_NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("not a safe notice file name: " + fileName);
        }
        Path dir = directory.toAbsolutePath().normalize();
        Path target = dir.resolve(fileName).normalize();
        if (!dir.equals(target.getParent())) {
            throw new IllegalArgumentException("not inside the notice directory: " + fileName);
        }
        byte[] bytes = encode(text, charset);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ScaffoldException("The notice directory " + shown + " is a file, not a directory "
                    + "(incident-notice.noticeDirectory).");
        }
        Files.createDirectories(dir);
        OutputStream out;
        try {
            out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new NoticeExistsException(target, "The notice " + shown + "/" + fileName
                    + " already exists and was left unchanged. Choose another title (incident-notice.title), or start"
                    + " its next stage with -Dincident-notice.from=" + shown + "/" + fileName);
        }
        try (out) {
            out.write(bytes);
        } catch (IOException e) {
            // the file is ours (we just created it): do not leave half a notice behind
            Files.deleteIfExists(target);
            throw e;
        }
        return target;
    }

    private static byte[] encode(String text, Charset charset) throws ScaffoldException {
        try {
            ByteBuffer buffer = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new ScaffoldException("The notice has characters that " + charset.name()
                    + " cannot hold (in its title or the checklist's guides); use other characters or set incident-notice.encoding.");
        }
    }
}
