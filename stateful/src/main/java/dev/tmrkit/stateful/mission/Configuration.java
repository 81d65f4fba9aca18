package dev.tmrkit.stateful.mission;

/**
 * A redundant system of identical replicas, each failing after an exponential time with rate λ while
 * active (λ is given to the simulation, not fixed here).
 *
 * <ul>
 *   <li>{@code active} replicas run at once; the system is up while at least {@code needed} of them work
 *       (a perfect voter: TMR is 3 active, 2 needed).</li>
 *   <li>{@code spares} cold spares wait: a spare cannot fail while idle, and replaces a failed active
 *       replica at once (perfect detection and switching) while spares last.</li>
 *   <li>{@code repairRate} μ: while the system is up, failed replicas are repaired one at a time, each
 *       repair taking an exponential time with rate μ; a repaired replica returns to an empty active
 *       slot, or to the spares. μ = 0 means no repair.</li>
 * </ul>
 *
 * @param active     replicas running at once, at least 1
 * @param needed     working active replicas the system needs, 1 ≤ needed ≤ active
 * @param spares     cold spares, at least 0
 * @param repairRate μ, repairs per unit time, finite and at least 0
 */
public record Configuration(int active, int needed, int spares, double repairRate) {
    /** Static, dynamic or both: how the configuration tolerates failures. */
    public enum Redundancy {
        /** A single replica, nothing to fall back on. */
        NONE,
        /** A fixed set of replicas behind a voter, which masks failures (TMR). */
        STATIC,
        /** Detect a failed replica and replace it (spares) or fix it (repair). */
        DYNAMIC,
        /** A voter masking failures, and failed replicas replaced or repaired behind it. */
        HYBRID
    }

    public Configuration {
        if (active < 1) {
            throw new IllegalArgumentException("a configuration needs at least 1 active replica, got " + active);
        }
        if (needed < 1 || needed > active) {
            throw new IllegalArgumentException("needed replicas must lie in [1, " + active + "], got " + needed);
        }
        if (spares < 0) {
            throw new IllegalArgumentException("spares must be at least 0, got " + spares);
        }
        if (!(repairRate >= 0) || Double.isInfinite(repairRate)) {
            throw new IllegalArgumentException("the repair rate μ must be finite and at least 0, got " + repairRate);
        }
    }

    /** Triple modular redundancy: 3 replicas, a perfect 2-of-3 majority voter, no spares, no repair. */
    public static Configuration tmr() {
        return new Configuration(3, 2, 0, 0);
    }

    /** TMR whose failed replicas are repaired one at a time at rate μ while the system is up. */
    public static Configuration tmrWithRepair(double repairRate) {
        return new Configuration(3, 2, 0, repairRate);
    }

    /** TMR with {@code spares} cold spares replacing failed replicas; plain TMR once they are used up. */
    public static Configuration tmrWithSpares(int spares) {
        return new Configuration(3, 2, spares, 0);
    }

    /** One active replica and {@code spares} cold spares (standby redundancy). */
    public static Configuration simplexWithSpares(int spares) {
        return new Configuration(1, 1, spares, 0);
    }

    /** {@code needed}-of-{@code active}, no spares, no repair. */
    public static Configuration kOfN(int needed, int active) {
        return new Configuration(active, needed, 0, 0);
    }

    /** Whether failed replicas are repaired. */
    public boolean repairs() {
        return repairRate > 0;
    }

    /** Replica failures the system survives at most without repair: active + spares − needed. */
    public int tolerated() {
        return active + spares - needed;
    }

    public Redundancy redundancy() {
        boolean voting = active > 1;
        boolean replacing = spares > 0 || repairs();
        return voting ? (replacing ? Redundancy.HYBRID : Redundancy.STATIC)
                : (replacing ? Redundancy.DYNAMIC : Redundancy.NONE);
    }

    /** A short human name: "TMR", "TMR with repair (μ = 0.1)", "simplex with 1 cold spare", "3-of-5"… */
    public String label() {
        String base = active == 3 && needed == 2 ? "TMR"
                : active == 1 ? "simplex"
                : needed + "-of-" + active;
        StringBuilder sb = new StringBuilder(base);
        if (spares > 0) {
            sb.append(" with ").append(spares).append(spares == 1 ? " cold spare" : " cold spares");
        }
        if (repairs()) {
            sb.append(spares > 0 ? " and repair" : " with repair")
                    .append(" (μ = " + number(repairRate) + ")");
        }
        return sb.toString();
    }

    private static String number(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
