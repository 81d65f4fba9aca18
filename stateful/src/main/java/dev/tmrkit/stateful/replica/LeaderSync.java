package dev.tmrkit.stateful.replica;

import dev.tmrkit.stateful.protocol.Snapshot;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A newly elected leader's gathering of state: the snapshots of the previous view's members, until a
 * majority of them answered; the newest of those holds every write a quorum acknowledged (a write
 * quorum and a majority of the previous view always share a member).
 */
final class LeaderSync {
    private final List<Integer> previous;
    private final int since;
    private final Map<Integer, Snapshot> replies = new TreeMap<>();

    /** Gathering, from view {@code since} on, the states of {@code previous}. */
    LeaderSync(List<Integer> previous, int since, int self, Snapshot own) {
        this.previous = previous;
        this.since = since;
        offer(self, own);
    }

    /** The view the gathering began in: replies to requests of that view or later count. */
    int since() {
        return since;
    }

    /** The members whose state it gathers. */
    List<Integer> members() {
        return previous;
    }

    /** Records a member's state (anything from outside the previous view is ignored). */
    void offer(int from, Snapshot s) {
        if (previous.contains(from)) {
            replies.put(from, s);
        }
    }

    /** Whether {@code member} has not answered yet. */
    boolean waitingFor(int member) {
        return !replies.containsKey(member);
    }

    /** The newest state, once a majority of the previous view answered; else null. */
    Snapshot newest() {
        if (replies.size() < previous.size() / 2 + 1) {
            return null;
        }
        Snapshot best = null;
        for (Snapshot s : replies.values()) {
            if (best == null || s.newerThan(best.version(), best.writer())) {
                best = s;
            }
        }
        return best;
    }
}
