package dev.tmrkit.cli;

import dev.tmrkit.testing.Corpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C in the middle of a long campaign: the process stops cleanly with status 130 and leaves a valid
 * partial JSON report; {@code --resume} finishes it, and the result equals an uninterrupted run's byte for
 * byte.
 */
class InterruptResumeTest {
    @TempDir
    Path tmp;

    private static String circuit() {
        return Corpus.bench("iscas85", "c3540").toString();
    }

    private List<String> args(Path out) {
        return List.of("inject", circuit(), "--tmr", "triplicated", "--no-drop", "--format", "json", "-o", out.toString());
    }

    @Test
    void anInterruptedRunResumesToTheUninterruptedResult() throws Exception {
        Path partial = tmp.resolve("partial.json");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.tmrkit.cli.Main"));
        command.addAll(args(partial));
        command.addAll(List.of("--threads", "1", "--progress"));
        Process p = Interruptible.start(command);
        java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()));
        String first = lines.readLine(); // the first progress line: the campaign is running
        assertTrue(first != null && first.contains("inject c3540-tmr: "), "progress line, got: " + first);
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "stops within a minute of Ctrl-C");
        String console = first + "\n" + new String(p.getInputStream().readAllBytes());
        assertEquals(130, p.exitValue(), console);
        String report = Files.readString(partial);
        assertTrue(report.startsWith("{\"partial\":true,\"completed\":"), report.substring(0, Math.min(200, report.length())));
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(report); // valid JSON

        Path full = tmp.resolve("full.json");
        assertEquals(0, Cli.run(args(full).toArray(new String[0])).code());
        Path resumed = tmp.resolve("resumed.json");
        List<String> resume = new ArrayList<>(args(resumed));
        resume.addAll(List.of("--resume", partial.toString()));
        Cli r = Cli.run(resume.toArray(new String[0]));
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(full), Files.readString(resumed));
    }

    private static String digestOf(String circuit, long seed) {
        dev.tmrkit.gates.Netlist n = dev.tmrkit.circuits.library.BuiltinCircuits.byName(circuit).orElseThrow();
        return dev.tmrkit.circuits.campaign.Checkpoint.digest(dev.tmrkit.circuits.campaign.CampaignPlan.of(n,
                dev.tmrkit.circuits.campaign.CampaignSpec.builder().build(), seed));
    }

    @Test
    void aReportFromOtherSettingsIsRefused() throws Exception {
        Path partial = tmp.resolve("other.json");
        Path c17 = tmp.resolve("c17.json");
        // a checkpoint of seed 1 resumes seed 1 (the digest of spec, seed, netlist and fault list matches) ...
        Files.writeString(c17, "{\"partial\":true,\"digest\":\"" + digestOf("c17", 1) + "\",\"results\":[]}");
        Cli same = Cli.run("inject", "c17", "--resume", c17.toString(), "--format", "json");
        assertEquals(0, same.code(), same.err());
        assertEquals(Cli.run("inject", "c17", "--format", "json").out(), same.out());
        // ... and not seed 2
        Cli r = Cli.run("inject", "c17", "--seed", "2", "--resume", c17.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("different settings"), r.err());
        Files.writeString(partial, "{\"partial\": tru");
        Cli bad = Cli.run("inject", "c17", "--resume", partial.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains(partial + ":1:"), bad.err());
    }
}
