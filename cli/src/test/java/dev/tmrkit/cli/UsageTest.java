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
        int answered = 0;
        for (java.util.Map.Entry<String, picocli.CommandLine> sub : Main.commandLine().getSubcommands().entrySet()) {
            if (sub.getKey().equals("help") || sub.getKey().equals("generate-completion")) {
                continue;
            }
            answered += answersVersion(sub.getKey());
            for (String nested : sub.getValue().getSubcommands().keySet()) {
                if (!nested.equals("help")) {
                    answered += answersVersion(sub.getKey(), nested); // every level of the tree, not only the first
                }
            }
        }
        assertTrue(answered > Main.commandLine().getSubcommands().size(), answered + " commands answered");
    }

    private static int answersVersion(String... command) {
        String[] args = java.util.Arrays.copyOf(command, command.length + 1);
        args[command.length] = "-V";
        Cli r = Cli.run(args);
        String what = String.join(" ", command);
        assertEquals(0, r.code(), what);
        assertTrue(r.out().startsWith("tmrkit "), what + " -V printed: '" + r.out() + "'");
        return 1;
    }
}
