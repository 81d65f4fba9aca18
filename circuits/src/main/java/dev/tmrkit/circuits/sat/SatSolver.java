package dev.tmrkit.circuits.sat;

import org.sat4j.core.VecInt;
import org.sat4j.minisat.SolverFactory;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.IConstr;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.ISolverService;
import org.sat4j.specs.SearchListenerAdapter;
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
    private long conflicts;
    private long budget = Long.MAX_VALUE;

    SatSolver() {
        solver.setDBSimplificationAllowed(false);
        solver.setSearchListener(new SearchListenerAdapter<ISolverService>() {
            @Override
            public void conflictFound(IConstr confl, int dlevel, int trailLevel) {
                if (++conflicts > budget) {
                    solver.expireTimeout();
                }
            }
        });
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
        return solve(assumptions, deadline, Long.MAX_VALUE);
    }

    /**
     * As {@link #solve(int[], long)}, also giving up (UNKNOWN) after {@code conflictLimit} conflicts of this query:
     * a limit that does not depend on the machine's speed, so what it decides is the same on every run.
     */
    Answer solve(int[] assumptions, long deadline, long conflictLimit) {
        conflicts = 0;
        budget = conflictLimit;
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
