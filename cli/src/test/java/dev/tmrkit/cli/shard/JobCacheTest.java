package dev.tmrkit.cli.shard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.tmrkit.circuits.campaign.CampaignPlan;
import dev.tmrkit.circuits.campaign.CampaignSpec;
import dev.tmrkit.circuits.library.BundledCircuits;
import dev.tmrkit.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ParseResult;

/** A Spark executor plans a campaign once for all the slices it runs, and never reuses a plan for another campaign. */
class JobCacheTest {
    @TempDir
    Path dir;

    private final AtomicInteger planned = new AtomicInteger();

    @AfterEach
    void forget() {
        JobCache.reset();
    }

    private static ParseResult inject(String... args) {
        ParseResult whole = Main.commandLine().parseArgs(args);
        return whole.subcommand();
    }

    private CampaignJob job(ParseResult parsed) {
        Supplier<CampaignJob> plan = () -> {
            planned.incrementAndGet();
            CampaignPlan p = CampaignPlan.of(BundledCircuits.read(BundledCircuits.find("c17").orElseThrow()),
                    CampaignSpec.builder().patterns(64).build(), 1);
            return new CampaignJob(p, p.campaign(), JobArgs.of(parsed));
        };
        return JobCache.job(parsed, plan);
    }

    @Test
    void slicesOfOneCampaignShareOnePlanOnceEnabled() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a")).resolve("x.bench");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("x.bench");
        String c17 = "INPUT(1)\nINPUT(2)\nOUTPUT(3)\n3 = NAND(1, 2)\n";
        Files.writeString(a, c17);
        Files.writeString(b, c17);

        CampaignJob off1 = job(inject("inject", a.toString(), "--shard", "1/2"));
        CampaignJob off2 = job(inject("inject", a.toString(), "--shard", "2/2"));
        assertNotSame(off1, off2, "not enabled: every run plans");
        assertEquals(2, planned.get());

        JobCache.enable();
        CampaignJob first = job(inject("inject", a.toString(), "--shard", "1/2", "--threads", "1"));
        CampaignJob second = job(inject("inject", b.toString(), "--shard", "2/2", "--threads", "2"));
        assertSame(first, second, "the same file contents elsewhere, another slice and thread count: the same campaign");
        assertEquals(3, planned.get());

        assertNotSame(second, job(inject("inject", b.toString(), "--shard", "2/2", "--seed", "2")), "another seed is another campaign");
        Files.writeString(b, c17.replace("NAND", "NOR"));
        CampaignJob changed = job(inject("inject", b.toString(), "--shard", "2/2", "--seed", "2"));
        assertEquals(5, planned.get(), "a changed file is another campaign");
        assertSame(changed, job(inject("inject", b.toString(), "--shard", "1/2", "--seed", "2")));
        assertEquals(5, planned.get());
    }
}
