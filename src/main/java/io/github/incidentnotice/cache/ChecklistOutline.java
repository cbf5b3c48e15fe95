package io.github.incidentnotice.cache;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import io.github.incidentnotice.model.Checklist;
import io.github.incidentnotice.model.DefectSpec;
import io.github.incidentnotice.model.ElementSpec;
import io.github.incidentnotice.model.Kind;
import io.github.incidentnotice.model.KindStage;
import io.github.incidentnotice.model.Level;
import io.github.incidentnotice.model.Origins;
import io.github.incidentnotice.model.Stage;
import io.github.incidentnotice.model.TimelinessSpec;

/**
 * The part of a checklist that reports read, stored in the findings cache: its name, each element's
 * id, description, hint, levels and personal-data condition, each defect's id, description, level and
 * message, each timeliness check's id, description, hint, levels and times. Read back, it is a {@link Checklist} without headings, phrases, markers or origins, so a run
 * served wholly from the cache writes the same reports without parsing the checklist (a test renders
 * every report from both to keep it so).
 */
final class ChecklistOutline {

    private static final Comparator<KindStage> KIND_STAGE = Comparator.comparing(KindStage::kind)
            .thenComparing(KindStage::stage);

    private ChecklistOutline() {
    }

    /** Writes the outline of {@code checklist} (or that there is none, when null); strings go to the string table. */
    static void write(Checklist checklist, DataOutputStream out, ToIntFunction<String> strings) throws IOException {
        out.writeBoolean(checklist != null);
        if (checklist == null) {
            return;
        }
        out.writeInt(strings.applyAsInt(checklist.name()));
        out.writeInt(checklist.elements().size());
        for (ElementSpec e : checklist.elements()) {
            out.writeInt(strings.applyAsInt(e.id()));
            out.writeInt(nullable(e.description(), strings));
            out.writeInt(nullable(e.hint(), strings));
            out.writeBoolean(e.onlyWithPersonalData());
            // the levels map has no stable order of its own; a sorted one keeps the file's bytes reproducible
            List<KindStage> keys = new ArrayList<>(e.levels().keySet());
            keys.sort(KIND_STAGE);
            out.writeInt(keys.size());
            for (KindStage ks : keys) {
                out.writeInt(strings.applyAsInt(ks.kind().name()));
                out.writeInt(strings.applyAsInt(ks.stage().name()));
                out.writeInt(strings.applyAsInt(e.levels().get(ks).name()));
            }
        }
        out.writeInt(checklist.defects().size());
        for (DefectSpec d : checklist.defects()) {
            out.writeInt(strings.applyAsInt(d.id()));
            out.writeInt(nullable(d.description(), strings));
            out.writeInt(strings.applyAsInt(d.level().name()));
            out.writeInt(nullable(d.message(), strings));
        }
        out.writeInt(checklist.timeliness().size());
        for (TimelinessSpec t : checklist.timeliness()) {
            out.writeInt(strings.applyAsInt(t.id()));
            out.writeInt(nullable(t.description(), strings));
            out.writeInt(nullable(t.hint(), strings));
            List<KindStage> keys = new ArrayList<>(t.levels().keySet());
            keys.sort(KIND_STAGE);
            out.writeInt(keys.size());
            for (KindStage ks : keys) {
                out.writeInt(strings.applyAsInt(ks.kind().name()));
                out.writeInt(strings.applyAsInt(ks.stage().name()));
                out.writeInt(strings.applyAsInt(t.levels().get(ks).name()));
            }
            out.writeLong(t.after() == null ? -1 : t.after().toSeconds());
            List<String> severities = new ArrayList<>(t.afterSeverity().keySet());
            severities.sort(null);
            out.writeInt(severities.size());
            for (String severity : severities) {
                out.writeInt(strings.applyAsInt(severity));
                out.writeLong(t.afterSeverity().get(severity).toSeconds());
            }
        }
    }

    /** Reads what {@link #write} wrote; null when it wrote that there is none. */
    static Checklist read(ByteBuffer in, String[] strings) throws IOException {
        if (in.get() == 0) {
            return null;
        }
        String name = strings[in.getInt()];
        int elementCount = FindingsCache.count(in);
        List<ElementSpec> elements = new ArrayList<>(elementCount);
        for (int i = 0; i < elementCount; i++) {
            String id = strings[in.getInt()];
            String description = optional(in.getInt(), strings);
            String hint = optional(in.getInt(), strings);
            boolean onlyWithPersonalData = in.get() != 0;
            int levelCount = FindingsCache.count(in);
            Map<KindStage, Level> levels = new HashMap<>();
            for (int k = 0; k < levelCount; k++) {
                KindStage ks = new KindStage(Kind.valueOf(strings[in.getInt()]),
                        Stage.valueOf(strings[in.getInt()]));
                levels.put(ks, Level.valueOf(strings[in.getInt()]));
            }
            elements.add(new ElementSpec(id, description, hint, levels, onlyWithPersonalData, List.of(), List.of(),
                    List.of(), List.of(), List.of(), Origins.NONE, List.of()));
        }
        int defectCount = FindingsCache.count(in);
        List<DefectSpec> defects = new ArrayList<>(defectCount);
        for (int i = 0; i < defectCount; i++) {
            String id = strings[in.getInt()];
            String description = optional(in.getInt(), strings);
            Level level = Level.valueOf(strings[in.getInt()]);
            String message = optional(in.getInt(), strings);
            defects.add(new DefectSpec(id, description, level, message, List.of(), List.of(), List.of(), List.of(),
                    false, Origins.NONE, List.of()));
        }
        int timelinessCount = FindingsCache.count(in);
        List<TimelinessSpec> timeliness = new ArrayList<>(timelinessCount);
        for (int i = 0; i < timelinessCount; i++) {
            String id = strings[in.getInt()];
            String description = optional(in.getInt(), strings);
            String hint = optional(in.getInt(), strings);
            int levelCount = FindingsCache.count(in);
            Map<KindStage, Level> levels = new HashMap<>();
            for (int k = 0; k < levelCount; k++) {
                KindStage ks = new KindStage(Kind.valueOf(strings[in.getInt()]), Stage.valueOf(strings[in.getInt()]));
                levels.put(ks, Level.valueOf(strings[in.getInt()]));
            }
            long after = in.getLong();
            int severityCount = FindingsCache.count(in);
            Map<String, java.time.Duration> bySeverity = new java.util.LinkedHashMap<>();
            for (int k = 0; k < severityCount; k++) {
                bySeverity.put(strings[in.getInt()], java.time.Duration.ofSeconds(in.getLong()));
            }
            // with the times they allow: a run served wholly from the cache works them out from the outline
            timeliness.add(new TimelinessSpec(id, description, hint, levels, after < 0 ? null : java.time.Duration.ofSeconds(after),
                    bySeverity, Origins.NONE, List.of()));
        }
        return new Checklist(name, elements, defects, Map.of(), Map.of(), Level.ERROR, timeliness);
    }

    private static int nullable(String s, ToIntFunction<String> strings) {
        return s == null ? -1 : strings.applyAsInt(s);
    }

    private static String optional(int index, String[] strings) {
        return index < 0 ? null : strings[index];
    }
}
