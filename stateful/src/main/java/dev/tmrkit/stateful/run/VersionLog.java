package dev.tmrkit.stateful.run;

import java.util.Arrays;

/**
 * Every replica's state version over time, and the version each client write got where it was
 * accepted: enough to tell when a replica first held a write (its version reached the write's).
 */
final class VersionLog {
    private final long[][] times;
    private final long[][] versions;
    private final int[] count;
    private long[] accepted;

    VersionLog(int replicas, int operations) {
        times = new long[replicas][16];
        versions = new long[replicas][16];
        count = new int[replicas];
        accepted = new long[operations];
        Arrays.fill(accepted, -1);
    }

    void accepted(int handle, long version) {
        if (handle >= accepted.length) {
            int n = Math.max(handle + 1, 2 * accepted.length);
            int old = accepted.length;
            accepted = Arrays.copyOf(accepted, n);
            Arrays.fill(accepted, old, n, -1);
        }
        if (accepted[handle] < 0) {
            accepted[handle] = version;
        }
    }

    void changed(int replica, long version, long time) {
        int n = count[replica];
        if (n == times[replica].length) {
            times[replica] = Arrays.copyOf(times[replica], 2 * n);
            versions[replica] = Arrays.copyOf(versions[replica], 2 * n);
        }
        times[replica][n] = time;
        versions[replica][n] = version;
        count[replica]++;
    }

    /** The version write {@code handle} got where it was accepted, or -1. */
    long acceptedVersion(int handle) {
        return handle < accepted.length ? accepted[handle] : -1;
    }

    int replicas() {
        return count.length;
    }

    /** Whether replica {@code r} ever changed its state. */
    boolean everChanged(int r) {
        return count[r] > 0;
    }

    /**
     * When replica {@code r} first reached version {@code v} (its versions' running maximum, so a replica
     * that restarted empty still counts as having had it), or -1 if it never did.
     */
    long firstReaching(int r, long v) {
        long[] max = runningMax(r);
        int lo = 0, hi = count[r];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (max[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == count[r] ? -1 : times[r][lo];
    }

    private long[][] maxCache;

    private long[] runningMax(int r) {
        if (maxCache == null) {
            maxCache = new long[count.length][];
        }
        if (maxCache[r] == null) {
            long[] m = Arrays.copyOf(versions[r], count[r]);
            for (int i = 1; i < m.length; i++) {
                m[i] = Math.max(m[i], m[i - 1]);
            }
            maxCache[r] = m;
        }
        return maxCache[r];
    }
}
