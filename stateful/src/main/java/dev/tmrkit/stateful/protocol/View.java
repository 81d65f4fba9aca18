package dev.tmrkit.stateful.protocol;

import java.util.List;

/**
 * One configuration of the replica set: its number, the members (a replaced member's slot goes to its
 * replacement, so positions are stable), the leader (single-leader only, else -1), the members that
 * still need state (spares just promoted), and the members of the previous view (a new leader gathers
 * state from a majority of them before it accepts writes).
 */
public record View(int number, List<Integer> members, int leader, List<Integer> joiners, List<Integer> previous) {
    public View {
        members = List.copyOf(members);
        joiners = List.copyOf(joiners);
        previous = List.copyOf(previous);
    }

    /** View 0: replicas 0..n-1, leader 0 if there is one. */
    public static View initial(int replicas, boolean leader) {
        List<Integer> m = java.util.stream.IntStream.range(0, replicas).boxed().toList();
        return new View(0, m, leader ? 0 : -1, List.of(), m);
    }

    public boolean isMember(int node) {
        return members.contains(node);
    }

    public boolean isJoiner(int node) {
        return joiners.contains(node);
    }

    /** More than half of the members. */
    public int majority() {
        return members.size() / 2 + 1;
    }

    /** Who sends state to joiners: the leader, or else the first member that is not joining. */
    public int donor() {
        if (leader >= 0) {
            return leader;
        }
        for (int m : members) {
            if (!joiners.contains(m)) {
                return m;
            }
        }
        return -1;
    }
}
