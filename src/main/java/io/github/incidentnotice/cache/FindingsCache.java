package io.github.incidentnotice.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.CRC32;

import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.ElementState;
import io.github.incidentnotice.model.Citation;
import io.github.incidentnotice.model.Closest;
import io.github.incidentnotice.model.Finding;
import io.github.incidentnotice.model.FrozenMap;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.NoticeResult;
import io.github.incidentnotice.model.Stage;

/**
 * The incremental cache: for each notice, the SHA-256 of its bytes and the result the engine gave it,
 * stored in one file under a {@link CacheKey}. A notice whose bytes hash the same is not parsed again.
 * The file is binary with a string table (messages repeat across notices) and a CRC-32 at the end; it
 * is written to a temporary file and moved into place atomically, so a concurrent build never reads a
 * torn file. A missing, truncated, corrupt or foreign file means an empty cache, never a failure; so does anything
 * but a regular file (a named pipe, a link) or a file larger than {@link #MAX_BYTES}, which is not even read.
 * Each entry also keeps the {@link FileStamp} of the file it was hashed from, when the file was already
 * {@link #SETTLED_NANOS} old as it was read: a file whose stamp is unchanged is not read again.
 * Saving keeps only the notices looked up or stored in this run, so deleted notices drop out; a run
 * that served every notice from the file by its stamp and stored nothing new leaves the file as it is (one
 * served by its hash under a new stamp writes the stamp back). Next to the
 * findings it keeps the checklist's {@link ChecklistOutline outline}, so that reports of a run served
 * wholly from the cache need not parse the checklist. Lookups and stores are thread-safe.
 */
public final class FindingsCache {

    /** The cache's file name in {@code target/incident-notice/}. */
    public static final String FILE_NAME = "findings-cache.bin";

    private static final String MAGIC = "incident-notice findings cache";
    /**
     * 2: with the checklist's outline after the entries; 3: with each notice's element levels; 4: with file stamps;
     * 5: with evidence and closest candidates; 6: never holds a timeout or a plugin bug's read-error (a file of
     * format 5 may, and is dropped); 7: with the timeliness checks in the outline.
     */
    private static final int FORMAT = 8;

    /**
     * The largest file read as a cache: some fifty times what 30,000 notices take. Anything larger was not
     * written by this plugin, and reading it whole would only exhaust memory.
     */
    static final long MAX_BYTES = 256L << 20;

    /**
     * A stamp is kept only when the file was modified this long before it was read. A file changed just
     * after it was read, within the file system's timestamp granularity (two seconds on FAT) and to the
     * same size, would otherwise keep its old stamp; git's index guards against the same race.
     */
    static final long SETTLED_NANOS = TimeUnit.SECONDS.toNanos(3);

    private final Path file;
    private final String key;
    private final Map<String, Entry> previous;
    private final Outline previousOutline;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private volatile Checklist checklist;
    private volatile Checklist outlineRead;

    /** A notice's hash, the stamp of the file it was read from (null when unknown or not settled), and its result. */
    private record Entry(byte[] hash, FileStamp stamp, NoticeResult result) {
    }

    /** What a cache file holds; the outline is null when the file held none. */
    private record Contents(Map<String, Entry> entries, Outline outline) {
    }

    /**
     * The checklist's outline as the file holds it, read only when asked for: building specs hashes
     * records, whose first use costs a cold JVM more than reading the whole file.
     */
    private record Outline(ByteBuffer bytes, String[] strings) {
        Checklist read() {
            try {
                return ChecklistOutline.read(bytes.duplicate(), strings);
            } catch (IOException | RuntimeException e) {
                // the checksum matched, so this is a bug in writing it; reports then load the checklist instead
                return null;
            }
        }
    }

    private FindingsCache(Path file, String key, Contents contents) {
        this.file = file;
        this.key = key;
        this.previous = contents.entries;
        this.previousOutline = contents.outline;
    }

    /** An empty cache that will be saved to {@code file}. */
    public static FindingsCache empty(Path file, String key) {
        return new FindingsCache(file, key, new Contents(Map.of(), null));
    }

    /**
     * Loads the cache in {@code file}; when it is missing or cannot be used (another key, another
     * format, truncated, corrupt) the cache starts empty and {@code debug} is told why.
     */
    public static FindingsCache load(Path file, String key, Consumer<String> debug) {
        byte[] bytes;
        try {
            bytes = readRegularFile(file, debug);
            if (bytes == null) {
                return empty(file, key);
            }
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

    /**
     * The bytes of {@code file} when it is a regular file, not a link, of at most {@link #MAX_BYTES}; else null,
     * and {@code debug} is told why. A named pipe would block the build forever, and a link to a device such
     * as {@code /dev/zero} would fill the memory: only what this plugin could have written is read.
     */
    private static byte[] readRegularFile(Path file, Consumer<String> debug) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
            debug.accept("Ignoring the findings cache " + file + ": it is " + (attributes.isSymbolicLink() ? "a symbolic link"
                    : attributes.isDirectory() ? "a directory" : "not a regular file") + "; every notice is checked.");
            return null;
        }
        if (attributes.size() > MAX_BYTES) {
            debug.accept("Ignoring the findings cache " + file + ": it has " + attributes.size() + " bytes, more than the "
                    + MAX_BYTES + " a cache may have; every notice is checked.");
            return null;
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            // the file may have grown since its size was read
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                debug.accept("Ignoring the findings cache " + file + ": it has more than " + MAX_BYTES
                        + " bytes; every notice is checked.");
                return null;
            }
            return bytes;
        }
    }

    /** Works out a cache key; it may fail to read what the key covers. */
    @FunctionalInterface
    public interface KeySource {
        String key() throws IOException;
    }

    /**
     * Works out the key and loads the cache as {@link #load} does, on a thread of its own, so that it
     * overlaps listing the notices. The future gives null when the key could not be worked out (then
     * {@code debug} is told why and the run goes without a cache).
     */
    public static Future<FindingsCache> loadInBackground(Path file, KeySource key, Consumer<String> debug) {
        FutureTask<FindingsCache> loading = new FutureTask<>(() -> {
            String k;
            try {
                k = key.key();
            } catch (IOException e) {
                debug.accept("Not using the findings cache: " + e);
                return null;
            }
            return load(file, k, debug);
        });
        Thread thread = new Thread(loading, "incident-notice-cache");
        thread.setDaemon(true);
        thread.start();
        return loading;
    }

    /**
     * The cached result of the notice {@code name} when its file's stamp is the one its bytes were hashed
     * under, else null (then read and hash the file, and ask {@link #get(String, byte[], FileStamp)}).
     */
    public NoticeResult getUnchanged(String name, FileStamp stamp) {
        Entry e = previous.get(name);
        if (e == null || stamp == null || !stamp.equals(e.stamp)) {
            return null;
        }
        current.put(name, e);
        return e.result;
    }

    /**
     * The cached result of the notice {@code name} when its bytes still hash to {@code hash}, else null,
     * remembering the stamp the file had before the bytes were read from it (null when
     * unknown); call it after reading them.
     */
    public NoticeResult get(String name, byte[] hash, FileStamp stamp) {
        Entry e = previous.get(name);
        if (e == null || !Arrays.equals(e.hash, hash)) {
            return null;
        }
        FileStamp settled = settled(stamp);
        // a new stamp is written back so that the next run need not read the file
        // (the lookup by stamp has missed already, so a settled stamp is a new one)
        current.put(name, settled == null ? e : new Entry(e.hash, settled, e.result));
        return e.result;
    }

    /**
     * Remembers the result of a notice checked in this run, with the stamp the file had before the bytes
     * were read from it, as {@link #settled} judged it just after the read (null when unknown or too new):
     * checking takes a while, and judged later a file edited just after the read could pass as settled.
     */
    public void put(String name, byte[] hash, FileStamp stamp, NoticeResult result) {
        current.put(name, new Entry(hash.clone(), stamp, result));
    }

    /** The stamp when the file was modified long enough ago to trust it (see {@link #SETTLED_NANOS}), else null. */
    public static FileStamp settled(FileStamp stamp) {
        if (stamp == null) {
            return null;
        }
        Instant now = Instant.now();
        long nowNanos = TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
        return nowNanos - stamp.modifiedNanos() >= SETTLED_NANOS ? stamp : null;
    }

    /** How many notices the loaded file held. */
    public int loadedSize() {
        return previous.size();
    }

    /**
     * The outline of the checklist the loaded file was written under (ids, descriptions, hints, levels and
     * messages, without phrases: what reports use), or null when the file held none. The cache key covers
     * everything the checklist is made from, so it is the outline of this run's checklist too.
     */
    public Checklist checklistOutline() {
        if (outlineRead == null && previousOutline != null) {
            outlineRead = previousOutline.read();
        }
        return outlineRead;
    }

    /** Remembers the checklist of this run, so that the saved file carries its outline. */
    public void rememberChecklist(Checklist loaded) {
        this.checklist = loaded;
    }

    /**
     * Writes the notices of this run atomically (temporary file, then a move over the old file), unless
     * the file already holds exactly them: then writing it again would only cost time.
     */
    public void save() throws IOException {
        if (unchanged()) {
            return;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileReplacement.replace(file, encode());
    }

    /** Whether this run only looked up notices the file held, all of them, and the file has the outline. */
    private boolean unchanged() {
        if (previousOutline == null || current.size() != previous.size()) {
            return false;
        }
        for (Map.Entry<String, Entry> e : current.entrySet()) {
            // a lookup that changed nothing keeps the very entry it read; a new stamp or put() makes a new one
            if (previous.get(e.getKey()) != e.getValue()) {
                return false;
            }
        }
        return true;
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
            out.writeBoolean(e.stamp != null);
            if (e.stamp != null) {
                out.writeLong(e.stamp.size());
                out.writeLong(e.stamp.modifiedNanos());
                out.writeInt(e.stamp.fileKey());
            }
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
            // the levels carry what the checklist alone cannot give back, such as an element limited to some severities
            out.writeInt(r.levels().size());
            for (Map.Entry<String, Level> lv : r.levels().entrySet()) {
                out.writeInt(strings.id(lv.getKey()));
                out.writeInt(strings.id(lv.getValue().name()));
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
                out.writeBoolean(f.closest() != null);
                if (f.closest() != null) {
                    writeCitation(out, f.closest().at(), strings);
                    out.writeBoolean(f.closest().section());
                    out.writeInt(strings.id(f.closest().reason()));
                }
            }
            out.writeInt(r.evidence().size());
            for (Map.Entry<String, Citation> ev : r.evidence().entrySet()) {
                out.writeInt(strings.id(ev.getKey()));
                writeCitation(out, ev.getValue(), strings);
            }
            out.writeInt(r.title() == null ? -1 : strings.id(r.title()));
            out.writeInt(r.date() == null ? -1 : strings.id(r.date()));
        }
        Checklist outline = checklist != null ? checklist : checklistOutline();
        ByteArrayOutputStream outlineBytes = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(outlineBytes);
        ChecklistOutline.write(outline, o, strings::id);
        o.flush();
        // length-prefixed, so that loading can step over it and read it only when asked
        out.writeInt(outlineBytes.size());
        outlineBytes.writeTo(out);
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

    private static Contents decode(byte[] bytes, String key) throws IOException {
        if (bytes.length < 8) {
            throw new IOException("only " + bytes.length + " bytes");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - 8);
        long stored = ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong();
        // a ByteBuffer, not a DataInputStream: its reads are not synchronized, which halves the decoding time
        if (!MAGIC.equals(utf(in))) {
            throw new StaleCache("is not a findings cache of this plugin");
        }
        if (crc.getValue() != stored) {
            throw new IOException("checksum mismatch");
        }
        int format = in.getInt();
        if (format != FORMAT) {
            throw new StaleCache("has format " + format + ", not " + FORMAT);
        }
        if (!key.equals(utf(in))) {
            throw new StaleCache("was written by another plugin version, checklist or options");
        }
        String[] strings = new String[count(in)];
        for (int i = 0; i < strings.length; i++) {
            int length = count(in);
            strings[i] = new String(bytes, in.position(), length, StandardCharsets.UTF_8);
            in.position(in.position() + length);
        }
        int entries = count(in);
        Map<String, Entry> result = new HashMap<>(entries * 2);
        SharedMaps<ElementState> elementMaps = new SharedMaps<>();
        SharedMaps<Level> levelMaps = new SharedMaps<>();
        for (int i = 0; i < entries; i++) {
            String name = strings[in.getInt()];
            byte[] hash = new byte[ContentHash.LENGTH];
            in.get(hash);
            FileStamp stamp = in.get() == 0 ? null : new FileStamp(in.getLong(), in.getLong(), in.getInt());
            String file = strings[in.getInt()];
            Kind kind = Kind.valueOf(strings[in.getInt()]);
            Stage stage = Stage.valueOf(strings[in.getInt()]);
            boolean inferred = in.get() != 0;
            boolean personalData = in.get() != 0;
            Map<String, ElementState> elements = elementMaps.read(in, strings, ElementState::valueOf);
            Map<String, Level> levels = levelMaps.read(in, strings, Level::valueOf);
            int findingCount = count(in);
            List<Finding> findings = new ArrayList<>(findingCount);
            for (int k = 0; k < findingCount; k++) {
                String rule = strings[in.getInt()];
                int element = in.getInt();
                Level level = Level.valueOf(strings[in.getInt()]);
                String findingFile = strings[in.getInt()];
                int line = in.getInt();
                int column = in.getInt();
                String message = strings[in.getInt()];
                String excerpt = strings[in.getInt()];
                Closest closest = null;
                if (in.get() != 0) {
                    Citation at = readCitation(in, strings);
                    boolean section = in.get() != 0;
                    closest = new Closest(at, section, strings[in.getInt()]);
                }
                findings.add(new Finding(rule, element < 0 ? null : strings[element], level, findingFile, line, column,
                        message, excerpt, closest));
            }
            int evidenceCount = count(in);
            Map<String, Citation> evidence = new LinkedHashMap<>();
            for (int k = 0; k < evidenceCount; k++) {
                String id = strings[in.getInt()];
                evidence.put(id, readCitation(in, strings));
            }
            int title = in.getInt();
            int date = in.getInt();
            result.put(name, new Entry(hash, stamp, new NoticeResult(file, kind, stage, inferred, personalData, elements,
                    findings, levels, evidence, title < 0 ? null : strings[title], date < 0 ? null : strings[date])));
        }
        int outlineLength = count(in);
        ByteBuffer outlineBytes = in.slice(in.position(), outlineLength);
        in.position(in.position() + outlineLength);
        Outline outline = outlineBytes.get(0) == 0 ? null : new Outline(outlineBytes, strings);
        if (in.hasRemaining()) {
            throw new IOException(in.remaining() + " bytes left over");
        }
        return new Contents(result, outline);
    }

    private static void writeCitation(DataOutputStream out, Citation c, Strings strings) throws IOException {
        out.writeInt(c.line());
        out.writeInt(c.column());
        out.writeInt(strings.id(c.excerpt()));
    }

    private static Citation readCitation(ByteBuffer in, String[] strings) {
        int line = in.getInt();
        int column = in.getInt();
        return new Citation(line, column, strings[in.getInt()]);
    }

    /**
     * Reads maps of string ids to enum names, making each distinct map once: most notices of a repository
     * share their element states and levels, and a result does not copy a {@link FrozenMap} again.
     */
    private static final class SharedMaps<V> {
        private final Map<IdPairs, Map<String, V>> made = new HashMap<>();

        Map<String, V> read(ByteBuffer in, String[] strings, Function<String, V> value) throws IOException {
            int[] ids = new int[count(in) * 2];
            for (int k = 0; k < ids.length; k++) {
                ids[k] = in.getInt();
            }
            IdPairs key = new IdPairs(ids);
            Map<String, V> map = made.get(key);
            if (map == null) {
                Map<String, V> fresh = new LinkedHashMap<>();
                for (int k = 0; k < ids.length; k += 2) {
                    fresh.put(strings[ids[k]], value.apply(strings[ids[k + 1]]));
                }
                map = FrozenMap.copyOf(fresh);
                made.put(key, map);
            }
            return map;
        }
    }

    /** String ids as the file holds them, compared by content. */
    private static final class IdPairs {
        private final int[] ids;
        private final int hash;

        IdPairs(int[] ids) {
            this.ids = ids;
            this.hash = Arrays.hashCode(ids);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof IdPairs other && Arrays.equals(ids, other.ids);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A string as {@link DataOutputStream#writeUTF} wrote it; the magic and the key are ASCII, where that is UTF-8. */
    private static String utf(ByteBuffer in) {
        int length = Short.toUnsignedInt(in.getShort());
        String s = new String(in.array(), in.position(), Math.min(length, in.remaining()), StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    /** A count read from the file, refused when larger than the rest of the file could hold (so garbage cannot exhaust memory). */
    static int count(ByteBuffer in) throws IOException {
        int n = in.getInt();
        if (n < 0 || n > in.remaining()) {
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
