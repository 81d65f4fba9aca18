package dev.tmrkit.stateful.mission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tmrkit.testing.Properties;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Blocks of missions are the unit of slicing: any cover of the blocks, run apart (slices, threads), merged
 * in block order, gives exactly the result of one run — the same doubles, not merely close ones.
 */
class MissionBlocksTest {
    private static final List<Configuration> CONFIGURATIONS = List.of(Configuration.tmr(), Configuration.tmrWithRepair(2),
            Configuration.tmrWithSpares(2), Configuration.simplexWithSpares(1));

    @Test
    void blocksRunInSlicesAndMergedEqualOneRun() {
        Properties.qt().withExamples(40).forAll(SourceDSL.longs().between(2, 9 * MissionSimulator.BLOCK),
                SourceDSL.integers().between(1, 7), SourceDSL.integers().between(0, 3), SourceDSL.longs().all())
                .checkAssert((missions, slices, which, seed) -> {
                    Configuration c = CONFIGURATIONS.get(which);
                    MissionSimulator sim = new MissionSimulator(c, 0.7);
                    List<Double> at = List.of(0.1, 1.0, 3.0);
                    MissionResult whole = sim.run(missions, at, seed, 1);
                    MissionBlock[] merged = new MissionBlock[MissionSimulator.blocks(missions)];
                    for (int k = 0; k < slices; k++) {
                        int slice = k;
                        MissionBlock[] part = sim.run(missions, at, seed, 1 + k % 3, b -> b % slices == slice);
                        for (int b = 0; b < part.length; b++) {
                            if (b % slices == slice) {
                                merged[b] = part[b];
                            } else {
                                assertNull(part[b], "block " + b + " of another slice was run");
                            }
                        }
                    }
                    assertEquals(whole, sim.result(missions, at, seed, merged), c.label() + ", " + missions + " missions in " + slices);
                });
    }

    @Test
    void aMissingOrForeignBlockIsRefused() {
        MissionSimulator sim = new MissionSimulator(Configuration.tmr(), 1);
        long missions = 3 * MissionSimulator.BLOCK + 5;
        List<Double> at = List.of(0.5);
        MissionBlock[] blocks = sim.run(missions, at, 4, 2, b -> true);
        MissionBlock[] missing = blocks.clone();
        missing[1] = null;
        assertThrows(IllegalArgumentException.class, () -> sim.result(missions, at, 4, missing));
        MissionBlock[] shortened = blocks.clone();
        shortened[3] = blocks[0]; // a full block where the last holds 5 missions
        assertThrows(IllegalArgumentException.class, () -> sim.result(missions, at, 4, shortened));
        assertThrows(IllegalArgumentException.class, () -> sim.result(missions + MissionSimulator.BLOCK, at, 4, blocks));
        assertThrows(IllegalArgumentException.class, () -> new MissionBlock(10, 1.0, 0.5, new long[] {11}));
    }
}
