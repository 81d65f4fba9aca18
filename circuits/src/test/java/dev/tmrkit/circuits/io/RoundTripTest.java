package dev.tmrkit.circuits.io;

import static dev.tmrkit.testing.Properties.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tmrkit.circuits.io.bench.BenchReader;
import dev.tmrkit.circuits.io.bench.BenchWriter;
import dev.tmrkit.circuits.io.blif.BlifReader;
import dev.tmrkit.circuits.io.blif.BlifWriter;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.testing.RandomNetlists;
import dev.tmrkit.testing.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writing a netlist and reading it back gives an equal netlist, in both formats. */
class RoundTripTest {
    private static final long SEED = 0x7e57_b1f5L;
    private static final int EXAMPLES = 300;

    private static final BenchReader BENCH_IN = new BenchReader();
    private static final BenchWriter BENCH_OUT = new BenchWriter();
    private static final BlifReader BLIF_IN = new BlifReader();
    private static final BlifWriter BLIF_OUT = new BlifWriter();

    @Test
    void benchRoundTripOfCombinationalNetlists() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(RandomNetlists.combinational(6, 40))
                .checkAssert(n -> assertEquals(n, BENCH_IN.parse(BENCH_OUT.write(n))));
    }

    @Test
    void benchRoundTripOfSequentialNetlists() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(RandomNetlists.sequential(4, 30, 4))
                .checkAssert(n -> assertEquals(n, BENCH_IN.parse(BENCH_OUT.write(n))));
    }

    @Test
    void blifRoundTripOfCombinationalNetlists() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(RandomNetlists.combinational(6, 40))
                .checkAssert(n -> assertEquals(n, BLIF_IN.parse(BLIF_OUT.write(n))));
    }

    @Test
    void blifRoundTripOfSequentialNetlists() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(RandomNetlists.sequential(4, 30, 4))
                .checkAssert(n -> assertEquals(n, BLIF_IN.parse(BLIF_OUT.write(n))));
    }

    @Test
    void everyIscas85CircuitSurvivesBothFormats() throws IOException {
        int files = 0;
        for (Path file : Corpus.files("iscas85", "bench")) {
            Netlist n = BENCH_IN.read(file);
            assertEquals(n, BENCH_IN.parse(BENCH_OUT.write(n)), file.toString());
            assertEquals(n, BLIF_IN.parse(BLIF_OUT.write(n)), file.toString());
            files++;
        }
        assertEquals(11, files);
    }

    @Test
    void sequentialCircuitsSurviveBothFormats() throws IOException {
        for (String name : List.of("s27", "s1423", "s5378")) {
            Netlist n = BENCH_IN.read(Corpus.file("iscas89", name + ".bench"));
            assertEquals(n, BENCH_IN.parse(BENCH_OUT.write(n)), name);
            assertEquals(n, BLIF_IN.parse(BLIF_OUT.write(n)), name);
        }
    }

    @Test
    void blifCircuitsWithGeneratedNetsSurviveBothFormats() throws IOException {
        for (String name : List.of("ctrl", "int2float", "router", "cavlc", "dec")) {
            Netlist n = BLIF_IN.read(Corpus.file("epfl", name + ".blif"));
            assertEquals(n, BLIF_IN.parse(BLIF_OUT.write(n)), name);
            assertEquals(n, BENCH_IN.parse(BENCH_OUT.write(n)), name);
        }
    }
}
