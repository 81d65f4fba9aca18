package dev.tmrkit.circuits.io;

import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * A reader of a text format whose flip-flops have a clock net: the two options every such reader takes (undriven
 * nets as inputs, a required clock) kept as immutable fields, and reading as {@link #readClocked(String, Reader)}.
 */
public abstract class ClockedTextReader implements NetlistReader {
    /** See {@link NetlistReader#withUndrivenAsInputs}. */
    protected final boolean undrivenAsInputs;
    /** The clock net the flip-flops must have (see {@link NetlistReader#withClock}); null: whatever clocks them. */
    protected final String clock;

    protected ClockedTextReader(boolean undrivenAsInputs, String clock) {
        this.undrivenAsInputs = undrivenAsInputs;
        this.clock = clock;
    }

    /** A reader of the same format with these options. */
    protected abstract ClockedTextReader with(boolean undrivenAsInputs, String clock);

    @Override
    public ClockedTextReader withUndrivenAsInputs(boolean yes) {
        return with(yes, clock);
    }

    @Override
    public ClockedTextReader withClock(String name) {
        return with(undrivenAsInputs, name);
    }

    @Override
    public Netlist read(String source, Reader in) throws IOException {
        return readClocked(source, in).netlist();
    }

    @Override
    public ClockedNetlist readClocked(Path file) throws IOException {
        return NetlistReader.readClockedText(this, file);
    }

    @Override
    public abstract ClockedNetlist readClocked(String source, Reader in) throws IOException;
}
