package io.github.incidentnotice.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each setting of a checklist element or defect comes from, so the {@code checklist} goal can
 * say which file and line decided it. A list setting (headings, phrases) keeps one origin per item.
 */
public record Origins(Map<String, List<Origin>> settings) {

    /** No origins: used when only the rules matter, such as when comparing two checklists. */
    public static final Origins NONE = new Origins(Map.of());

    public Origins {
        Map<String, List<Origin>> copy = new LinkedHashMap<>();
        settings.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        settings = Collections.unmodifiableMap(copy);
    }

    /** The origins of one setting, in the order they were applied (empty when nobody set it). */
    public List<Origin> of(String setting) {
        return settings.getOrDefault(setting, List.of());
    }

    /** A copy where the setting was decided by {@code origin} alone. */
    public Origins set(String setting, Origin origin) {
        Map<String, List<Origin>> copy = new LinkedHashMap<>(settings);
        copy.put(setting, List.of(origin));
        return new Origins(copy);
    }

    /** A copy where {@code more} were added to a setting (list items, or a second file touching it). */
    public Origins add(String setting, List<Origin> more) {
        Map<String, List<Origin>> copy = new LinkedHashMap<>(settings);
        List<Origin> list = new ArrayList<>(of(setting));
        list.addAll(more);
        copy.put(setting, list);
        return new Origins(copy);
    }

    /** A copy without the settings whose names start with {@code prefix}. */
    public Origins without(String prefix) {
        Map<String, List<Origin>> copy = new LinkedHashMap<>();
        settings.forEach((k, v) -> {
            if (!k.startsWith(prefix)) {
                copy.put(k, v);
            }
        });
        return new Origins(copy);
    }
}
