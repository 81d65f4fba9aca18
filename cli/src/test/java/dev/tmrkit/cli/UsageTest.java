package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Usage conventions: a command group without a subcommand is a usage error; -V answers everywhere. */
class UsageTest {
    @Test
    void tmrkitAloneShowsUsageOnStderrAndExitsTwo() {
        Cli r = Cli.run();
        assertEquals(2, r.code());
        assertEquals("", r.out(), "nothing on stdout: a script piping tmrkit gets no usage text as data");
        assertTrue(r.err().contains("Usage: tmrkit") && r.err().contains("a subcommand is needed"), r.err());
        Cli replicas = Cli.run("replicas");
        assertEquals(2, replicas.code());
        assertTrue(replicas.err().contains("Usage: tmrkit replicas"), replicas.err());
    }

    @Test
    void everySubcommandAnswersVersion() {
        for (String sub : Main.commandLine().getSubcommands().keySet()) {
            if (sub.equals("help") || sub.equals("generate-completion")) {
                continue;
            }
            Cli r = Cli.run(sub, "-V");
            assertEquals(0, r.code(), sub);
            assertTrue(r.out().startsWith("tmrkit "), sub + " -V printed: '" + r.out() + "'");
        }
        assertTrue(Cli.run("replicas", "run", "-V").out().startsWith("tmrkit "));
    }
}
