package dev.tmrkit.cli.shard;

import dev.tmrkit.cli.options.UserException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks that parts make one campaign exactly: the same digest and options, every slice of N present once,
 * and each part holding exactly the fault sets of its slice.
 */
public final class Parts {
    private Parts() {
    }

    /**
     * Refuses parts of different campaigns (digest, options, list length), a slice given twice and missing slices:
     * what can be told before the campaign is planned again.
     */
    public static void check(List<Part> parts) {
        if (parts.isEmpty()) {
            throw new UserException("no parts to merge");
        }
        Part first = parts.get(0);
        for (Part p : parts) {
            if (!p.digest().equals(first.digest()) || !p.args().equals(first.args()) || p.entries() != first.entries()) {
                throw new UserException(p.source() + ": part of a different campaign than " + first.source()
                        + " (digest " + abbrev(p.digest()) + " vs " + abbrev(first.digest()) + ", options " + p.args() + " vs " + first.args() + ")");
            }
        }
        eachSliceOnce(parts, Part::shard, Part::source, "campaign");
    }

    /**
     * The rows of all parts by fault-set index, once {@link #check} passed and {@code layout} is the campaign's
     * layout in the parts' number of slices; refuses a part holding a fault set of another slice, a fault set given
     * twice, and a part missing some of its slice's fault sets.
     */
    public static Part.Row[] cover(List<Part> parts, SliceLayout layout) {
        check(parts);
        Part.Row[] rows = new Part.Row[parts.get(0).entries()];
        for (Part p : parts) {
            int held = 0;
            for (Part.Row r : p.rows()) {
                if (r.index() < 0 || r.index() >= rows.length || !p.shard().holds(r.index(), layout)) {
                    throw r.refused(p.source(), "fault set " + r.index() + " does not belong to shard " + p.shard()
                            + " of " + rows.length + " fault sets");
                }
                if (rows[r.index()] != null) {
                    throw r.refused(p.source(), "fault set " + r.index() + " appears twice");
                }
                rows[r.index()] = r;
                held++;
            }
            if (held != p.shard().size(layout)) {
                throw new UserException(p.source() + ": shard " + p.shard() + " holds " + held + " of its "
                        + p.shard().size(layout) + " fault sets (an interrupted run? run the shard again)");
            }
        }
        return rows;
    }

    /** Refuses parts cut in different numbers of slices, a slice given twice, and missing slices. */
    static <P> void eachSliceOnce(List<P> parts, Function<P, Shard> shardOf, Function<P, String> sourceOf, String what) {
        P first = parts.get(0);
        int n = shardOf.apply(first).count();
        List<P> bySlice = new ArrayList<>(Collections.nCopies(n, null));
        for (P p : parts) {
            Shard shard = shardOf.apply(p);
            if (shard.count() != n) {
                throw new UserException(sourceOf.apply(p) + ": shard " + shard + " of a " + what + " cut in " + shard.count()
                        + " slices, " + sourceOf.apply(first) + " is " + shardOf.apply(first));
            }
            P before = bySlice.set(shard.index() - 1, p);
            if (before != null) {
                throw new UserException(sourceOf.apply(p) + ": shard " + shard + " given twice (also " + sourceOf.apply(before) + ")");
            }
        }
        List<String> missing = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (bySlice.get(k) == null) {
                missing.add((k + 1) + "/" + n);
            }
        }
        if (!missing.isEmpty()) {
            throw new UserException("missing shard" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + " of the " + what
                    + " of " + sourceOf.apply(first));
        }
    }

    /** The first fields of every part: what it is, and which slice of which run. */
    static Map<String, Object> envelope(Shard shard, String digest) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", Part.FORMAT);
        m.put("version", Part.VERSION);
        m.put("shard", shard.index());
        m.put("shards", shard.count());
        m.put("digest", digest);
        return m;
    }

    static String abbrev(String digest) {
        return digest.length() > 12 ? digest.substring(0, 12) : digest;
    }
}
