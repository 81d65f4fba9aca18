package dev.tmrkit.circuits.io.verilog.synth;

/** The Yosys commands tmrkit uses and suggests for Verilog it does not read itself. */
public final class YosysScript {
    /**
     * Turns Verilog into gates without merging identical logic: elaborates, flattens (kept modules included) and maps
     * to gates, but runs no optimisation ({@code opt_merge}, ABC) that could merge the replicas of a TMR netlist;
     * {@code synth -flatten} turns TMR(c17)'s 26 gates back into 7.
     */
    public static final String KEEP_SAFE = "hierarchy -auto-top; proc; setattr -mod -unset keep_hierarchy; flatten; techmap; opt_clean";

    private YosysScript() {
    }

    /** {@link #KEEP_SAFE} with the top module named. */
    public static String keepSafe(String top) {
        return KEEP_SAFE.replace("hierarchy -auto-top", "hierarchy -top " + top);
    }
}
