package dev.tmrkit.circuits.io.verilog;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flip-flops of one {@code always @(posedge clk)} block, found by executing its statements symbolically: each
 * assigned bit's next state is a {@link Bit} over the current values ({@code <=} reads the old ones), an
 * {@code if} without {@code else} holds the bit. With an asynchronous reset, {@code always @(posedge clk or negedge
 * rst) if (!rst) ... else ...}, the first branch must assign constants: the reset values.
 */
final class FlipFlops {
    private final Elaborator elaborator;
    private final Expressions x;
    private final Map<Integer, Boolean> init;

    FlipFlops(Elaborator elaborator, Expressions x, Map<Integer, Boolean> init) {
        this.elaborator = elaborator;
        this.x = x;
        this.init = init;
    }

    void block(Ast.Always a) {
        elaborator.clock(a.clock(), x.signal(a.clock().at(), a.clock().signal()));
        if (a.reset() == null) {
            Map<Integer, Bit> next = new LinkedHashMap<>();
            execute(a.body(), next);
            for (Map.Entry<Integer, Bit> e : next.entrySet()) {
                elaborator.drivers.flop(e.getKey(), e.getValue(), a.at(), null, false, init.getOrDefault(e.getKey(), false));
            }
            return;
        }
        Ast.Edge reset = a.reset();
        int rst = x.signal(reset.at(), reset.signal());
        Bit active = reset.rising() ? new Bit.Signal(rst, reset.at()) : Bit.not(new Bit.Signal(rst, reset.at()));
        Ast.Statement body = a.body();
        while (body instanceof Ast.Block b && b.statements().size() == 1) {
            body = b.statements().get(0);
        }
        if (!(body instanceof Ast.If i) || !isReset(i.condition(), reset)) {
            throw elaborator.fail(a.at(), "a block with an asynchronous reset must be 'if (" + (reset.rising() ? "" : "!")
                    + reset.signal() + ") <reset values> else <next state>'");
        }
        Map<Integer, Bit> values = new LinkedHashMap<>();
        execute(i.then(), values);
        Map<Integer, Bit> next = new LinkedHashMap<>();
        if (i.otherwise() != null) {
            execute(i.otherwise(), next);
        }
        Set<Integer> registers = new HashSet<>(values.keySet());
        for (Map.Entry<Integer, Bit> e : values.entrySet()) {
            if (!(e.getValue() instanceof Bit.Constant)) {
                throw elaborator.fail(i.at(), "the reset value of '" + elaborator.signals.fullName(e.getKey())
                        + "' is not a constant");
            }
        }
        for (int s : next.keySet()) {
            if (!registers.contains(s)) {
                throw elaborator.fail(i.at(), "'" + elaborator.signals.fullName(s) + "' is assigned in a block with an"
                        + " asynchronous reset but not reset by it");
            }
        }
        for (Map.Entry<Integer, Bit> e : values.entrySet()) {
            Bit n = next.getOrDefault(e.getKey(), new Bit.Signal(e.getKey(), a.at()));
            elaborator.drivers.flop(e.getKey(), n, a.at(), active, ((Bit.Constant) e.getValue()).one(),
                    init.getOrDefault(e.getKey(), false));
        }
    }

    /** {@code rst} for a rising reset, {@code !rst} or {@code ~rst} for a falling one. */
    private static boolean isReset(Ast.Expr c, Ast.Edge reset) {
        if (reset.rising()) {
            return c instanceof Ast.Ref r && r.name().equals(reset.signal()) && r.part() == Ast.Ref.Part.WHOLE;
        }
        return c instanceof Ast.Unary u && (u.op().equals("!") || u.op().equals("~")) && isReset(u.operand(),
                new Ast.Edge(reset.at(), true, reset.signal()));
    }

    private void execute(Ast.Statement s, Map<Integer, Bit> next) {
        if (s instanceof Ast.Block b) {
            for (Ast.Statement t : b.statements()) {
                execute(t, next);
            }
        } else if (s instanceof Ast.Assign a) {
            List<Integer> lhs = x.lvalue(a.lhs());
            List<Bit> rhs = x.value(a.rhs(), lhs.size());
            for (int k = 0; k < lhs.size(); k++) {
                next.put(lhs.get(k), rhs.get(k));
            }
        } else {
            Ast.If i = (Ast.If) s;
            Bit c = Expressions.reduce(dev.tmrkit.gates.GateType.OR, x.value(i.condition(), x.width(i.condition())));
            Map<Integer, Bit> then = new LinkedHashMap<>(next);
            execute(i.then(), then);
            Map<Integer, Bit> otherwise = new LinkedHashMap<>(next);
            if (i.otherwise() != null) {
                execute(i.otherwise(), otherwise);
            }
            Set<Integer> keys = new java.util.LinkedHashSet<>(then.keySet());
            keys.addAll(otherwise.keySet());
            for (int k : keys) {
                Bit hold = new Bit.Signal(k, i.at());
                next.put(k, Bit.mux(c, otherwise.getOrDefault(k, hold), then.getOrDefault(k, hold)));
            }
        }
    }
}
