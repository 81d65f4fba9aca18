package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Options that mean what they say: bare {@code tmrkit} is a usage error, {@code -V} works on every subcommand. */
class UsageAndVersionTest {
    @Test
    void bareTmrkitPrintsUsageToStandardErrorAndExitsTwo() {
        Cli r = Cli.run();
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Usage: tmrkit"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void everySubcommandPrintsTheVersionOfTheTopCommand() {
        String version = Cli.run("--version").out();
        assertTrue(version.startsWith("tmrkit "), version);
        for (String sub : Main.commandLine().getSubcommands().keySet()) {
            if (sub.equals("help")) {
                continue;
            }
            Cli r = Cli.run(sub, "-V");
            assertEquals(0, r.code(), sub + ": " + r.err());
            assertEquals(version, r.out(), sub);
        }
        Cli nested = Cli.run("replicas", "run", "-V");
        assertEquals(version, nested.out());
    }
}
