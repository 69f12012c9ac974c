package org.factfloor.stats;

/**
 * The predicted spectrum summary of a corpus {@code scale} times the observed one (growth factor t = scale − 1),
 * each value with its prediction interval at {@code confidence}.
 *
 * @param n             occurrences at the larger size (its interval is the target size's own uncertainty)
 * @param distinct      distinct items
 * @param n1            items seen exactly once
 * @param singletonRate N1/n, the Good–Turing missing mass
 */
public record Extrapolation(ExtrapolationMethod method, double scale, double confidence, Interval n,
                            Interval distinct, Interval n1, Interval singletonRate) {

    public double factor() {
        return scale - 1;
    }
}
