package dev.tmrkit.circuits.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that ends a read with a {@link ParseException} once more than a set number of bytes
 * came through, so an endless or enormous source ({@code /dev/zero}, a 3 GiB file of NUL bytes) is an
 * error at a position instead of an out-of-memory crash. It counts lines to say where it stopped.
 */
public final class BoundedInput extends FilterInputStream {
    /** The default limit: 512 MiB; override with {@code -Dtmrkit.maxInputBytes=N}. */
    public static final long DEFAULT_LIMIT = 512L << 20;

    private final String source;
    private final long limit;
    private long count;
    private int line = 1;
    private long lineStart;

    public BoundedInput(String source, InputStream in, long limit) {
        super(in);
        this.source = source;
        this.limit = limit;
    }

    /** The limit in force: {@code tmrkit.maxInputBytes} when set, else {@link #DEFAULT_LIMIT}. */
    public static long limit() {
        return Long.getLong("tmrkit.maxInputBytes", DEFAULT_LIMIT);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            seen(b, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, (int) Math.min(len, limit - count + 1));
        for (int i = 0; i < n; i++) {
            seen(buf[off + i], 1);
        }
        return n;
    }

    private void seen(int b, int n) {
        count += n;
        if (count > limit) {
            throw new ParseException(source, line, (int) Math.min(Integer.MAX_VALUE, count - lineStart), "input larger than "
                    + limit + " bytes; raise the limit with TMRKIT_JAVA_OPTS=-Dtmrkit.maxInputBytes=N if this is really a netlist");
        }
        if (b == '\n') {
            line++;
            lineStart = count;
        }
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] sink = new byte[(int) Math.min(n, 8192)];
        int r = read(sink, 0, sink.length);
        return Math.max(r, 0);
    }
}
