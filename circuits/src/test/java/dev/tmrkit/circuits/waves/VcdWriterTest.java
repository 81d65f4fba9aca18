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
            List<Character> g = series.get("counter_3.good.outputs." + name);
            List<Character> f = series.get("counter_3.faulty.outputs." + name);
            for (int c = 0; c < 12; c++) {
                assertEquals(good.get(c)[o] ? '1' : '0', g.get(c), name + " good, cycle " + c);
                assertEquals(bad.get(c)[o] ? '1' : '0', f.get(c), name + " faulty, cycle " + c);
            }
        }
        assertNotEquals(series.get("counter_3.good.registers.q1"), series.get("counter_3.faulty.registers.q1"),
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

    private static String dump(Waveform w) {
        StringWriter out = new StringWriter();
        try {
            VcdWriter.write(w, out, new VcdWriter.Header("2026-11-29 00:00:00 UTC", "tmrkit test"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }

    @Test
    void registersChangeOnTheRisingClockEdgeAndNowhereElse() {
        Netlist n = BuiltinCircuits.byName("counter:3").orElseThrow();
        String vcd = dump(SequentialTrace.record(n, randomInputs(n, 16, 9), List.of(), null));
        // the codes of the register variables
        Set<String> registerCodes = new HashSet<>();
        boolean inRegisters = false;
        for (String line : vcd.split("\n")) {
            if (line.startsWith("$scope module registers")) {
                inRegisters = true;
            } else if (line.startsWith("$upscope")) {
                inRegisters = false;
            } else if (inRegisters && line.startsWith("$var")) {
                registerCodes.add(line.split(" ")[3]);
            }
        }
        assertEquals(n.dffGates().length, registerCodes.size());
        boolean clockHigh = false;
        int registerChanges = 0;
        boolean afterDefinitions = false;
        long time = 0;
        for (String line : vcd.split("\n")) {
            if (line.startsWith("$enddefinitions")) {
                afterDefinitions = true;
            } else if (afterDefinitions && line.startsWith("#")) {
                time = Long.parseLong(line.substring(1));
            } else if (line.equals("1!")) {
                clockHigh = true;
            } else if (line.equals("0!")) {
                clockHigh = false;
            } else if (afterDefinitions && time > 0 && registerCodes.contains(line.substring(1))) {
                registerChanges++;
                assertTrue(clockHigh && time % 10 == 5, "a register changed at " + time + " without a rising edge");
            }
        }
        assertTrue(registerChanges > 0, "the counter counts");
    }

    @Test
    void bitsOfOneBusBecomeOneVectorAndOtherNamesStayBits() {
        List<Waveform.Signal> signals = List.of(new Waveform.Signal("q[1]", Waveform.Kind.OUTPUT),
                new Waveform.Signal("q[0]", Waveform.Kind.OUTPUT), new Waveform.Signal("q[2]", Waveform.Kind.OUTPUT),
                new Waveform.Signal("lone[3]", Waveform.Kind.OUTPUT), new Waveform.Signal("gap[0]", Waveform.Kind.INPUT),
                new Waveform.Signal("gap[2]", Waveform.Kind.INPUT), new Waveform.Signal("en", Waveform.Kind.INPUT));
        boolean[][] good = {{true, false, true, true, false, true, true}, {false, true, true, false, true, true, false}};
        String vcd = dump(new Waveform("bus", signals, good, null, null));
        String qLine = vcd.lines().filter(l -> l.contains(" q [2:0]")).findFirst().orElseThrow(() -> new AssertionError(vcd));
        assertTrue(qLine.startsWith("$var wire 3 "), qLine);
        String q = qLine.split(" ")[3];
        // cycle 0: q[2]=1, q[1]=1, q[0]=0 → b110; cycle 1: q[2]=1, q[1]=0, q[0]=1 → b101
        assertTrue(vcd.contains("b110 " + q + "\n"), vcd);
        assertTrue(vcd.contains("b101 " + q + "\n"), vcd);
        assertTrue(vcd.contains("$var wire 1 ") && vcd.contains(" lone[3] $end"), "a single bit keeps its name");
        assertTrue(vcd.contains(" gap[0] $end") && vcd.contains(" gap[2] $end"), "non-contiguous bits stay bits");
        assertTrue(vcd.startsWith("$date 2026-11-29 00:00:00 UTC $end\n$version tmrkit test $end\n"), vcd);
    }

    @Test
    void hostileNamesCannotCloseASectionOrSplitAReference() {
        List<Waveform.Signal> signals = List.of(new Waveform.Signal("$end", Waveform.Kind.INPUT),
                new Waveform.Signal("a b\u001b[31m", Waveform.Kind.OUTPUT));
        boolean[][] good = {{true, false}};
        String vcd = dump(new Waveform("evil:$end\nname", signals, good, null, null));
        assertTrue(vcd.contains("$scope module evil__end_name $end"), vcd);
        assertTrue(vcd.contains(" \\$end $end"), "the name $end is escaped: " + vcd);
        assertTrue(vcd.contains(" a_b_[31m $end"), vcd);
        assertTrue(vcd.chars().noneMatch(ch -> ch < ' ' && ch != '\n'), "no control characters");
        assertTrue(vcd.contains("$comment tmrkit: evil:$ end name $end"), vcd);
    }
}
