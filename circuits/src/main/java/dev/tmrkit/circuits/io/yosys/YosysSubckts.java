package dev.tmrkit.circuits.io.yosys;

import dev.tmrkit.circuits.io.NetlistAssembly;
import dev.tmrkit.circuits.io.ParseException;
import dev.tmrkit.gates.Location;
import java.util.HashSet;
import java.util.Map;
import java.util.function.Function;

/**
 * Yosys's internal gate cells where they appear as BLIF subcircuits ({@code .subckt $_DFFE_PP_ C=clk D=d E=en Q=q},
 * what {@code write_blif} writes), and look-up tables with their {@code .param} truth table ({@code write_blif
 * -param}), read by the same rules as in Yosys JSON ({@link YosysCells}). Each flip-flop
 * reports its clock net and edge to a {@link Clock}, which decides whether it is the single clock.
 */
public final class YosysSubckts {
    /** Receives the clock of every flip-flop: its net (null for $_FF_'s implicit clock) and edge P, N or G. */
    public interface Clock {
        void clock(String net, char edge, Location at);
    }

    private final YosysCells cells;

    /** Subcircuits emitted into {@code netlist}; generated nets are in the {@code $yosys$} namespace. */
    public YosysSubckts(NetlistAssembly netlist) {
        this.cells = new YosysCells(new YosysLogic(netlist, new HashSet<>()));
    }

    /** True for a Yosys internal cell type ({@code $_...}) or a look-up table tmrkit reads ({@link YosysLut}). */
    public static boolean isYosysCell(String type) {
        return type.startsWith("$_") || YosysLut.isLut(type);
    }

    /**
     * Emits one cell.
     *
     * @param pins  port name to net
     * @param read  called with every net the cell reads, so the caller can track reads
     * @param error makes the parse error for a reason, at the cell
     */
    public void emit(String type, Map<String, String> pins, Map<String, String> parameters, Location at, Clock clock, java.util.function.Consumer<String> read,
                     Function<String, ParseException> error) {
        emit(type, pins, parameters, at, clock, read, error, false);
    }

    /** As {@link #emit(String, Map, Map, Location, Clock, java.util.function.Consumer, Function)}; a flip-flop starts at {@code initOne}. */
    public void emit(String type, Map<String, String> pins, Map<String, String> parameters, Location at, Clock clock,
                     java.util.function.Consumer<String> read, Function<String, ParseException> error, boolean initOne) {
        cells.emit(type, new YosysCells.Pins() {
            @Override
            public String in(String port) {
                String net = net(port);
                read.accept(net);
                return net;
            }

            @Override
            public String out(String port) {
                return net(port);
            }

            @Override
            public void clock(char edge) {
                clock.clock(edge == 'G' ? null : net("C"), edge, at);
            }

            @Override
            public boolean initOne(String q) {
                return initOne;
            }

            @Override
            public ParseException error(String reason) {
                return error.apply("subcircuit of " + reason);
            }

            @Override
            public String parameter(String name) {
                String v = parameters.get(name);
                if (v != null && !v.matches("[01]+")) {
                    throw error.apply(".param " + name + " must be a string of 0 and 1, found '" + v + "'");
                }
                if (v == null && YosysLut.isLut(type)) {
                    throw error.apply(".subckt " + type + " has no .param with its truth table; write the BLIF with"
                            + " `write_blif -param` so that it carries the look-up tables' INIT");
                }
                return v;
            }

            private String net(String port) {
                String net = pins.get(port);
                if (net == null) {
                    throw error.apply(".subckt " + type + " has no connection for port " + port);
                }
                return net;
            }
        }, at);
    }
}
