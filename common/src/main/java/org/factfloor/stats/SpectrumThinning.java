package org.factfloor.stats;

import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A random sub-sample of a spectrum's occurrences: each occurrence kept with probability q, so an item seen r times
 * is seen Bin(r, q) times (the Bernoulli thinning a sampled run applies to the corpus, applied again to the sample).
 * The N_r items of a class are split over k = 0 … r by the multinomial with the binomial probabilities, drawn as
 * successive conditional binomials, so the cost is O(Σ r) per class, not O(items).
 */
public final class SpectrumThinning {
    /** Classes above this count are thinned item by item with the normal approximation to Bin(r, q). */
    private static final int EXACT_CLASSES = 64;

    private SpectrumThinning() {
    }

    public static FrequencySpectrum thin(FrequencySpectrum s, double q, SplittableRandom random) {
        if (!(q > 0 && q < 1)) {
            throw new IllegalArgumentException("thinning probability must be in (0, 1), got " + q);
        }
        TreeMap<Long, Long> rows = new TreeMap<>();
        double[] law = new double[EXACT_CLASSES + 1];
        for (int i = 0; i < s.size(); i++) {
            long r = s.frequencyAt(i);
            long items = s.countAt(i);
            if (r <= EXACT_CLASSES) {
                binomialLaw((int) r, q, law);
                double left = 1;
                for (int k = (int) r; k >= 1 && items > 0; k--) {
                    long here = left <= law[k] ? items : binomial(items, law[k] / left, random);
                    rows.merge((long) k, here, Long::sum);
                    items -= here;
                    left -= law[k];
                }
            } else {
                double sd = Math.sqrt(r * q * (1 - q));
                for (long item = 0; item < items; item++) {
                    long k = Math.max(0, Math.min(r, Math.round(r * q + sd * random.nextGaussian())));
                    if (k > 0) {
                        rows.merge(k, 1L, Long::sum);
                    }
                }
            }
        }
        rows.values().removeIf(c -> c == 0);
        return FrequencySpectrum.of(rows);
    }

    /** P(Bin(r, q) = k) for k = 0 … r, into law. */
    private static void binomialLaw(int r, double q, double[] law) {
        for (int k = 0; k <= r; k++) {
            law[k] = Math.exp(LogGamma.of(r + 1) - LogGamma.of(k + 1) - LogGamma.of(r - k + 1)
                    + k * Math.log(q) + (r - k) * Math.log1p(-q));
        }
    }

    /** Bin(n, p): Bernoulli draws below n = 30, the Poisson limit for rare successes or failures, else normal. */
    public static long binomial(long n, double p, SplittableRandom random) {
        if (p <= 0 || n == 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (n < 30) {
            long k = 0;
            for (long j = 0; j < n; j++) {
                if (random.nextDouble() < p) {
                    k++;
                }
            }
            return k;
        }
        double mean = n * p;
        if (mean < 30) {
            return Math.min(n, SpectrumExtrapolation.poisson(mean, random));
        }
        if (n - mean < 30) {
            return n - Math.min(n, SpectrumExtrapolation.poisson(n - mean, random));
        }
        return Math.max(0, Math.min(n, Math.round(mean + Math.sqrt(mean * (1 - p)) * random.nextGaussian())));
    }
}
