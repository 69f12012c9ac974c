package org.factfloor.stats;

/**
 * Smoothed Good–Toulmin (Orlitsky, Suresh &amp; Wu 2016, PNAS 113:13283, the estimator U^L with binomial smoothing,
 * q = 2/(t + 2), k = ⌈½·log₃(n·t²/(t − 1))⌉): the alternating Good–Toulmin series with its i-th term weighted by
 * P(L ≥ i), L ~ Binomial(k, q), which keeps it bounded for t &gt; 1 (proven up to t ∝ ln n).
 * <ul>
 *   <li>new distinct items in t·n more occurrences: U = −Σ_i (−t)^i·P(L ≥ i)·N_i;</li>
 *   <li>singletons at (1 + t)·n, the same smoothing applied to the Poisson identity
 *       E[N1'] = (1 + t)·Σ_{j≥1} j·(−t)^{j−1}·E[N_j] (each item's count Poisson(λ) grows to Poisson((1 + t)λ)):
 *       N1' = (1 + t)·Σ_j j·(−t)^{j−1}·P(L ≥ j − 1)·N_j.</li>
 * </ul>
 * For t ≤ 1 the series converge and are used unsmoothed (P(L ≥ i) = 1).
 */
final class SmoothedGoodToulmin {
    private SmoothedGoodToulmin() {
    }

    static double newDistinct(FrequencySpectrum s, double t) {
        double[] tail = tail(s.n(), t, maxFrequency(s));
        double sum = 0;
        for (int i = 0; i < s.size(); i++) {
            int r = (int) Math.min(Integer.MAX_VALUE, s.frequencyAt(i));
            double weight = r < tail.length ? tail[r] : 0;
            if (weight == 0) {
                continue;
            }
            sum -= Math.pow(-t, r) * weight * s.countAt(i);
        }
        return sum;
    }

    static double singletons(FrequencySpectrum s, double t) {
        double[] tail = tail(s.n(), t, maxFrequency(s));
        double sum = 0;
        for (int i = 0; i < s.size(); i++) {
            long j = s.frequencyAt(i);
            double weight = j - 1 < tail.length ? tail[(int) (j - 1)] : 0;
            if (weight == 0) {
                continue;
            }
            sum += j * Math.pow(-t, j - 1) * weight * s.countAt(i);
        }
        return (1 + t) * sum;
    }

    /** P(L ≥ i) for i = 0 … (the largest i that matters); all ones when t ≤ 1. */
    static double[] tail(long n, double t, long maxFrequency) {
        if (t <= 1) {
            double[] ones = new double[(int) Math.min(maxFrequency + 1, Integer.MAX_VALUE - 8)];
            java.util.Arrays.fill(ones, 1);
            return ones;
        }
        int k = Math.max(1, (int) Math.ceil(0.5 * Math.log(n * t * t / (t - 1)) / Math.log(3)));
        double q = 2 / (t + 2);
        double[] pmf = new double[k + 1];
        for (int i = 0; i <= k; i++) {
            pmf[i] = Math.exp(LogGamma.of(k + 1.0) - LogGamma.of(i + 1.0) - LogGamma.of(k - i + 1.0)
                    + i * Math.log(q) + (k - i) * Math.log1p(-q));
        }
        double[] tail = new double[k + 1];
        double above = 0;
        for (int i = k; i >= 0; i--) {
            above += pmf[i];
            tail[i] = Math.min(1, above);
        }
        tail[0] = 1;
        return tail;
    }

    private static long maxFrequency(FrequencySpectrum s) {
        return s.size() == 0 ? 0 : s.frequencyAt(s.size() - 1);
    }
}
