package dev.tmrkit.circuits.tmr;

import dev.tmrkit.circuits.tmr.TmrOptions.InputMode;
import dev.tmrkit.circuits.tmr.TmrOptions.OutputMode;
import dev.tmrkit.circuits.tmr.TmrOptions.Scope;
import dev.tmrkit.circuits.tmr.TmrOptions.VoterMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every combination of the pass's switches (no exclusions): 3 scopes × 2 × 2 × 2 × 2 = 48. */
public final class AllOptions {
    private AllOptions() {
    }

    public static List<TmrOptions> all() {
        List<TmrOptions> out = new ArrayList<>();
        for (Scope s : Scope.values()) {
            for (VoterMode v : VoterMode.values()) {
                for (InputMode i : InputMode.values()) {
                    for (OutputMode o : OutputMode.values()) {
                        for (boolean m : new boolean[] {false, true}) {
                            out.add(new TmrOptions(s, v, i, o, m, Set.of()));
                        }
                    }
                }
            }
        }
        return out;
    }
}
