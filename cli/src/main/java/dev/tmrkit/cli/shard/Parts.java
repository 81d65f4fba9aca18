package dev.tmrkit.cli.shard;

import dev.tmrkit.cli.options.UserException;
import java.util.List;

/**
 * Checks that parts make one campaign exactly: the same digest and options, every slice of N present once,
 * and each part holding exactly the fault sets of its slice.
 */
public final class Parts {
    private Parts() {
    }

    /** The rows of all parts by fault-set index; refuses foreign, duplicated, missing or incomplete parts. */
    public static Part.Row[] cover(List<Part> parts) {
        if (parts.isEmpty()) {
            throw new UserException("no parts to merge");
        }
        Part first = parts.get(0);
        int n = first.shard().count();
        Part[] bySlice = new Part[n];
        for (Part p : parts) {
            if (!p.digest().equals(first.digest()) || !p.args().equals(first.args()) || p.entries() != first.entries()) {
                throw new UserException(p.source() + ": part of a different campaign than " + first.source()
                        + " (digest " + abbrev(p.digest()) + " vs " + abbrev(first.digest()) + ", options " + p.args() + " vs " + first.args() + ")");
            }
            if (p.shard().count() != n) {
                throw new UserException(p.source() + ": shard " + p.shard() + " of a campaign cut in " + p.shard().count()
                        + " slices, " + first.source() + " is " + first.shard());
            }
            int k = p.shard().index() - 1;
            if (bySlice[k] != null) {
                throw new UserException(p.source() + ": shard " + p.shard() + " given twice (also " + bySlice[k].source() + ")");
            }
            bySlice[k] = p;
        }
        StringBuilder missing = new StringBuilder();
        for (int k = 0; k < n; k++) {
            if (bySlice[k] == null) {
                missing.append(missing.length() == 0 ? "" : ", ").append(k + 1).append('/').append(n);
            }
        }
        if (missing.length() > 0) {
            throw new UserException("missing shard" + (missing.indexOf(",") >= 0 ? "s " : " ") + missing
                    + " of the campaign of " + first.source());
        }
        Part.Row[] rows = new Part.Row[first.entries()];
        for (Part p : parts) {
            int held = 0;
            for (Part.Row r : p.rows()) {
                if (r.index() < 0 || r.index() >= rows.length || !p.shard().holds(r.index())) {
                    throw new UserException(p.source() + ": fault set " + r.index() + " does not belong to shard " + p.shard()
                            + " of " + rows.length + " fault sets");
                }
                if (rows[r.index()] != null) {
                    throw new UserException(p.source() + ": fault set " + r.index() + " appears twice");
                }
                rows[r.index()] = r;
                held++;
            }
            if (held != p.shard().size(rows.length)) {
                throw new UserException(p.source() + ": shard " + p.shard() + " holds " + held + " of its "
                        + p.shard().size(rows.length) + " fault sets (an interrupted run? run the shard again)");
            }
        }
        return rows;
    }

    static String abbrev(String digest) {
        return digest.length() > 12 ? digest.substring(0, 12) : digest;
    }
}
