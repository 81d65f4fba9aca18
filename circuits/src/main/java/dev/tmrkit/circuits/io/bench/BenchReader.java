package dev.tmrkit.circuits.io.bench;

import dev.tmrkit.circuits.io.NetlistAssembly;
import dev.tmrkit.circuits.io.NetlistReader;
import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.circuits.io.SourceLines;
import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Location;
import dev.tmrkit.gates.Netlist;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the ISCAS {@code .bench} format (ISCAS-85, ISCAS-89 with {@code DFF}, ITC'99):
 * <pre>
 * # comment
 * INPUT(G1)
 * OUTPUT(G17)
 * G10 = NAND(G1, G3)   # trailing comment
 * G5  = DFF(G10)
 * T   = CONST1()
 * </pre>
 * Keywords and gate types are case-insensitive and take the aliases of {@link GateType#parse} ({@code BUFF},
 * {@code INV}, {@code VDD}/{@code GND}, ...). Blanks may appear anywhere between tokens; lines may end in LF
 * or CRLF. A net name is any run of characters other than blanks and {@code ( ) , = #}. Nets may be used
 * before they are defined. A repeated {@code OUTPUT} is a second port on the same net (ITC'99 b05 does this);
 * a repeated {@code INPUT} or a net driven twice is an error at the second definition.
 *
 * <p>A text without any {@code INPUT} or {@code OUTPUT} line (in particular an empty file) is rejected:
 * it is far more likely a wrong file than an intended empty circuit.
 *
 * <p>The reader works line by line with a hand-written scanner; memory is proportional to the netlist,
 * time to the text.
 */
public final class BenchReader implements NetlistReader {
    /** The gate types a message offers when it meets an unknown one. */
    static final String TYPE_LIST = "AND, NAND, OR, NOR, XOR, XNOR, NOT, BUF, BUFF, DFF, CONST0, CONST1";

    private final boolean undrivenAsInputs;

    /** A strict reader: every net read must be an input or driven by a gate. */
    public BenchReader() {
        this(false);
    }

    private BenchReader(boolean undrivenAsInputs) {
        this.undrivenAsInputs = undrivenAsInputs;
    }

    @Override
    public BenchReader withUndrivenAsInputs(boolean yes) {
        return new BenchReader(yes);
    }

    @Override
    public Netlist read(String source, Reader in) throws IOException {
        SourceLines lines = new SourceLines(source, in);
        NetlistAssembly netlist = new NetlistAssembly(source, NetlistAssembly.stem(source), undrivenAsInputs);
        BenchLine line = new BenchLine(source);
        String text;
        while ((text = lines.next()) != null) {
            line.reset(text, lines.number());
            statement(line, netlist);
        }
        if (!netlist.hasPorts()) {
            throw new ParseException(source, 1, 1, "no INPUT or OUTPUT declarations: the text is empty or holds no ports;"
                    + " a .bench netlist declares them as INPUT(net) and OUTPUT(net)");
        }
        return netlist.build();
    }

    private static void statement(BenchLine line, NetlistAssembly netlist) {
        line.skipSpace();
        if (line.atEnd()) {
            return;
        }
        int column = line.column();
        String word = line.name();
        if (word.isEmpty()) {
            throw line.error(column, "expected INPUT(net), OUTPUT(net) or 'net = TYPE(nets)', found " + line.found());
        }
        line.skipSpace();
        if (line.peek() == '(') {
            port(line, netlist, word, column);
        } else if (line.peek() == '=') {
            gate(line, netlist, word, column);
        } else {
            throw line.error(line.column(), "expected '=' or '(' after '" + word + "', found " + line.found());
        }
        line.skipSpace();
        if (!line.atEnd()) {
            throw line.error(line.column(), "unexpected " + line.found() + " after ')'; expected the end of the line");
        }
    }

    private static void port(BenchLine line, NetlistAssembly netlist, String keyword, int column) {
        String kw = keyword.toUpperCase(Locale.ROOT);
        boolean input = kw.equals("INPUT");
        if (!input && !kw.equals("OUTPUT")) {
            throw line.error(column, "unknown statement '" + keyword + "(...)'; expected INPUT(net), OUTPUT(net)"
                    + " or 'net = TYPE(nets)'");
        }
        int close = line.column();
        int n = line.arguments(kw + "(...)");
        if (n != 1) {
            int at = n == 0 ? close + 1 : line.argColumn(1);
            throw line.error(at, kw + " declares exactly one net, found " + n + " names");
        }
        Location where = new Location(line.number(), line.argColumn(0));
        if (input) {
            netlist.input(line.argName(0), where);
        } else {
            netlist.output(line.argName(0), where);
        }
    }

    private static void gate(BenchLine line, NetlistAssembly netlist, String output, int column) {
        line.advance(); // '='
        line.skipSpace();
        int typeColumn = line.column();
        String typeName = line.name();
        if (typeName.isEmpty()) {
            throw line.error(typeColumn, "expected a gate type after '" + output + " =', found " + line.found());
        }
        Optional<GateType> type = GateType.parse(typeName);
        if (type.isEmpty()) {
            throw line.error(typeColumn, "unknown gate type '" + typeName + "'; expected one of " + TYPE_LIST);
        }
        line.skipSpace();
        if (line.peek() != '(') {
            throw line.error(line.column(), "expected '(' after gate type '" + typeName + "', found " + line.found());
        }
        int n = line.arguments(typeName + "(...)");
        List<String> inputs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            inputs.add(line.argName(i));
            netlist.read(line.argName(i), line.number(), line.argColumn(i));
        }
        netlist.gate(type.get(), output, inputs, new Location(line.number(), column));
    }
}
