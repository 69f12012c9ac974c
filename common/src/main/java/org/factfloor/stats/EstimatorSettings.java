package org.factfloor.stats;

/**
 * The knobs of the estimator suite: the floors' parameters (with the confidence 1 − γ), the Simple Good–Turing
 * switch threshold and the growth factor t of the extrapolation.
 */
public record EstimatorSettings(FloorParameters floors, double sgtSwitch, double growthFactor) {
    public EstimatorSettings {
        if (!(sgtSwitch > 0) || Double.isInfinite(sgtSwitch)) {
            throw new IllegalArgumentException("sgt-switch must be a positive number, got " + sgtSwitch);
        }
        if (!(growthFactor >= 0) || Double.isInfinite(growthFactor)) {
            throw new IllegalArgumentException("growth-factor must be >= 0, got " + growthFactor);
        }
    }

    public double confidence() {
        return floors.confidence();
    }
}
