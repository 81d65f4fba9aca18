package dev.tmrkit.gates;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link NetlistBuilder#build()} with every problem found, not just the first. */
public class NetlistException extends RuntimeException {
    private final transient List<Problem> problems;

    public NetlistException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
