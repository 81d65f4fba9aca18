package dev.tmrkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code tmrkit replicas run}: placeholder, being written. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "(not yet available)")
final class ReplicasRunCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("replicas run is not implemented yet");
    }
}
