package dev.tmrkit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process with captured output, as a user would see it. */
public record Cli(int code, String out, String err) {
    public static Cli run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** The integer value of a top-level JSON field, by a plain text search. */
    public long jsonLong(String field) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + field + "\":(-?\\d+)").matcher(out);
        if (!m.find()) {
            throw new AssertionError("no field " + field + " in " + out);
        }
        return Long.parseLong(m.group(1));
    }
}
