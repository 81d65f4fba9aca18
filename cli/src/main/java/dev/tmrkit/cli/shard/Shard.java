package dev.tmrkit.cli.shard;

import picocli.CommandLine;

/**
 * The K-th of N slices of a fault-set list (K from 1). The list is cut into runs of consecutive fault sets
 * ({@link #run(int, int)} long, at most {@value #MAX_RUN}), dealt to the slices in turn: run r belongs to slice
 * {@code r mod N + 1}. Runs keep neighbouring fault sets (one region of a circuit, whose faults share their
 * propagation) in one slice, so N slices do the work of one run and not more; dealing them in turn spreads a
 * slow part of the circuit over the slices. Small lists get runs of one fault set (plain interleaving).
 */
public record Shard(int index, int count) {
    /** The most slices a campaign may be cut into. */
    public static final int MAX_SHARDS = 1_000_000;
    /** The longest run of consecutive fault sets dealt to one slice. */
    public static final int MAX_RUN = 1024;
    /** Each slice gets at least this many runs when the list is long enough. */
    private static final int RUNS_PER_SLICE = 64;

    public Shard {
        if (count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N <= " + MAX_SHARDS + ", not " + index + "/" + count);
        }
    }

    /** The length of the runs that a list of {@code entries} fault sets is cut into for {@code count} slices. */
    public static int run(int count, int entries) {
        return Math.max(1, Math.min(MAX_RUN, entries / (count * RUNS_PER_SLICE)));
    }

    /** Whether fault set {@code entry} (0-based, in list order) of a list of {@code entries} belongs to this slice. */
    public boolean holds(int entry, int entries) {
        return entry / run(count, entries) % count == index - 1;
    }

    /** Clears from {@code todo} every entry of other slices ({@code entries}: the length of the list). */
    public void restrict(java.util.BitSet todo, int entries) {
        for (int k = todo.nextSetBit(0); k >= 0; k = todo.nextSetBit(k + 1)) {
            if (!holds(k, entries)) {
                todo.clear(k);
            }
        }
    }

    /** How many of {@code entries} fault sets this slice holds. */
    public int size(int entries) {
        int run = run(count, entries);
        int full = entries / run;
        int fullRuns = full >= index ? (full - index) / count + 1 : 0;
        int partial = full % count == index - 1 ? entries % run : 0;
        return fullRuns * run + partial;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }

    /** Reads {@code K/N} for picocli. */
    public static final class Converter implements CommandLine.ITypeConverter<Shard> {
        @Override
        public Shard convert(String value) {
            String[] kn = value.split("/", -1);
            try {
                if (kn.length == 2) {
                    return new Shard(Integer.parseInt(kn[0].trim()), Integer.parseInt(kn[1].trim()));
                }
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "': " + (e instanceof NumberFormatException
                        ? "K and N must be whole numbers" : e.getMessage()));
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not K/N (the K-th of N slices, e.g. 2/7)");
        }
    }
}
