package dev.tmrkit.circuits.faults;

import dev.tmrkit.circuits.tmr.Replica;
import dev.tmrkit.circuits.tmr.TmrRoles;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.fault.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which fault sites are physical neighbours, for multiple-bit upsets of adjacent sites: rows of sites in
 * physical order (a row of cells, a register bank); an upset of K adjacent sites strikes K consecutive
 * sites of one row, never across rows. A user's placement gives the rows ({@link #of}); without one,
 * {@link #byReplica} puts each replica of a TMR netlist in its own row (neighbouring bits of the same
 * replica, never the A/B/C copies of one bit), and the rest in one more row.
 *
 * @param source the file the rows came from ({@code "<replicas>"} for the default)
 * @param rows   the rows, each a list of cells in physical order
 */
public record Adjacency(String source, List<List<Cell>> rows) {
    /** A named site at a position of the source (line and column 1-based; 0 for the default rows). */
    public record Cell(String name, int line, int column) {
        public Cell {
            Objects.requireNonNull(name, "name");
        }
    }

    public Adjacency {
        Objects.requireNonNull(source, "source");
        List<List<Cell>> copy = new ArrayList<>();
        for (List<Cell> r : rows) {
            copy.add(List.copyOf(r));
        }
        rows = List.copyOf(copy);
    }

    /** Rows given by a user's placement. */
    public static Adjacency of(String source, List<List<Cell>> rows) {
        return new Adjacency(source, rows);
    }

    /**
     * The default rows of {@code sites} in {@code netlist}: the sites of each replica (a replica's copies and
     * its voters, by {@link TmrRoles#roleOf}) in site order, one row per replica, and one row of every other
     * site (shared inputs, single voters, a netlist that is not TMR at all) in site order.
     */
    public static List<List<Site>> byReplica(Netlist netlist, List<Site> sites) {
        Map<Optional<Replica>, List<Site>> rows = new LinkedHashMap<>();
        rows.put(Optional.empty(), new ArrayList<>());
        for (Replica r : Replica.ALL) {
            rows.put(Optional.of(r), new ArrayList<>());
        }
        for (Site s : sites) {
            rows.get(replicaOf(netlist.netName(s.net(netlist)))).add(s);
        }
        List<List<Site>> out = new ArrayList<>();
        for (List<Site> r : rows.values()) {
            if (!r.isEmpty()) {
                out.add(List.copyOf(r));
            }
        }
        return out;
    }

    private static Optional<Replica> replicaOf(String name) {
        try {
            return TmrRoles.roleOf(name).replica();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * These rows as sites of {@code sites} (each cell names the net of one site).
     *
     * @throws IllegalArgumentException {@code source:line:column: reason} for a name that is no such site or a
     *                                  site listed twice
     */
    public List<List<Site>> resolve(Netlist netlist, List<Site> sites, String what) {
        Map<String, Site> byName = new HashMap<>();
        for (Site s : sites) {
            byName.put(netlist.netName(s.net(netlist)), s);
        }
        Map<String, Cell> seen = new HashMap<>();
        List<List<Site>> out = new ArrayList<>();
        for (List<Cell> row : rows) {
            List<Site> r = new ArrayList<>();
            for (Cell c : row) {
                Site s = byName.get(c.name());
                if (s == null) {
                    throw new IllegalArgumentException(source + ":" + c.line() + ":" + c.column() + ": '" + c.name()
                            + "' is not " + what + " of '" + netlist.name() + "'");
                }
                Cell before = seen.putIfAbsent(c.name(), c);
                if (before != null) {
                    throw new IllegalArgumentException(source + ":" + c.line() + ":" + c.column() + ": '" + c.name()
                            + "' is placed twice (first at " + before.line() + ":" + before.column() + ")");
                }
                r.add(s);
            }
            out.add(List.copyOf(r));
        }
        return out;
    }
}
