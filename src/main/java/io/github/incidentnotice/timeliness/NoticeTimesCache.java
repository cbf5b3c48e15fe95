package io.github.incidentnotice.timeliness;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import io.github.incidentnotice.cache.FileReplacement;
import io.github.incidentnotice.cache.FileStamp;
import io.github.incidentnotice.cache.FindingsCache;

/**
 * The dates each notice states ({@link NoticeTimes}), kept between runs in a file of their own beside the findings
 * cache, by file name and stamp, so that a re-run of unchanged notices need not parse them again for their dates.
 * What it keeps is read from the notice's bytes alone, never a verdict: the clock and git are read on every run.
 * Like the findings cache it trusts only stamps that had settled when saved, and any doubt means reading the file.
 */
public final class NoticeTimesCache {

    /** The file's name, beside {@code findings-cache.bin}. */
    public static final String FILE_NAME = "notice-times.bin";
    private static final String MAGIC = "incident-notice notice times";
    private static final int FORMAT = 1;

    private record Entry(FileStamp stamp, NoticeTimes times) {
    }

    private final Path file;
    private final String key;
    private final Map<String, Entry> loaded;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    private NoticeTimesCache(Path file, String key, Map<String, Entry> loaded) {
        this.file = file;
        this.key = key;
        this.loaded = loaded;
    }

    /** The cache in {@code file} for runs of this {@code key} (tool version, encoding); empty when missing, stale or torn. */
    public static NoticeTimesCache load(Path file, String key, Consumer<String> debug) {
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                if (!in.readUTF().equals(MAGIC) || in.readInt() != FORMAT || !in.readUTF().equals(key)) {
                    debug.accept("Ignoring " + file + ": written by another version or for another encoding");
                } else {
                    int n = in.readInt();
                    for (int i = 0; i < n; i++) {
                        String name = in.readUTF();
                        FileStamp stamp = new FileStamp(in.readLong(), in.readLong(), in.readInt());
                        entries.put(name, new Entry(stamp, readTimes(in)));
                    }
                }
            } catch (IOException | RuntimeException e) {
                entries.clear();
                debug.accept("Ignoring " + file + ": " + e);
            }
        }
        return new NoticeTimesCache(file, key, entries);
    }

    /** The times of the notice when its file's stamp is the one they were kept with, else null. */
    public NoticeTimes get(String name, FileStamp stamp) {
        Entry e = loaded.get(name);
        if (e == null || stamp == null || !e.stamp().equals(stamp)) {
            return null;
        }
        current.put(name, e);
        return e.times();
    }

    /** Keeps the times read for a notice, when its stamp had settled (a file changed a moment ago may change again unseen). */
    public void put(String name, FileStamp stamp, NoticeTimes times) {
        FileStamp settled = FindingsCache.settled(stamp);
        if (settled != null) {
            current.put(name, new Entry(settled, times));
        }
    }

    /** Writes the entries of this run (those of notices no longer checked are dropped), atomically. */
    public void save() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(key);
            List<String> names = new ArrayList<>(current.keySet());
            names.sort(null);
            out.writeInt(names.size());
            for (String name : names) {
                Entry e = current.get(name);
                out.writeUTF(name);
                out.writeLong(e.stamp().size());
                out.writeLong(e.stamp().modifiedNanos());
                out.writeInt(e.stamp().fileKey());
                writeTimes(out, e.times());
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileReplacement.replace(file, bytes.toByteArray());
    }

    private static void writeTimes(DataOutputStream out, NoticeTimes t) throws IOException {
        writeInstant(out, t.start());
        out.writeBoolean(t.startHasTime());
        out.writeInt(t.startLine());
        out.writeInt(t.startColumn());
        out.writeInt(t.stageLine());
        out.writeInt(t.stageColumn());
        out.writeUTF(t.severity());
        out.writeInt(t.updates().size());
        for (NoticeTimes.Update u : t.updates()) {
            writeInstant(out, u.time());
            out.writeInt(u.line());
            out.writeInt(u.column());
        }
        out.writeInt(t.promises().size());
        for (NoticeTimes.Promise p : t.promises()) {
            writeInstant(out, p.due());
            writeInstant(out, p.madeAt());
            out.writeInt(p.line());
            out.writeInt(p.column());
            out.writeUTF(p.excerpt());
            out.writeBoolean(p.frontMatter());
        }
        out.writeBoolean(t.statesEnd());
        out.writeInt(t.waived().size());
        for (String id : t.waived()) {
            out.writeUTF(id);
        }
    }

    private static NoticeTimes readTimes(DataInputStream in) throws IOException {
        Instant start = readInstant(in);
        boolean startHasTime = in.readBoolean();
        int startLine = in.readInt();
        int startColumn = in.readInt();
        int stageLine = in.readInt();
        int stageColumn = in.readInt();
        String severity = in.readUTF();
        int n = count(in);
        List<NoticeTimes.Update> updates = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            updates.add(new NoticeTimes.Update(readInstant(in), in.readInt(), in.readInt()));
        }
        int m = count(in);
        List<NoticeTimes.Promise> promises = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            promises.add(new NoticeTimes.Promise(readInstant(in), readInstant(in), in.readInt(), in.readInt(), in.readUTF(),
                    in.readBoolean()));
        }
        boolean statesEnd = in.readBoolean();
        int w = count(in);
        List<String> waived = new ArrayList<>(w);
        for (int i = 0; i < w; i++) {
            waived.add(in.readUTF());
        }
        return new NoticeTimes(start, startHasTime, startLine, startColumn, stageLine, stageColumn, severity, updates,
                promises, statesEnd, waived);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1_000_000) {
            throw new IOException("bad count " + n);
        }
        return n;
    }

    private static void writeInstant(DataOutputStream out, Instant t) throws IOException {
        out.writeBoolean(t != null);
        if (t != null) {
            out.writeLong(t.getEpochSecond());
            out.writeInt(t.getNano());
        }
    }

    private static Instant readInstant(DataInputStream in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }
}
