package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code tmrkit generate-completion}: a bash/zsh completion script that knows the subcommands and options. */
class CompletionTest {
    @Test
    void theScriptCompletesEverySubcommandAndItsOptions() {
        Cli r = Cli.run("generate-completion");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("#!/usr/bin/env bash"), "a bash script");
        assertTrue(r.out().contains("complete -F _complete_tmrkit"), "registers itself for the tmrkit command");
        for (String sub : Main.commandLine().getSubcommands().keySet()) {
            assertTrue(r.out().contains(sub), "completes " + sub);
        }
        assertTrue(r.out().contains("--voters"), "and options of subcommands");
    }

    @Test
    void theHelpListsIt() {
        Cli r = Cli.run("--help");
        assertTrue(r.out().contains("generate-completion"), r.out());
    }
}
