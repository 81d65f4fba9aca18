package dev.tmrkit.stateful.check;

import dev.tmrkit.stateful.protocol.View;
import java.util.ArrayList;
import java.util.List;

/**
 * The views of a run over time, with when each new view was ready: its new leader had gathered the
 * state it needed and its joiners had received theirs. Between a view change and its readiness the
 * replica set is reconfiguring. In static redundancy there is one view, ready from the start.
 */
public final class Membership {
    /** A view installed at {@code time}, ready (reconfiguration over) at {@code ready}, or never ({@code Long.MAX_VALUE}). */
    public record Change(long time, View view, long ready) {
    }

    private final List<Change> changes;

    private Membership(List<Change> changes) {
        this.changes = List.copyOf(changes);
    }

    /** One view for the whole run. */
    public static Membership fixed(View view) {
        return new Membership(List.of(new Change(0, view, 0)));
    }

    /** The views in order; the first is installed at time 0. */
    public List<Change> changes() {
        return changes;
    }

    /** The view installed at {@code time}. */
    public View viewAt(long time) {
        View v = changes.get(0).view();
        for (Change c : changes) {
            if (c.time() > time) {
                break;
            }
            v = c.view();
        }
        return v;
    }

    /** Whether a reconfiguration (a view installed, not yet ready) overlaps {@code [from, to]}. */
    public boolean reconfiguring(long from, long to) {
        for (int i = 1; i < changes.size(); i++) {
            Change c = changes.get(i);
            long end = Math.min(c.ready(), i + 1 < changes.size() ? changes.get(i + 1).time() : Long.MAX_VALUE);
            if (c.time() <= to && end > from) {
                return true;
            }
        }
        return false;
    }

    /** Collects views, transfers and leaders' readiness as a run reports them. */
    public static final class Builder {
        private final List<long[]> transfers = new ArrayList<>();
        private final List<long[]> leading = new ArrayList<>();
        private final List<View> views = new ArrayList<>();
        private final List<Long> times = new ArrayList<>();

        public void view(View v, long time) {
            views.add(v);
            times.add(time);
        }

        public void transferred(int replica, long time) {
            transfers.add(new long[] {replica, time});
        }

        public void leading(int replica, long time) {
            leading.add(new long[] {replica, time});
        }

        /** The membership of a run that started with {@code initial}. */
        public Membership build(View initial) {
            List<Change> out = new ArrayList<>();
            out.add(new Change(0, initial, 0));
            View previous = initial;
            for (int i = 0; i < views.size(); i++) {
                View v = views.get(i);
                long t = times.get(i);
                long ready = t;
                if (v.leader() >= 0 && v.leader() != previous.leader()) {
                    ready = Math.max(ready, first(leading, v.leader(), t));
                }
                for (int j : v.joiners()) {
                    ready = Math.max(ready, first(transfers, j, t));
                }
                out.add(new Change(t, v, ready));
                previous = v;
            }
            return new Membership(out);
        }

        private static long first(List<long[]> events, int node, long from) {
            for (long[] e : events) {
                if (e[0] == node && e[1] >= from) {
                    return e[1];
                }
            }
            return Long.MAX_VALUE;
        }
    }
}
