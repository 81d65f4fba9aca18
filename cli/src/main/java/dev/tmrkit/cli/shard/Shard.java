package dev.tmrkit.cli.shard;

import picocli.CommandLine;

/**
 * The K-th of N slices of a fault-set list (K from 1): fault set k belongs to slice {@code k mod N + 1}.
 * Interleaved rather than contiguous, so that expensive neighbouring fault sets (one region of a
 * circuit) spread over the slices.
 */
public record Shard(int index, int count) {
    /** The most slices a campaign may be cut into. */
    public static final int MAX_SHARDS = 1_000_000;

    public Shard {
        if (count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N <= " + MAX_SHARDS + ", not " + index + "/" + count);
        }
    }

    /** Whether fault set {@code entry} (0-based, in list order) belongs to this slice. */
    public boolean holds(int entry) {
        return entry % count == index - 1;
    }

    /** Clears from {@code todo} every entry of other slices. */
    public void restrict(java.util.BitSet todo) {
        for (int k = todo.nextSetBit(0); k >= 0; k = todo.nextSetBit(k + 1)) {
            if (!holds(k)) {
                todo.clear(k);
            }
        }
    }

    /** How many of {@code entries} fault sets this slice holds. */
    public int size(int entries) {
        return entries >= index ? (entries - index) / count + 1 : 0;
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
