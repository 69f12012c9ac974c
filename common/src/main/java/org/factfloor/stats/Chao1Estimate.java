package org.factfloor.stats;

/**
 * Result of the Chao1 richness estimators (Chao 1984, 1987; bias-corrected form Chao 2005), with variances and
 * confidence intervals as computed by SpadeR (Chao et al. 2016), the default being the bias-corrected estimate.
 *
 * <p>When {@code applicable} is false (no occurrences), {@code reason} says why and every estimate is null. Otherwise
 * {@code reason} is null and all numbers are finite.
 *
 * @param observed        D, the number of distinct items seen
 * @param classic         Chao1 as SpadeR reports it: D + ((n−1)/n)·f1²/(2f2) when f1, f2 &gt; 0; the bias-corrected
 *                        form when f2 = 0 and f1 &gt; 1; D otherwise
 * @param classicVariance SpadeR's variance for {@code classic}
 * @param biasCorrected   Chao1-bc = D + ((n−1)/n)·f1(f1−1)/(2(f2+1)), the default estimate
 * @param variance        SpadeR's variance for {@code biasCorrected} (the "Chao1-bc" s.e. squared); when the estimate
 *                        equals D it is the variance of the observed count instead
 * @param ciLow           lower confidence bound for {@code biasCorrected}, never below D
 * @param ciHigh          upper confidence bound for {@code biasCorrected}
 */
public record Chao1Estimate(
        boolean applicable,
        String reason,
        double confidence,
        long observed,
        Double classic,
        Double classicVariance,
        Double classicCiLow,
        Double classicCiHigh,
        Double biasCorrected,
        Double variance,
        Double ciLow,
        Double ciHigh) {

    static Chao1Estimate notApplicable(double confidence, long observed, String reason) {
        return new Chao1Estimate(false, reason, confidence, observed, null, null, null, null, null, null, null, null);
    }

    /** Estimated number of distinct items never seen, Chao1-bc − D; null when not applicable. */
    public Double unseen() {
        return applicable ? biasCorrected - observed : null;
    }
}
