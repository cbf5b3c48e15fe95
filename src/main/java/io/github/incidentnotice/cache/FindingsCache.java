package io.github.incidentnotice.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.zip.CRC32;

import io.github.incidentnotice.model.ElementState;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.model.Stage;

/**
 * The incremental cache: for each notice, the SHA-256 of its bytes and the result the engine gave it,
 * stored in one file under a {@link CacheKey}. A notice whose bytes hash the same is not parsed again.
 * The file is binary with a string table (messages repeat across notices) and a CRC-32 at the end; it
 * is written to a temporary file and moved into place atomically, so a concurrent build never reads a
 * torn file. A missing, truncated, corrupt or foreign file means an empty cache, never a failure.
 * Saving keeps only the notices looked up or stored in this run, so deleted notices drop out.
 * Lookups and stores are thread-safe.
 */
public final class FindingsCache {

    /** The cache's file name in {@code target/incident-notice/}. */
    public static final String FILE_NAME = "findings-cache.bin";

    private static final String MAGIC = "incident-notice findings cache";
    private static final int FORMAT = 1;

    private final Path file;
    private final String key;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    private record Entry(byte[] hash, NoticeResult result) {
    }

    private FindingsCache(Path file, String key, Map<String, Entry> previous) {
        this.file = file;
        this.key = key;
        this.previous = previous;
    }

    /** An empty cache that will be saved to {@code file}. */
    public static FindingsCache empty(Path file, String key) {
        return new FindingsCache(file, key, Map.of());
    }

    /**
     * Loads the cache in {@code file}; when it is missing or cannot be used (another key, another
     * format, truncated, corrupt) the cache starts empty and {@code debug} is told why.
     */
    public static FindingsCache load(Path file, String key, Consumer<String> debug) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            debug.accept("No findings cache at " + file + " yet; every notice is checked.");
            return empty(file, key);
        } catch (IOException e) {
            debug.accept("Cannot read the findings cache " + file + " (" + e + "); every notice is checked.");
            return empty(file, key);
        }
        try {
            return new FindingsCache(file, key, decode(bytes, key));
        } catch (StaleCache e) {
            debug.accept("The findings cache " + file + " " + e.getMessage() + "; every notice is checked.");
        } catch (IOException | RuntimeException e) {
            debug.accept("Ignoring the findings cache " + file + ": it is truncated or corrupt (" + e
                    + "); every notice is checked.");
        }
        return empty(file, key);
    }

    /** The cached result of the notice {@code name} when its bytes still hash to {@code hash}, else null. */
    public NoticeResult get(String name, byte[] hash) {
        Entry e = previous.get(name);
        if (e == null || !Arrays.equals(e.hash, hash)) {
            return null;
        }
        current.put(name, e);
        return e.result;
    }

    /** Remembers the result of a notice checked in this run. */
    public void put(String name, byte[] hash, NoticeResult result) {
        current.put(name, new Entry(hash.clone(), result));
    }

    /** How many notices the loaded file held. */
    public int loadedSize() {
        return previous.size();
    }

    /** Writes the notices of this run atomically (temporary file, then a move over the old file). */
    public void save() throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, encode());
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private byte[] encode() throws IOException {
        List<String> names = new ArrayList<>(current.keySet());
        names.sort(null);
        Strings strings = new Strings();
        ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
        DataOutputStream out = new DataOutputStream(body);
        out.writeInt(names.size());
        for (String name : names) {
            Entry e = current.get(name);
            NoticeResult r = e.result;
            out.writeInt(strings.id(name));
            out.write(e.hash);
            out.writeInt(strings.id(r.file()));
            out.writeInt(strings.id(r.kind().name()));
            out.writeInt(strings.id(r.stage().name()));
            out.writeBoolean(r.inferred());
            out.writeBoolean(r.personalData());
            out.writeInt(r.elements().size());
            for (Map.Entry<String, ElementState> el : r.elements().entrySet()) {
                out.writeInt(strings.id(el.getKey()));
                out.writeInt(strings.id(el.getValue().name()));
            }
            out.writeInt(r.findings().size());
            for (Finding f : r.findings()) {
                out.writeInt(strings.id(f.rule()));
                out.writeInt(f.element() == null ? -1 : strings.id(f.element()));
                out.writeInt(strings.id(f.level().name()));
                out.writeInt(strings.id(f.file()));
                out.writeInt(f.line());
                out.writeInt(f.column());
                out.writeInt(strings.id(f.message()));
                out.writeInt(strings.id(f.excerpt()));
            }
        }
        out.flush();

        ByteArrayOutputStream whole = new ByteArrayOutputStream(body.size() + 64 * 1024);
        DataOutputStream w = new DataOutputStream(whole);
        w.writeUTF(MAGIC);
        w.writeInt(FORMAT);
        w.writeUTF(key);
        w.writeInt(strings.list.size());
        for (String s : strings.list) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            w.writeInt(utf8.length);
            w.write(utf8);
        }
        body.writeTo(w);
        CRC32 crc = new CRC32();
        crc.update(whole.toByteArray());
        w.writeLong(crc.getValue());
        w.flush();
        return whole.toByteArray();
    }

    private static Map<String, Entry> decode(byte[] bytes, String key) throws IOException {
        if (bytes.length < 8) {
            throw new IOException("only " + bytes.length + " bytes");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        long stored = 0;
        for (int i = bytes.length - 8; i < bytes.length; i++) {
            stored = (stored << 8) | (bytes[i] & 0xFF);
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 8));
        if (!MAGIC.equals(in.readUTF())) {
            throw new StaleCache("is not a findings cache of this plugin");
        }
        if (crc.getValue() != stored) {
            throw new IOException("checksum mismatch");
        }
        int format = in.readInt();
        if (format != FORMAT) {
            throw new StaleCache("has format " + format + ", not " + FORMAT);
        }
        if (!key.equals(in.readUTF())) {
            throw new StaleCache("was written by another plugin version, checklist or options");
        }
        String[] strings = new String[count(in, bytes.length)];
        for (int i = 0; i < strings.length; i++) {
            byte[] utf8 = new byte[count(in, bytes.length)];
            in.readFully(utf8);
            strings[i] = new String(utf8, StandardCharsets.UTF_8);
        }
        int entries = count(in, bytes.length);
        Map<String, Entry> result = new HashMap<>(entries * 2);
        for (int i = 0; i < entries; i++) {
            String name = strings[in.readInt()];
            byte[] hash = new byte[ContentHash.LENGTH];
            in.readFully(hash);
            String file = strings[in.readInt()];
            Kind kind = Kind.valueOf(strings[in.readInt()]);
            Stage stage = Stage.valueOf(strings[in.readInt()]);
            boolean inferred = in.readBoolean();
            boolean personalData = in.readBoolean();
            int elementCount = count(in, bytes.length);
            Map<String, ElementState> elements = new LinkedHashMap<>();
            for (int k = 0; k < elementCount; k++) {
                elements.put(strings[in.readInt()], ElementState.valueOf(strings[in.readInt()]));
            }
            int findingCount = count(in, bytes.length);
            List<Finding> findings = new ArrayList<>(findingCount);
            for (int k = 0; k < findingCount; k++) {
                String rule = strings[in.readInt()];
                int element = in.readInt();
                Level level = Level.valueOf(strings[in.readInt()]);
                String findingFile = strings[in.readInt()];
                int line = in.readInt();
                int column = in.readInt();
                String message = strings[in.readInt()];
                String excerpt = strings[in.readInt()];
                findings.add(new Finding(rule, element < 0 ? null : strings[element], level, findingFile, line, column,
                        message, excerpt));
            }
            result.put(name, new Entry(hash, new NoticeResult(file, kind, stage, inferred, personalData, elements,
                    findings)));
        }
        if (in.available() != 0) {
            throw new IOException(in.available() + " bytes left over");
        }
        return result;
    }

    /** A count read from the file, refused when larger than the file could hold (so garbage cannot exhaust memory). */
    private static int count(DataInputStream in, int fileLength) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > fileLength) {
            throw new IOException("bad count " + n);
        }
        return n;
    }

    /** A cache file that is intact but not for this run. */
    private static final class StaleCache extends IOException {
        private static final long serialVersionUID = 1L;

        StaleCache(String message) {
            super(message);
        }
    }

    /** Assigns each distinct string an index, in first-use order. */
    private static final class Strings {
        final List<String> list = new ArrayList<>();
        final Map<String, Integer> ids = new HashMap<>();

        int id(String s) {
            return ids.computeIfAbsent(s, k -> {
                list.add(k);
                return list.size() - 1;
            });
        }
    }
}
