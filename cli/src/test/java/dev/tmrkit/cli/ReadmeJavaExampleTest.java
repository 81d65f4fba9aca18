package dev.tmrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.campaign.engine.FaultSetCampaign;
import dev.tmrkit.circuits.campaign.model.Outcome;
import dev.tmrkit.circuits.campaign.model.OutputCheck;
import dev.tmrkit.circuits.campaign.model.PatternSet;
import dev.tmrkit.circuits.campaign.model.ProgressListener;
import dev.tmrkit.circuits.faults.FaultLists;
import dev.tmrkit.circuits.io.files.NetlistFiles;
import dev.tmrkit.circuits.tmr.TmrNames;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.circuits.tmr.TmrRoles;
import dev.tmrkit.gates.Netlist;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java block of the README's "Campaigns from Java" section, exactly as printed there, compiles with
 * the imports the README names and, run from the repository root, prints the campaign that the lower-level
 * {@link FaultSetCampaign} finds on the same netlist, patterns and fault list.
 */
class ReadmeJavaExampleTest {
    private static final String IMPORTS = "import dev.tmrkit.gates.Netlist;\nimport dev.tmrkit.circuits.io.files.NetlistFiles;\n"
            + "import dev.tmrkit.circuits.tmr.*;\nimport dev.tmrkit.circuits.campaign.*;\nimport dev.tmrkit.circuits.campaign.model.*;\n"
            + "import java.nio.file.Path;\n";

    @TempDir
    Path tmp;

    static String block(String readme) {
        int section = readme.indexOf("### Campaigns from Java");
        assertTrue(section >= 0, "the README has the section");
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    @Test
    void theReadmeExampleCompilesRunsAndPrintsTheCampaignsResult() throws Exception {
        Path root = Path.of(System.getProperty("tmrkit.root", ".."));
        String readme = Files.readString(root.resolve("README.md"));
        String code = block(readme);
        assertTrue(readme.contains("Its imports: `dev.tmrkit.gates.Netlist`, `dev.tmrkit.circuits.io.files.NetlistFiles`,\n"
                + "`dev.tmrkit.circuits.tmr.*`, `dev.tmrkit.circuits.campaign.*`, `dev.tmrkit.circuits.campaign.model.*` and\n"
                + "`java.nio.file.Path`."), "imports as named");
        Path source = tmp.resolve("ReadmeExample.java");
        Files.writeString(source, IMPORTS + "public class ReadmeExample {\n    public static void main(String[] args) throws Exception {\n"
                + code + "    }\n}\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        String classpath = System.getProperty("java.class.path");
        int rc = javac.run(null, diagnostics, diagnostics, "-cp", classpath, "-d", tmp.toString(), source.toString());
        assertEquals(0, rc, diagnostics.toString(StandardCharsets.UTF_8));

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                tmp + File.pathSeparator + classpath, "ReadmeExample").directory(root.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);

        Netlist tmr = new TmrPass(TmrOptions.defaults().withMismatch(true))
                .apply(NetlistFiles.read(root.resolve("benchmarks/iscas85/c432.bench")));
        PatternSet patterns = new PatternSet(false, 4096, 42, 1); // 36 inputs: random patterns
        var direct = new FaultSetCampaign(tmr, patterns, OutputCheck.EXACT, tmr.outputNames().indexOf(TmrNames.MISMATCH),
                TmrRoles.inputTies(tmr), true).run(FaultLists.allStuckAt(tmr), 1, ProgressListener.NONE);
        Matcher m = Pattern.compile("(\\d+) silent of (\\d+), in the reduction voters: (\\d+)").matcher(out);
        assertTrue(m.find(), out);
        assertEquals(direct.count(Outcome.SILENT), Integer.parseInt(m.group(1)), out);
        assertEquals(direct.faults(), Integer.parseInt(m.group(2)), out);
        assertTrue(out.startsWith("every single stuck-at fault on stems and fanout branches: " + direct.faults()
                + "; " + patterns.describe()), out);
    }
}
