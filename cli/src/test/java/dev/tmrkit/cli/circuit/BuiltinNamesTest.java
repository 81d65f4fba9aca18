package dev.tmrkit.cli.circuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.cli.Cli;
import dev.tmrkit.cli.Main;
import dev.tmrkit.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled suites by name, against the same commands on the repository's files: {@code info c6288},
 * {@code inject s27 --tmr triplicated}, {@code faults b05}; {@code info --list}; an unknown name; a file path
 * that is also a built-in name.
 */
class BuiltinNamesTest {
    @TempDir
    Path tmp;

    @Test
    void aBundledNameGivesWhatItsFileGives() {
        String[][] commands = {{"info", "c6288", "--format", "json"}, {"faults", "b05", "--format", "json"},
            {"inject", "s27", "--tmr", "triplicated", "--format", "json"}};
        String[] files = {Corpus.bench("iscas85", "c6288").toString(), Corpus.bench("itc99", "b05").toString(),
            Corpus.bench("iscas89", "s27").toString()};
        for (int i = 0; i < commands.length; i++) {
            Cli byName = Cli.run(commands[i]);
            assertEquals(0, byName.code(), byName.err());
            String[] withFile = commands[i].clone();
            withFile[1] = files[i];
            Cli byFile = Cli.run(withFile);
            assertEquals(0, byFile.code(), byFile.err());
            assertEquals(byFile.out(), byName.out(), String.join(" ", commands[i]));
        }
        assertEquals(2416, Cli.run("info", "c6288", "--format", "json").jsonLong("gates"), "the published gate count");
    }

    @Test
    void theListShowsEveryBuiltInWithItsSource() {
        Cli r = Cli.run("info", "--list");
        assertEquals(0, r.code(), r.err());
        for (String suite : new String[] {"iscas85", "iscas89", "itc99"}) {
            for (Path f : Corpus.files(suite, "bench")) {
                String name = Corpus.stem(f);
                if (!name.equals("c17")) {
                    assertTrue(r.out().contains("benchmarks/" + suite + "/" + name + ".bench"), name);
                }
            }
        }
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("counter ") && l.contains("library")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("c17 ") && l.contains("library")), r.out());
        assertFalse(r.out().contains("epfl"), "EPFL is not bundled");
        Cli json = Cli.run("info", "--list", "--format", "json");
        assertTrue(json.out().contains("\"name\":\"c6288\"") && json.out().contains("\"source\":\"ISCAS-85, benchmarks/iscas85/c6288.bench\""),
                json.out());
    }

    @Test
    void anUnknownNameIsExit2WithTheClosestNames() {
        Cli r = Cli.run("info", "c6289");
        assertEquals(Main.BAD_INPUT, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("'c6289' is neither a file nor a built-in circuit; the closest built-in names are c6288"), r.err());
        Cli params = Cli.run("faults", "s27:4");
        assertEquals(Main.BAD_INPUT, params.code());
        assertTrue(params.err().contains("s27: takes no parameters"), params.err());
    }

    /**
     * A file named like a built-in, in the working directory of a fresh JVM: the file is taken, not c17 (here,
     * without an extension, it is refused for its unknown format).
     */
    @Test
    void aFilePathWinsOverABuiltInName() throws Exception {
        Files.writeString(tmp.resolve("c17"), "INPUT(a)\nOUTPUT(y)\ny = NOT(a)\n");
        Path out = tmp.resolve("out.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "info", "c17", "--format", "json").directory(tmp.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String text = Files.readString(out);
        assertEquals(Main.BAD_INPUT, p.exitValue(), text);
        assertTrue(text.contains("unknown netlist format for 'c17'"), text);
    }
}
