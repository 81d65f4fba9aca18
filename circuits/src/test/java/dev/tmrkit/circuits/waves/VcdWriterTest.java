package dev.tmrkit.circuits.waves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.gates.eval.ReferenceEvaluator;
import dev.tmrkit.gates.fault.BitFlip;
import dev.tmrkit.gates.fault.Fault;
import dev.tmrkit.gates.fault.Site;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VcdWriterTest {
    private static List<boolean[]> randomInputs(Netlist n, int cycles, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<boolean[]> v = new ArrayList<>();
        for (int c = 0; c < cycles; c++) {
            boolean[] in = new boolean[n.inputCount()];
            for (int i = 0; i < in.length; i++) {
                in[i] = r.nextBoolean();
            }
            v.add(in);
        }
        return v;
    }

    /** A small VCD reader: the value of every variable (by scope path) at the start of each cycle. */
    private static Map<String, List<Character>> read(String vcd, int cycles) {
        Map<String, String> nameOf = new HashMap<>();
        List<String> scopes = new ArrayList<>();
        Map<String, Character> now = new HashMap<>();
        Map<String, List<Character>> series = new HashMap<>();
        String[] tokens = vcd.split("\\s+");
        long time = -1;
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.equals("$scope")) {
                scopes.add(tokens[i + 2]);
            } else if (t.equals("$upscope")) {
                scopes.remove(scopes.size() - 1);
            } else if (t.equals("$var")) {
                nameOf.put(tokens[i + 3], String.join(".", scopes) + "." + tokens[i + 4]);
                i += 5; // past "$var type width code name" to "$end"
            } else if (t.equals("$comment")) {
                while (!tokens[i].equals("$end")) {
                    i++;
                }
            } else if (t.startsWith("#")) {
                long next = Long.parseLong(t.substring(1));
                if (time >= 0 && time % 10 == 0) {
                    now.forEach((k, v) -> series.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
                }
                time = next;
            } else if ((t.startsWith("0") || t.startsWith("1")) && nameOf.containsKey(t.substring(1))) {
                now.put(nameOf.get(t.substring(1)), t.charAt(0));
            }
        }
        return series;
    }

    @Test
    void theDumpReplaysTheReferenceGoodAndFaultyCycleByCycle() {
        Netlist n = BuiltinCircuits.byName("counter:3").orElseThrow();
        List<boolean[]> inputs = randomInputs(n, 12, 5);
        List<Fault> faults = List.of(BitFlip.at(new Site.Stem(n.netId("q1")), 3));
        StringWriter out = new StringWriter();
        Waveform w = SequentialTrace.record(n, inputs, faults, "q1 flip@3");
        try {
            VcdWriter.write(w, out);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        String vcd = out.toString();
        assertTrue(vcd.contains("$enddefinitions $end"));
        Map<String, List<Character>> series = read(vcd, 12);
        ReferenceEvaluator ref = new ReferenceEvaluator(n);
        List<boolean[]> good = ref.run(inputs);
        List<boolean[]> bad = ref.run(inputs, faults, 0);
        for (int o = 0; o < n.outputCount(); o++) {
            String name = n.outputNames().get(o);
            List<Character> g = series.get("counter:3.good.outputs." + name);
            List<Character> f = series.get("counter:3.faulty.outputs." + name);
            for (int c = 0; c < 12; c++) {
                assertEquals(good.get(c)[o] ? '1' : '0', g.get(c), name + " good, cycle " + c);
                assertEquals(bad.get(c)[o] ? '1' : '0', f.get(c), name + " faulty, cycle " + c);
            }
        }
        assertNotEquals(series.get("counter:3.good.registers.q1"), series.get("counter:3.faulty.registers.q1"),
                "the upset shows in the faulty register");
    }

    @Test
    void identifierCodesAreDistinctAndNeverTheClocks() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String c = VcdWriter.code(i);
            assertTrue(seen.add(c), "duplicate code " + c);
            assertTrue(!c.equals("!") && c.chars().allMatch(ch -> ch > ' ' && ch <= '~'), c);
        }
    }
}
