package dev.tmrkit.cli.output;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CSV made from the records a command writes as JSON, so both formats share their names and hold one value per
 * column: a nested object's members become columns {@code outer.inner} (an interval becomes
 * {@code NAME.level,NAME.value,NAME.low,NAME.high}), a list of scalars becomes {@code NAME.0, NAME.1, …}, and
 * {@code null} ("none") becomes an empty cell. The header is every key in the order first seen; a record without a
 * key leaves its cell empty.
 */
public final class Records {
    private Records() {
    }

    /** The records as RFC 4180 CSV with a header. */
    public static String csv(List<? extends Map<String, ?>> records) {
        List<Map<String, Object>> flat = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Map<String, ?> r : records) {
            Map<String, Object> f = flatten(r);
            keys.addAll(f.keySet());
            flat.add(f);
        }
        Table t = new Table(keys.toArray(new String[0]));
        for (Map<String, Object> f : flat) {
            List<Object> row = new ArrayList<>();
            for (String k : keys) {
                row.add(cell(f.get(k)));
            }
            t.row(row.toArray());
        }
        return t.csv();
    }

    /**
     * One record as a two-column CSV {@code metric,NAME...}: a row per flattened key, a column per named record
     * (for reports that compare configurations side by side).
     */
    public static String columns(Map<String, ? extends Map<String, ?>> named) {
        Map<String, Map<String, Object>> flat = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Map.Entry<String, ? extends Map<String, ?>> e : named.entrySet()) {
            Map<String, Object> f = flatten(e.getValue());
            keys.addAll(f.keySet());
            flat.put(e.getKey(), f);
        }
        List<String> header = new ArrayList<>();
        header.add("metric");
        header.addAll(named.keySet());
        Table t = new Table(header.toArray(new String[0]));
        for (String k : keys) {
            List<Object> row = new ArrayList<>();
            row.add(k);
            for (Map<String, Object> f : flat.values()) {
                row.add(cell(f.get(k)));
            }
            t.row(row.toArray());
        }
        return t.csv();
    }

    /** The scalar members of a record, nested objects and lists of scalars spread into dotted keys. */
    public static Map<String, Object> flatten(Map<String, ?> record) {
        Map<String, Object> out = new LinkedHashMap<>();
        flatten("", record, out);
        return out;
    }

    private static void flatten(String prefix, Object v, Map<String, Object> out) {
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                flatten(prefix + e.getKey() + ".", e.getValue(), out);
            }
        } else if (v instanceof Collection<?> c) {
            int i = 0;
            for (Object o : c) {
                flatten(prefix + i++ + ".", o, out);
            }
        } else {
            out.put(prefix.substring(0, prefix.length() - 1), v);
        }
    }

    private static String cell(Object v) {
        if (v == null || v instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return "";
        }
        return String.valueOf(v);
    }
}
