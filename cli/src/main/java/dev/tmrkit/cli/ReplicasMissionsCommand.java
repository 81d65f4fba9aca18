package dev.tmrkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code tmrkit replicas missions}: placeholder, being written. */
@Command(name = "missions", mixinStandardHelpOptions = true, description = "(not yet available)")
final class ReplicasMissionsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("replicas missions is not implemented yet");
    }
}
