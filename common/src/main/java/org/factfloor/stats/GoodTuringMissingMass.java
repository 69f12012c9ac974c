package org.factfloor.stats;

/**
 * Good–Turing missing mass N_1/n with the two-sided distribution-free interval
 * N_1/n ± (1/n + 2.42·sqrt(ln(4/γ)/n)) (Kalai et al. 2025 Cor. 3, after McAllester &amp; Ortiz 2003), clipped to [0, 1].
 */
public record GoodTuringMissingMass(double missingMass, double ciLow, double ciHigh, double confidence) {

    /** Returns null when n = 0: there is no sample to estimate from. */
    public static GoodTuringMissingMass estimate(FrequencySpectrum spectrum, double confidence) {
        Confidence.check(confidence);
        return spectrum.n() == 0 ? null : estimate(SingletonRate.ofNonEmpty(spectrum), spectrum.n(), confidence);
    }

    /** The interval around a rate N1/n known as a number (a mixture's expected rate at its expected n). */
    public static GoodTuringMissingMass estimate(double estimate, double n, double confidence) {
        Confidence.check(confidence);
        double halfWidth = halfWidth(n, confidence);
        return new GoodTuringMissingMass(estimate, clip(estimate - halfWidth), clip(estimate + halfWidth), confidence);
    }

    /** 1/n + 2.42·sqrt(ln(4/γ)/n), for any n &gt; 0 (a predicted size need not be whole). */
    public static double halfWidth(double n, double confidence) {
        return 1.0 / n + 2.42 * Math.sqrt(Math.log(4 / (1 - confidence)) / n);
    }

    private static double clip(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
