package dev.tmrkit.circuits.sat;

import org.sat4j.core.VecInt;
import org.sat4j.minisat.SolverFactory;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.TimeoutException;

/**
 * An incremental CNF solver (Sat4j's default CDCL solver) with variables allocated on demand and
 * queries under assumptions. Literals are DIMACS style: variable {@code v > 0} or its negation {@code -v}.
 */
final class SatSolver {
    /** The answer to one query. */
    enum Answer { SAT, UNSAT, UNKNOWN }

    private final ISolver solver = SolverFactory.newDefault();
    private int vars;
    private boolean contradiction;
    private long queries;

    SatSolver() {
        solver.setDBSimplificationAllowed(false);
    }

    int newVar() {
        vars = solver.nextFreeVarId(true);
        return vars;
    }

    int vars() {
        return vars;
    }

    long queries() {
        return queries;
    }

    void clause(int... lits) {
        if (contradiction) {
            return;
        }
        try {
            solver.addClause(new VecInt(lits));
        } catch (ContradictionException e) {
            contradiction = true;
        }
    }

    /**
     * Is the CNF satisfiable with every assumption true?
     *
     * @param deadline give up (UNKNOWN) after this {@link System#nanoTime()}; {@link Long#MAX_VALUE} for none.
     *                 A time limit only: Sat4j's conflict limits keep counting in later queries
     */
    Answer solve(int[] assumptions, long deadline) {
        queries++;
        if (contradiction) {
            return Answer.UNSAT;
        }
        long left = deadline == Long.MAX_VALUE ? Long.MAX_VALUE / 2 : (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            return Answer.UNKNOWN;
        }
        solver.setTimeoutMs(left);
        try {
            return solver.isSatisfiable(new VecInt(assumptions)) ? Answer.SAT : Answer.UNSAT;
        } catch (TimeoutException e) {
            return Answer.UNKNOWN;
        }
    }

    /** The value of a literal in the model of the last SAT answer. */
    boolean value(int lit) {
        int v = Math.abs(lit);
        boolean b = v <= solver.nVars() && solver.model(v);
        return lit > 0 == b;
    }
}
