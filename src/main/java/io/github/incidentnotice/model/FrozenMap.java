package io.github.incidentnotice.model;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An unmodifiable map that keeps the order it was made in, and that copying returns as it is. Results
 * copy their maps to stay immutable; the findings cache hands the same few element maps to thousands
 * of results, and with this type each is copied once instead of once per notice.
 */
public final class FrozenMap<K, V> extends AbstractMap<K, V> {

    private final Map<K, V> entries;

    private FrozenMap(Map<K, V> entries) {
        this.entries = entries;
    }

    /** An unmodifiable copy of {@code map} in its iteration order, or {@code map} itself when it is one already. */
    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> map) {
        if (map instanceof FrozenMap<?, ?> frozen) {
            return (Map<K, V>) frozen;
        }
        return new FrozenMap<>(Collections.unmodifiableMap(new LinkedHashMap<>(map)));
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return entries.entrySet();
    }

    @Override
    public V get(Object key) {
        return entries.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public int size() {
        return entries.size();
    }
}
