package dev.tmrkit.cli.shard;

import picocli.CommandLine;

/**
 * The K-th of N slices of a fault-set list (K from 1). Which fault sets a slice holds is the list's {@link
 * SliceLayout}: runs of consecutive fault sets of about equal work, dealt to the slices in turn.
 */
public record Shard(int index, int count) {
    /** The most slices a campaign may be cut into. */
    public static final int MAX_SHARDS = 1_000_000;
    /** The longest run of consecutive fault sets dealt to one slice. */
    public static final int MAX_RUN = 1024;

    public Shard {
        if (count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N <= " + MAX_SHARDS + ", not " + index + "/" + count);
        }
    }

    /** Whether fault set {@code entry} (0-based, in list order) belongs to this slice of {@code layout}. */
    public boolean holds(int entry, SliceLayout layout) {
        return layout.owner(entry) == index;
    }

    /** Clears from {@code todo} every entry of other slices of {@code layout}. */
    public void restrict(java.util.BitSet todo, SliceLayout layout) {
        for (int k = todo.nextSetBit(0); k >= 0; k = todo.nextSetBit(k + 1)) {
            if (!holds(k, layout)) {
                todo.clear(k);
            }
        }
    }

    /** How many fault sets this slice of {@code layout} holds. */
    public int size(SliceLayout layout) {
        return layout.size(index);
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
