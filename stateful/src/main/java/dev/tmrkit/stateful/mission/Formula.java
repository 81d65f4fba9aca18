package dev.tmrkit.stateful.mission;

/**
 * An exact figure to hold a simulation against: the {@code expression} in λ, μ, S and t as printed
 * beside the simulated figure, and its {@code value} for the parameters at hand. {@code closedForm} is
 * false when no closed form is known for the configuration and the value comes from solving its
 * {@link FailureChain Markov chain} numerically.
 */
public record Formula(String expression, double value, boolean closedForm) {
    public Formula {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("a formula needs an expression");
        }
    }

    static Formula closed(String expression, double value) {
        return new Formula(expression, value, true);
    }

    static Formula chain(String what, double value) {
        return new Formula(what + " of the Markov chain (numeric)", value, false);
    }
}
