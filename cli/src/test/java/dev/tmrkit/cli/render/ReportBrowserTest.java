package dev.tmrkit.cli.render;

import dev.tmrkit.cli.Png;

import dev.tmrkit.cli.Cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tmrkit.circuits.library.BuiltinCircuits;
import dev.tmrkit.circuits.render.ElementIds;
import dev.tmrkit.circuits.tmr.TmrOptions;
import dev.tmrkit.circuits.tmr.TmrPass;
import dev.tmrkit.gates.Netlist;
import dev.tmrkit.testing.ExternalTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real headless browser (Debian's chromium): the page loads, clicking a fault row
 * (through the page's own {@code #fault=N} address, which clicks that row) highlights its site and cone,
 * and a screenshot is taken.
 */
class ReportBrowserTest {
    @TempDir
    Path tmp;

    private String chromium(Path chromium, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(tmp, "profile")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium finished");
        return out;
    }

    private static List<String> classesOf(String dom, String id) {
        Matcher m = Pattern.compile("<g id=\"" + Pattern.quote(id) + "\" class=\"([^\"]*)\"").matcher(dom);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void clickingAFaultRowHighlightsItsSiteAndConeInTheDiagram() throws Exception {
        Path chromium = ExternalTool.require("chromium");
        Path page = tmp.resolve("report.html");
        Cli r = Cli.run("report", "c17", "--tmr", "triplicated", "--trials", "2000", "-o", page.toString());
        assertEquals(0, r.code(), r.err());
        Netlist tmr = new TmrPass(TmrOptions.defaults()).apply(BuiltinCircuits.byName("c17").orElseThrow());
        // fault 0 is the stuck-at-0 on input '1': its node is the site, the replicas' first NANDs are in its cone
        String site = ElementIds.elementId("1");
        String inCone = ElementIds.elementId("$tmr$A$10");
        String outside = ElementIds.elementId("$tmr$A$19");
        assertTrue(tmr.netId("$tmr$A$10") >= 0 && tmr.netId("$tmr$A$19") >= 0);

        String before = chromium(chromium, "--dump-dom", page.toUri().toString());
        assertFalse(Pattern.compile("class=\"[^\"]*hl-(site|cone)").matcher(before).find(), "nothing is highlighted before a click");
        assertEquals(List.of("node"), classesOf(before, site));

        String after = chromium(chromium, "--dump-dom", page.toUri() + "#fault=0");
        assertTrue(classesOf(after, site).get(0).contains("hl-site"), classesOf(after, site).toString());
        assertTrue(classesOf(after, inCone).get(0).contains("hl-cone"), classesOf(after, inCone).toString());
        assertEquals(List.of("node"), classesOf(after, outside), "a NAND the fault cannot reach stays plain");
        assertTrue(after.contains("<tr data-index=\"0\"") && after.contains("class=\"selected\""), "the row is selected");

        Path shot = tmp.resolve("report.png");
        chromium(chromium, "--window-size=1400,1800", "--screenshot=" + shot, page.toUri() + "#fault=0");
        int[] size = Png.size(shot);
        assertEquals(1400, size[0]);
        assertTrue(Files.size(shot) > 50_000, "a rendered page, not a blank one");
    }

    @Test
    void theTableHoldsEveryFaultAndTheSearchHidesTheRest() throws Exception {
        Path chromium = ExternalTool.require("chromium");
        Path page = tmp.resolve("all.html");
        Cli r = Cli.run("report", "c17", "--tmr", "triplicated", "--trials", "2000", "-o", page.toString());
        assertEquals(0, r.code(), r.err());
        int faults = Integer.parseInt(r.out().replaceAll("(?s).*: (\\d+) faults.*", "$1"));
        String html = Files.readString(page);
        List<String> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<tr data-index=.*?</tr>").matcher(html);
        while (row.find()) {
            rows.add(row.group().replaceAll("<[^>]*>", "").toLowerCase(java.util.Locale.ROOT));
        }
        assertEquals(faults, rows.size(), "every fault is a row");
        long matching = rows.stream().filter(t -> t.contains("sa1")).count();
        assertTrue(matching > 0 && matching < faults);
        String dom = chromium(chromium, "--dump-dom", page.toUri() + "#q=sa1");
        assertTrue(dom.contains(matching + " of " + faults + " faults shown"), "the count of rows the search keeps");
        Matcher hidden = Pattern.compile("<tr data-index=\"\\d+\"[^>]*style=\"display: none;\"").matcher(dom);
        int hiddenRows = 0;
        while (hidden.find()) {
            hiddenRows++;
        }
        assertEquals(faults - matching, hiddenRows, "the rows without 'sa1' are hidden");
        assertTrue(dom.contains("id=\"zoom-in\"") && dom.contains("<h2>By region</h2>"));
        assertTrue(dom.indexOf("<h2>Reliability</h2>") < dom.indexOf("<h2>Circuit</h2>"), "the plot comes before the diagram");
    }

    @Test
    void aSequentialCircuitsPageSpeaksOfCycles() throws Exception {
        Path page = tmp.resolve("seq.html");
        Cli r = Cli.run("report", "counter", "-o", page.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(page);
        assertTrue(html.contains("cones over the first clock cycle after reset"), "cycles");
        assertTrue(html.contains("in the first clock cycle after reset turn orange"));
        assertFalse(html.contains("cones over every input combination"));
        assertFalse(html.contains("id=\"regions\""), "a netlist without TMR has no regions to break down");
    }

    @Test
    void theReportIsOneSelfContainedFile() throws Exception {
        Path page = tmp.resolve("r.html");
        Cli r = Cli.run("report", "full-adder", "--trials", "2000", "-o", page.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(page);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertEquals(2, html.split("<svg", -1).length - 1, "the diagram and the plot, inline");
        assertFalse(html.contains("src=\"http") || html.contains("href=\"http"), "nothing loaded from elsewhere");
        assertTrue(html.contains("id=\"fault-table\""));
        assertEquals(2, Cli.run("report", "c17", "-o", tmp.resolve("r.txt").toString()).code(), "-o must name an .html file");
    }
}
