import java.nio.file.*;
import java.util.*;
import org.logicng.formulas.*;
import org.logicng.solvers.*;
import org.sat4j.core.VecInt;
import org.sat4j.minisat.SolverFactory;
import org.sat4j.specs.ISolver;

/** Sat4j 2.3.6 (SolverFactory.newDefault) vs LogicNG 2.4.1 (MiniSat, Glucose) on the same DIMACS miters; wall ms, median of 5, interleaved. */
public class SatCmp {
  static List<int[]> read(Path p) throws Exception {
    List<int[]> cl = new ArrayList<>();
    for (String l : Files.readAllLines(p)) {
      if (l.startsWith("c") || l.startsWith("p") || l.isBlank()) continue;
      String[] t = l.trim().split("\\s+");
      int[] c = new int[t.length - 1];
      for (int i = 0; i < c.length; i++) c[i] = Integer.parseInt(t[i]);
      cl.add(c);
    }
    return cl;
  }
  static String sat4j(List<int[]> cl) throws Exception {
    ISolver s = SolverFactory.newDefault();
    try { for (int[] c : cl) s.addClause(new VecInt(c)); } catch (org.sat4j.specs.ContradictionException e) { return "UNSAT"; }
    return s.isSatisfiable() ? "SAT" : "UNSAT";
  }
  static String logicng(List<int[]> cl, boolean glucose) {
    FormulaFactory f = new FormulaFactory();
    SATSolver s = glucose ? MiniSat.glucose(f) : MiniSat.miniSat(f);
    for (int[] c : cl) {
      List<Literal> ls = new ArrayList<>();
      for (int x : c) ls.add(f.literal("v" + Math.abs(x), x > 0));
      s.add(f.clause(ls));
    }
    return s.sat().toString();
  }
  public static void main(String[] a) throws Exception {
    for (String name : a) {
      List<int[]> cl = read(Path.of(name + ".cnf"));
      double[][] t = new double[3][5];
      String[] ans = new String[3];
      for (int w = 0; w < 2; w++) { sat4j(cl); logicng(cl, false); logicng(cl, true); }
      for (int r = 0; r < 5; r++) {
        long s0 = System.nanoTime(); ans[0] = sat4j(cl);
        long s1 = System.nanoTime(); ans[1] = logicng(cl, false);
        long s2 = System.nanoTime(); ans[2] = logicng(cl, true);
        long s3 = System.nanoTime();
        t[0][r] = (s1 - s0) / 1e6; t[1][r] = (s2 - s1) / 1e6; t[2][r] = (s3 - s2) / 1e6;
      }
      for (double[] x : t) Arrays.sort(x);
      System.out.printf(Locale.ROOT, "%s clauses=%d sat4j=%s %.1f ms | logicng-minisat=%s %.1f ms (%.2fx) | logicng-glucose=%s %.1f ms (%.2fx)%n",
          name, cl.size(), ans[0], t[0][2], ans[1], t[1][2], t[1][2] / t[0][2], ans[2], t[2][2], t[2][2] / t[0][2]);
    }
  }
}
