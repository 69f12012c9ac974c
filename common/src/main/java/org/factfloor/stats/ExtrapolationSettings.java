package org.factfloor.stats;

/**
 * @param method     the estimator of the point prediction and its interval
 * @param confidence level of the prediction intervals (0.95 is what the coverage validation checks)
 * @param replicates bootstrap replicates behind each interval
 * @param seed       seed of the bootstrap, so a prediction repeats exactly
 */
public record ExtrapolationSettings(ExtrapolationMethod method, double confidence, int replicates, long seed) {
    public static final double DEFAULT_CONFIDENCE = 0.95;
    public static final int DEFAULT_REPLICATES = 100;

    public ExtrapolationSettings {
        Confidence.check(confidence);
        if (replicates < 20) {
            throw new IllegalArgumentException("prediction replicates must be >= 20, got " + replicates);
        }
    }

    /** The validated default (README, prediction coverage): Poisson–lognormal, 95% intervals, 100 replicates. */
    public static ExtrapolationSettings defaults() {
        return new ExtrapolationSettings(ExtrapolationMethod.POISSON_LOGNORMAL, DEFAULT_CONFIDENCE,
                DEFAULT_REPLICATES, 1);
    }

    public ExtrapolationSettings withMethod(ExtrapolationMethod other) {
        return new ExtrapolationSettings(other, confidence, replicates, seed);
    }
}
