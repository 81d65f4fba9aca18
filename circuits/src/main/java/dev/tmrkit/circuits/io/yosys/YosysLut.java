package dev.tmrkit.circuits.io.yosys;

import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * FPGA look-up tables of a Yosys design as gates ({@link LutTable}: {@code $lut}, Xilinx {@code LUT1}..{@code LUT6},
 * iCE40 {@code SB_LUT4}): a tree of multiplexers ({@link YosysLogic#mux}) whose root drives the cell's output and
 * whose inner nets are generated ({@code $yosys$<output>$lut}).
 */
final class YosysLut {
    private final YosysLogic logic;

    YosysLut(YosysLogic logic) {
        this.logic = logic;
    }

    /** True for the look-up table types this class reads. */
    static boolean isLut(String type) {
        return LutTable.shape(type).isPresent();
    }

    void emit(String type, YosysCells.Pins pins, Location at) {
        LutTable.Shape shape = LutTable.shape(type).orElseThrow();
        List<String> inputs;
        if (shape.bus() != null) {
            inputs = pins.inBus(shape.bus());
        } else {
            inputs = new ArrayList<>();
            for (String port : shape.inputs()) {
                inputs.add(pins.in(port));
            }
        }
        String table = pins.parameter(shape.table());
        if (table == null) {
            throw pins.error("look-up table without its " + shape.table() + " parameter (the truth table)");
        }
        String out = pins.out(shape.output());
        boolean[] bits;
        try {
            bits = LutTable.bits(table, inputs.size());
        } catch (IllegalArgumentException e) {
            throw pins.error(type + ": " + e.getMessage());
        }
        LutTable.expand(bits, inputs, new LutTable.Logic<String>() {
            @Override
            public String constant(boolean one, boolean root) {
                String c = logic.constant(one, at);
                if (root) {
                    logic.gate(GateType.BUF, out, List.of(c), at);
                }
                return c;
            }

            @Override
            public String mux(String select, String zero, String one, boolean root) {
                String net = root ? out : logic.fresh(out + "$lut");
                logic.mux(net, zero, one, select, at);
                return net;
            }
        });
    }
}
