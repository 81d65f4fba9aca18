package dev.tmrkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code tmrkit faults}: placeholder, being written. */
@Command(name = "faults", mixinStandardHelpOptions = true, description = "Fault lists (not yet available).")
final class FaultsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("faults is not implemented yet");
    }
}
