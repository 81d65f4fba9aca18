package dev.tmrkit.stateful.mission;

/**
 * A simulated figure beside its exact value: the estimate, its 99% interval [{@code low}, {@code high}],
 * and the {@link Formula}. The verdict {@link #within()} holds when the formula's value lies in the
 * interval — which a correct simulation and formula miss about once in a hundred comparisons.
 */
public record Comparison(String quantity, double simulated, double low, double high, Formula formula) {
    public Comparison {
        if (!(low <= simulated && simulated <= high)) {
            throw new IllegalArgumentException(quantity + ": interval [" + low + ", " + high + "] does not contain "
                    + simulated);
        }
    }

    public boolean within() {
        return low <= formula.value() && formula.value() <= high;
    }
}
