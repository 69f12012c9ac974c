package org.factfloor.stats;

/**
 * Per-domain parameters of the hallucination floors.
 *
 * @param plausibleAlternatives E: plausible wrong answers per prompt (min |E_c| in Kalai et al. 2025; also the
 *                              hallucination-to-fact ratio |H|/|F| standing in for e^s in Kalai &amp; Vempala 2024)
 * @param calibrationError      δ of Kalai et al. 2025 Thm 2
 * @param miscalibration        Mis of Kalai &amp; Vempala 2024 Cor. 1
 * @param confidence            1 − γ
 */
public record FloorParameters(double plausibleAlternatives, double calibrationError, double miscalibration,
                              double confidence) {
    public FloorParameters {
        if (!(plausibleAlternatives > 0)) {
            throw new IllegalArgumentException("plausible-alternatives must be > 0, got " + plausibleAlternatives);
        }
        if (!(calibrationError >= 0 && calibrationError <= 1)) {
            throw new IllegalArgumentException("calibration-error must be in [0, 1], got " + calibrationError);
        }
        if (!(miscalibration >= 0 && miscalibration <= 1)) {
            throw new IllegalArgumentException("miscalibration must be in [0, 1], got " + miscalibration);
        }
        Confidence.check(confidence);
    }

    public double gamma() {
        return 1 - confidence;
    }
}
