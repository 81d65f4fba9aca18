package dev.tmrkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code tmrkit tmr}: placeholder, being written. */
@Command(name = "tmr", mixinStandardHelpOptions = true, description = "Apply the TMR transformation (not yet available).")
final class TmrCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("tmr is not implemented yet");
    }
}
