package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One output policy for every writer: regular files only, never the command's own input, nothing left behind. */
class OutputPolicyTest {
    @TempDir
    Path tmp;

    private Path c17() throws Exception {
        Path file = tmp.resolve("c17.bench");
        assertEquals(0, Cli.run("tmr", "c17", "--voters", "triplicated", "-o", file.toString()).code());
        return file;
    }

    private void assertNothingElseIn(Path dir, String... expected) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(java.util.Set.of(expected), files.map(p -> p.getFileName().toString())
                    .collect(java.util.stream.Collectors.toSet()), "no temporary or partial files");
        }
    }

    @Test
    void aCommandNeverOverwritesItsOwnInput() throws Exception {
        Path in = c17();
        byte[] before = Files.readAllBytes(in);
        Cli r = Cli.run("tmr", in.toString(), "-o", in.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("it is this command's input"), r.err());
        Cli e = Cli.run("eval", in.toString(), "--cycles", "3", "--vcd", in.toString());
        assertEquals(2, e.code(), e.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(in)), "the input is untouched");
        assertNothingElseIn(tmp, "c17.bench");
    }

    @Test
    void theSameFileThroughALinkIsStillTheInput() throws Exception {
        Path in = c17();
        Path link = tmp.resolve("link.bench");
        Files.createSymbolicLink(link, in);
        Cli r = Cli.run("tmr", link.toString(), "-o", in.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("it is this command's input"), r.err());
    }

    @Test
    void aFifoOrDeviceIsNeverReplacedByARegularFile() throws Exception {
        Path fifo = tmp.resolve("pipe");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, p.waitFor());
        Cli r = Cli.run("tmr", "c17", "-o", fifo.toString() + ".bench");
        assertEquals(0, r.code(), "an ordinary new file is fine");
        Path fifoBench = tmp.resolve("pipe2.bench");
        assertEquals(0, new ProcessBuilder("mkfifo", fifoBench.toString()).start().waitFor());
        Cli f = Cli.run("tmr", "c17", "-o", fifoBench.toString());
        assertEquals(2, f.code(), f.err());
        assertTrue(f.err().contains("not a regular file"), f.err());
        assertTrue(!Files.isRegularFile(fifoBench) && Files.exists(fifoBench), "the FIFO is still a FIFO");
        Cli d = Cli.run("eval", "counter:3", "--cycles", "2", "--vcd", "/dev/null");
        assertEquals(2, d.code(), d.err());
        assertTrue(!Files.isRegularFile(Path.of("/dev/null")), "/dev/null is still a device");
    }
}
