package dev.tmrkit.circuits.sat;

import dev.tmrkit.gates.GateType;
import dev.tmrkit.gates.Netlist;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds Tseitin clauses for netlists into one {@link SatSolver}: every gate becomes 2-input AND and XOR
 * nodes over signed literals, structurally hashed (the same node over the same literals is one variable)
 * and simplified (constants, {@code a∧a}, {@code a∧¬a}, {@code a⊕a}), so two copies of the same logic — the
 * replicas of a TMR netlist and its original — become the same variables. Each variable carries a
 * random-simulation signature; with sweeping on, a new node whose signature equals an earlier one's (or its
 * complement) is checked by SAT and, when proven equal, replaced by the earlier literal.
 *
 * <p>Literal {@link #TRUE} is the constant 1 (a unit clause), {@code -TRUE} the constant 0.
 */
final class Encoder {
    static final int TRUE = 1;
    static final int FALSE = -1;
    /** 64-bit words of random simulation per variable. */
    static final int WORDS = 4;
    /** Time limit of one sweeping query (Sat4j's conflict limits outlive their query, so a time limit it is). */
    private static final long SWEEP_NANOS = 20_000_000L;
    /** With a conflict limit: the time limit of one sweeping query that only a pathological query reaches. */
    private static final long SWEEP_SAFETY_NANOS = 2_000_000_000L;

    private final SatSolver solver;
    private final SplittableRandom random;
    private boolean sweep;
    private final Map<Long, Integer> ands = new HashMap<>();
    private final Map<Long, Integer> xors = new HashMap<>();
    private final Map<Signature, Integer> bySignature = new HashMap<>();
    private long[] sim = new long[WORDS * 1024];
    private int[] left = new int[1024];   // AND variable -> its inputs; 0 for other variables
    private int[] right = new int[1024];
    private long merges;
    private long sweepConflicts;   // 0: sweeping queries limited by SWEEP_NANOS instead

    /**
     * @param seed  the seed of the simulation signatures
     * @param sweep merge nodes that SAT proves equal to an earlier node of the same signature
     */
    Encoder(SatSolver solver, long seed, boolean sweep) {
        this.solver = solver;
        this.random = new SplittableRandom(seed);
        this.sweep = sweep;
        int t = solver.newVar();
        if (t != TRUE) {
            throw new IllegalStateException("the encoder must own the solver's first variable");
        }
        solver.clause(TRUE);
        Arrays.fill(sim, 0, WORDS, -1L);
        bySignature.put(Signature.of(sim, TRUE), FALSE);
    }

    /** Turns SAT sweeping of new nodes on or off. */
    void sweep(boolean on) {
        sweep = on;
    }

    /**
     * Limits each sweeping query to {@code conflicts} conflicts instead of {@link #SWEEP_NANOS}: what sweeping merges
     * is then the same on every run, whatever the machine's speed or load (a time limit only as a safety net).
     */
    void sweepByConflicts(long conflicts) {
        sweepConflicts = conflicts;
    }

    SatSolver solver() {
        return solver;
    }

    /** Nodes replaced by an earlier node that SAT proved equal. */
    long merges() {
        return merges;
    }

    /** A fresh free variable (a primary input, or a flip-flop output cut open) with a random signature. */
    int input() {
        int v = solver.newVar();
        ensure(v);
        for (int w = 0; w < WORDS; w++) {
            sim[v * WORDS + w] = random.nextLong();
        }
        return v;
    }

    /** The simulated value of a literal in word {@code w} of the signature. */
    long simWord(int lit, int w) {
        long s = sim[Math.abs(lit) * WORDS + w];
        return lit > 0 ? s : ~s;
    }

    int and(int a, int b) {
        if (a == FALSE || b == FALSE || a == -b) {
            return FALSE;
        }
        if (a == TRUE || a == b) {
            return b;
        }
        if (b == TRUE) {
            return a;
        }
        int absorbed = absorb(a, b);
        if (absorbed == 0) {
            absorbed = absorb(b, a);
        }
        if (absorbed != 0) {
            return absorbed;
        }
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        long key = ((long) lo << 32) | (hi & 0xffffffffL);
        Integer known = ands.get(key);
        if (known != null) {
            return known;
        }
        int v = solver.newVar();
        ensure(v);
        for (int w = 0; w < WORDS; w++) {
            sim[v * WORDS + w] = simWord(a, w) & simWord(b, w);
        }
        solver.clause(-v, a);
        solver.clause(-v, b);
        solver.clause(v, -a, -b);
        left[v] = a;
        right[v] = b;
        int lit = swept(v);
        ands.put(key, lit);
        return lit;
    }

    /**
     * Two-level AND rules, with {@code u} an AND node {@code x∧y} or its negation: {@code (x∧y)∧x = x∧y},
     * {@code (x∧y)∧¬x = 0}, {@code ¬(x∧y)∧¬x = ¬x} (absorption: {@code (x∧y)∨x = x}, which makes a voter with two
     * equal inputs its input), {@code ¬(x∧y)∧x = x∧¬y}. Returns 0 when no rule applies.
     */
    private int absorb(int u, int v) {
        int node = Math.abs(u);
        if (node >= left.length || left[node] == 0) {
            return 0;
        }
        int x = left[node];
        int y = right[node];
        if (u > 0) {
            if (v == x || v == y) {
                return u;
            }
            return v == -x || v == -y ? FALSE : 0;
        }
        if (v == -x || v == -y) {
            return v;
        }
        if (v == x) {
            return and(x, -y);
        }
        return v == y ? and(y, -x) : 0;
    }

    int or(int a, int b) {
        return -and(-a, -b);
    }

    int xor(int a, int b) {
        if (Math.abs(a) == TRUE) {
            return a == TRUE ? -b : b;
        }
        if (Math.abs(b) == TRUE) {
            return b == TRUE ? -a : a;
        }
        if (a == b) {
            return FALSE;
        }
        if (a == -b) {
            return TRUE;
        }
        boolean flip = (a < 0) != (b < 0);
        int lo = Math.min(Math.abs(a), Math.abs(b));
        int hi = Math.max(Math.abs(a), Math.abs(b));
        long key = ((long) lo << 32) | hi;
        Integer known = xors.get(key);
        if (known == null) {
            int v = solver.newVar();
            ensure(v);
            for (int w = 0; w < WORDS; w++) {
                sim[v * WORDS + w] = sim[lo * WORDS + w] ^ sim[hi * WORDS + w];
            }
            solver.clause(-v, lo, hi);
            solver.clause(-v, -lo, -hi);
            solver.clause(v, -lo, hi);
            solver.clause(v, lo, -hi);
            known = swept(v);
            xors.put(key, known);
        }
        return flip ? -known : known;
    }

    /** The majority of three literals, as {@code ab ∨ bc ∨ ac}. */
    int majority(int a, int b, int c) {
        return or(or(and(a, b), and(b, c)), and(a, c));
    }

    /** The output literal of a combinational gate type over its input literals. */
    int gate(GateType type, int[] in) {
        switch (type) {
            case CONST0: return FALSE;
            case CONST1: return TRUE;
            case BUF: return in[0];
            case NOT: return -in[0];
            case DFF: throw new IllegalArgumentException("a flip-flop is no combinational gate");
            default: break;
        }
        int acc = in[0];
        for (int i = 1; i < in.length; i++) {
            switch (type) {
                case AND: case NAND: acc = and(acc, in[i]); break;
                case OR: case NOR: acc = or(acc, in[i]); break;
                default: acc = xor(acc, in[i]); break;
            }
        }
        return type.isInverting() ? -acc : acc;
    }

    /**
     * Encodes a netlist: the literal of every net, given the literals of its primary inputs (in declared
     * order). A flip-flop's output is cut open: a fresh free variable.
     */
    int[] encode(Netlist netlist, int[] inputLits) {
        int[] dffs = netlist.dffGates();
        int[] state = new int[dffs.length];
        for (int k = 0; k < state.length; k++) {
            state[k] = input();
        }
        return encode(netlist, inputLits, state);
    }

    /**
     * Encodes a netlist with given literals for its flip-flops' outputs (the current state, flip-flops in
     * {@link Netlist#dffGates()} order).
     */
    int[] encode(Netlist netlist, int[] inputLits, int[] stateLits) {
        return Frame.encode(this, netlist, inputLits, stateLits, java.util.List.of(), 0).nets();
    }

    private int swept(int v) {
        if (!sweep) {
            return v;
        }
        Signature s = Signature.of(sim, v);
        Integer earlier = bySignature.get(s);
        if (earlier == null) {
            bySignature.put(s, s.complemented() ? -v : v);
            return v;
        }
        int mine = s.complemented() ? -v : v;       // literals with the same normalised signature
        int theirs = earlier;
        int[] one = {mine, -theirs};
        int[] other = {-mine, theirs};
        long nanos = sweepConflicts > 0 ? SWEEP_SAFETY_NANOS : SWEEP_NANOS;
        long conflicts = sweepConflicts > 0 ? sweepConflicts : Long.MAX_VALUE;
        if (solver.solve(one, System.nanoTime() + nanos, conflicts) == SatSolver.Answer.UNSAT
                && solver.solve(other, System.nanoTime() + nanos, conflicts) == SatSolver.Answer.UNSAT) {
            merges++;
            solver.clause(-mine, theirs);
            solver.clause(mine, -theirs);
            return s.complemented() ? -theirs : theirs;
        }
        return v;
    }

    private void ensure(int v) {
        if ((v + 1) * WORDS > sim.length) {
            sim = Arrays.copyOf(sim, Math.max(sim.length * 2, (v + 1) * WORDS));
        }
        if (v >= left.length) {
            left = Arrays.copyOf(left, Math.max(left.length * 2, v + 1));
            right = Arrays.copyOf(right, left.length);
        }
    }

    /** A signature normalised so that its first bit is 0; {@code complemented} when that took a negation. */
    private record Signature(long[] words, boolean complemented) {
        static Signature of(long[] sim, int v) {
            long[] w = Arrays.copyOfRange(sim, v * WORDS, v * WORDS + WORDS);
            boolean c = (w[0] & 1L) != 0;
            if (c) {
                for (int i = 0; i < w.length; i++) {
                    w[i] = ~w[i];
                }
            }
            return new Signature(w, c);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Signature s && Arrays.equals(s.words, words);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(words);
        }
    }
}
