package io.github.incidentnotice.engine;

import java.io.IOException;

import io.github.incidentnotice.cache.FileStamp;
import io.github.incidentnotice.cache.FindingsCache;
import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.NoticeResult;

/**
 * The findings a run may reuse from an earlier run and keep for the next, as the engine sees them. A run
 * without a cache uses {@link #none()}, never null; the engine alone decides what enters it (a result that
 * the same bytes would give again, never a timeout or a bug's read-error, and nothing at all from a run stopped by
 * its time limit) and saves it.
 */
public interface NoticeCache {

    /** How many notices the cache held when the run began. */
    int loadedSize();

    /** The result kept for {@code name} when its file's stamp is the one it was kept under, else null. */
    NoticeResult getUnchanged(String name, FileStamp stamp);

    /** The result kept for {@code name} when its bytes hash to {@code hash}, else null. */
    NoticeResult get(String name, byte[] hash, FileStamp stamp);

    /** Keeps a result the engine judged lasting (see {@link CheckEngine.Checked#lasting()}), once its run has checked every notice. */
    void put(String name, byte[] hash, FileStamp stamp, NoticeResult result);

    /** The outline of this run's checklist, as an earlier run kept it, or null. */
    Checklist checklistOutline();

    /** The checklist this run loaded, so that the saved cache carries its outline. */
    void rememberChecklist(Checklist checklist);

    /** Writes what this run looked up and kept; a failure only costs the next run time. */
    void save() throws IOException;

    /** Whether anything is kept at all: without, a run need not hash what it reads. */
    default boolean keeps() {
        return true;
    }

    /** The cache of a run that keeps nothing. */
    static NoticeCache none() {
        return None.NONE;
    }

    /** A findings cache file as the engine uses it; null gives {@link #none()}. */
    static NoticeCache of(FindingsCache file) {
        return file == null ? none() : new OfFile(file);
    }

    /** Keeps nothing and finds nothing. */
    enum None implements NoticeCache {
        NONE;

        @Override
        public int loadedSize() {
            return 0;
        }

        @Override
        public NoticeResult getUnchanged(String name, FileStamp stamp) {
            return null;
        }

        @Override
        public NoticeResult get(String name, byte[] hash, FileStamp stamp) {
            return null;
        }

        @Override
        public void put(String name, byte[] hash, FileStamp stamp, NoticeResult result) {
        }

        @Override
        public Checklist checklistOutline() {
            return null;
        }

        @Override
        public void rememberChecklist(Checklist checklist) {
        }

        @Override
        public void save() {
        }

        @Override
        public boolean keeps() {
            return false;
        }
    }

    /** The cache kept in a {@link FindingsCache} file. */
    record OfFile(FindingsCache file) implements NoticeCache {

        @Override
        public int loadedSize() {
            return file.loadedSize();
        }

        @Override
        public NoticeResult getUnchanged(String name, FileStamp stamp) {
            return file.getUnchanged(name, stamp);
        }

        @Override
        public NoticeResult get(String name, byte[] hash, FileStamp stamp) {
            return file.get(name, hash, stamp);
        }

        @Override
        public void put(String name, byte[] hash, FileStamp stamp, NoticeResult result) {
            file.put(name, hash, stamp, result);
        }

        @Override
        public Checklist checklistOutline() {
            return file.checklistOutline();
        }

        @Override
        public void rememberChecklist(Checklist checklist) {
            file.rememberChecklist(checklist);
        }

        @Override
        public void save() throws IOException {
            file.save();
        }
    }
}
