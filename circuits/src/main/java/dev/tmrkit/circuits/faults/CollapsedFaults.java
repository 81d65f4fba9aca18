package dev.tmrkit.circuits.faults;

import dev.tmrkit.gates.fault.Fault;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fault list partitioned into equivalence classes. {@code all} is the full list; {@code representatives}
 * holds one fault per class, in the order of their first appearance in {@code all}; {@code classOf[i]} is
 * the index in {@code representatives} of the class of {@code all.get(i)}. A campaign runs the
 * representatives only and {@link #expand expands} the results to every fault.
 */
public record CollapsedFaults(List<Fault> all, List<Fault> representatives, int[] classOf) {
    /** Checks that the classes partition {@code all} and that each representative belongs to its class. */
    public CollapsedFaults {
        all = List.copyOf(all);
        representatives = List.copyOf(representatives);
        classOf = classOf.clone();
        if (classOf.length != all.size()) {
            throw new IllegalArgumentException(classOf.length + " class indices for " + all.size() + " faults");
        }
        boolean[] found = new boolean[representatives.size()];
        for (int i = 0; i < classOf.length; i++) {
            int c = classOf[i];
            if (c < 0 || c >= found.length) {
                throw new IllegalArgumentException("fault " + i + " in class " + c + " of " + found.length);
            }
            if (all.get(i).equals(representatives.get(c))) {
                found[c] = true;
            }
        }
        for (int c = 0; c < found.length; c++) {
            if (!found[c]) {
                throw new IllegalArgumentException("representative " + representatives.get(c) + " is not in its class");
            }
        }
    }

    /** The class index of every fault of {@link #all} (a copy). */
    @Override
    public int[] classOf() {
        return classOf.clone();
    }

    /** The size of the uncollapsed list. */
    public int total() {
        return all.size();
    }

    /** The number of classes: the size of the collapsed list. */
    public int collapsed() {
        return representatives.size();
    }

    /** The class (index into {@link #representatives}) of fault {@code faultIndex} of {@link #all}. */
    public int classOf(int faultIndex) {
        return classOf[faultIndex];
    }

    /** The representative of fault {@code faultIndex} of {@link #all}. */
    public Fault representativeOf(int faultIndex) {
        return representatives.get(classOf[faultIndex]);
    }

    /** The members of class {@code classIndex}, in {@link #all} order (the representative first). */
    public List<Fault> members(int classIndex) {
        List<Fault> out = new ArrayList<>();
        for (int i = 0; i < classOf.length; i++) {
            if (classOf[i] == classIndex) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    /** Every class's members, indexed like {@link #representatives}. */
    public List<List<Fault>> classes() {
        List<List<Fault>> out = new ArrayList<>(representatives.size());
        for (int c = 0; c < representatives.size(); c++) {
            out.add(new ArrayList<>());
        }
        for (int i = 0; i < classOf.length; i++) {
            out.get(classOf[i]).add(all.get(i));
        }
        List<List<Fault>> frozen = new ArrayList<>(out.size());
        for (List<Fault> members : out) {
            frozen.add(List.copyOf(members));
        }
        return List.copyOf(frozen);
    }

    /** The size of each class, indexed like {@link #representatives}. */
    public int[] classSizes() {
        int[] sizes = new int[representatives.size()];
        for (int c : classOf) {
            sizes[c]++;
        }
        return sizes;
    }

    /**
     * Results for every fault of {@link #all}, given one result per representative: each fault gets its
     * class's result.
     */
    public <R> List<R> expand(List<R> perClass) {
        if (perClass.size() != representatives.size()) {
            throw new IllegalArgumentException(perClass.size() + " results for " + representatives.size() + " classes");
        }
        List<R> out = new ArrayList<>(classOf.length);
        for (int c : classOf) {
            out.add(perClass.get(c));
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CollapsedFaults c && c.all.equals(all) && c.representatives.equals(representatives)
                && Arrays.equals(c.classOf, classOf);
    }

    @Override
    public int hashCode() {
        return (all.hashCode() * 31 + representatives.hashCode()) * 31 + Arrays.hashCode(classOf);
    }

    @Override
    public String toString() {
        return "CollapsedFaults[" + all.size() + " faults, " + representatives.size() + " classes]";
    }
}
