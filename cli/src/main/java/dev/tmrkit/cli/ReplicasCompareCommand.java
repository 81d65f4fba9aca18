package dev.tmrkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code tmrkit replicas compare}: placeholder, being written. */
@Command(name = "compare", mixinStandardHelpOptions = true, description = "(not yet available)")
final class ReplicasCompareCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("replicas compare is not implemented yet");
    }
}
