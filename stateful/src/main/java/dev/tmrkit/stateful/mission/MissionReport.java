package dev.tmrkit.stateful.mission;

import dev.tmrkit.gates.stats.Wilson;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A run set beside the exact figures: the mean time to failure and R(t) at each time of the run, each
 * with its formula and verdict. {@code reliability} follows the order of {@code result.survival()}.
 */
public record MissionReport(MissionResult result, Comparison meanTimeToFailure, List<Comparison> reliability) {
    public MissionReport {
        reliability = List.copyOf(reliability);
    }

    /** Compares every figure of {@code result} with its closed form (or exact chain value). */
    public static MissionReport of(MissionResult result) {
        Configuration c = result.configuration();
        double lambda = result.lambda();
        MeanInterval m = result.meanTimeToFailure();
        Comparison mttf = new Comparison("MTTF", m.mean(), m.low(), m.high(), ClosedForms.meanTimeToFailure(c, lambda));
        List<Comparison> r = new ArrayList<>();
        for (SurvivalEstimate s : result.survival()) {
            Wilson w = s.interval();
            r.add(new Comparison("R(" + number(s.time()) + ")", w.rate(), w.low(), w.high(),
                    ClosedForms.reliability(c, lambda, s.time())));
        }
        return new MissionReport(result, mttf, r);
    }

    /** Every comparison, the mean time to failure first. */
    public List<Comparison> comparisons() {
        List<Comparison> all = new ArrayList<>();
        all.add(meanTimeToFailure);
        all.addAll(reliability);
        return all;
    }

    /** How many figures have their formula inside their interval. */
    public int within() {
        return (int) comparisons().stream().filter(Comparison::within).count();
    }

    public boolean allWithin() {
        return within() == reliability.size() + 1;
    }

    /** A time for a label: six significant digits, no trailing zeros ("R(33.3333)", "R(100)"). */
    private static String number(double v) {
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
