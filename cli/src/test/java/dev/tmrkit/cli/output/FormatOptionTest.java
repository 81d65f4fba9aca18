package dev.tmrkit.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class FormatOptionTest {
    @Command(name = "t")
    static final class TableJsonCommand implements Runnable {
        @Mixin
        FormatOption.TableJson format;
        Format seen;

        @Override
        public void run() {
            seen = format.get();
        }
    }

    @Test
    void theHelpAndTheErrorListExactlyTheFormatsOfTheMixin() {
        TableJsonCommand cmd = new TableJsonCommand();
        CommandLine cl = new CommandLine(cmd);
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        String help = cl.getUsageMessage();
        assertTrue(help.contains("table, json (default: table)") && !help.contains("csv"), help);
        assertEquals(2, cl.execute("--format", "csv"));
        assertTrue(err.toString().contains("[table, json]"), err.toString());
        assertEquals(0, cl.execute("--format", "json"));
        assertEquals(Format.json, cmd.seen);
    }

    @Test
    void injectReportsInTableCsvAndJson() {
        String help = Cli.run("inject", "--help").out();
        assertTrue(help.contains("--format=FORMAT") && help.contains("table, csv, json (default: table)"), help);
        assertTrue(help.contains("stuck-at, flip, seu") && help.contains("adjacent, random"), help);
        assertEquals(2, Cli.run("inject", "c17", "--format", "html").code());
        assertEquals(2, Cli.run("inject", "c17", "--spread", "scattered").code());
        assertEquals(2, Cli.run("inject", "c17", "--faults", "flip", "--cycle", "-1").code());
    }
}
