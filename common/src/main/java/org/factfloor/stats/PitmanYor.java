package org.factfloor.stats;

import java.util.SplittableRandom;

/**
 * The two-parameter Poisson–Dirichlet (Pitman–Yor) model of a spectrum (Pitman &amp; Yor 1997), discount α ∈ (0, 1)
 * and strength θ &gt; −α, fitted by maximum likelihood of its exchangeable partition probability function, and its
 * closed-form predictions of distinct items and singletons after m further occurrences, given the observed sample.
 * Items arrive as in the Chinese restaurant: a new item with probability (θ + kα)/(θ + i), else an item seen n_j
 * times with probability (n_j − α)/(θ + i). K_n grows like n^α, so α near 1 is a long tail that keeps growing.
 */
public record PitmanYor(double alpha, double theta) {
    static final double MIN_ALPHA = 1e-6;
    static final double MAX_ALPHA = 1 - 1e-9;

    public PitmanYor {
        if (!(alpha >= MIN_ALPHA && alpha <= MAX_ALPHA) || !(theta > -alpha) || Double.isInfinite(theta)) {
            throw new IllegalArgumentException("Pitman-Yor needs 0 < alpha < 1 and theta > -alpha, got alpha = "
                    + alpha + ", theta = " + theta);
        }
    }

    /**
     * ln of the EPPF (Pitman 1995, PTRF 102:145–158): Π_{i=1}^{k−1}(θ + iα) / (θ + 1)_{n−1} · Π_j [(1 − α)_{n_j − 1}], with
     * Π_{i=1}^{k−1}(θ + iα) = α^{k−1} Γ(θ/α + k)/Γ(θ/α + 1).
     */
    double logLikelihood(FrequencySpectrum s) {
        double n = s.n();
        double k = s.distinct();
        double ll = (k - 1) * Math.log(alpha) + LogGamma.of(theta / alpha + k) - LogGamma.of(theta / alpha + 1)
                - (LogGamma.of(theta + n) - LogGamma.of(theta + 1));
        double base = LogGamma.of(1 - alpha);
        for (int i = 0; i < s.size(); i++) {
            ll += s.countAt(i) * (LogGamma.of(s.frequencyAt(i) - alpha) - base);
        }
        return ll;
    }

    /** Maximum-likelihood fit by Nelder–Mead on (logit α, ln(θ + α)); needs n ≥ 2. */
    public static PitmanYor fit(FrequencySpectrum s) {
        if (s.n() < 2) {
            throw new IllegalArgumentException("a Pitman-Yor fit needs n >= 2, got " + s.n());
        }
        return of(NelderMead.minimize(p -> {
            double ll = of(p).logLikelihood(s);
            return Double.isNaN(ll) ? Double.MAX_VALUE : -ll;
        }, new double[] {0, 0}, new double[] {1, 1}));
    }

    private static PitmanYor of(double[] p) {
        double alpha = Math.min(MAX_ALPHA, Math.max(MIN_ALPHA, 1 / (1 + Math.exp(-p[0]))));
        double theta = Math.exp(Math.max(-30, Math.min(30, p[1]))) - alpha;
        return new PitmanYor(alpha, theta);
    }

    /**
     * Expected distinct items after m more occurrences, given n occurrences of k distinct items:
     * k + (k + θ/α)·[(θ + n + α)_m/(θ + n)_m − 1] (Favaro, Lijoi, Mena &amp; Prünster 2009, JRSSB 71:993–1008).
     */
    public double distinctAfter(double n, double k, double m) {
        return k + (k + theta / alpha) * Math.expm1(LogGamma.risingRatio(theta + n + alpha, theta + n, m));
    }

    /**
     * Expected singletons after m more occurrences, given n occurrences with k distinct items of which n1 are
     * singletons: the old singletons none of the m joins, n1·(θ + n + α − 1)_m/(θ + n)_m, plus the new items seen
     * once, m·(θ + kα)/(θ + n)·(θ + n + α)_{m−1}/(θ + n + 1)_{m−1} (the urn's predictive rule above,
     * multiplied out; the m future draws are exchangeable given the sample).
     */
    public double singletonsAfter(double n, double k, double n1, double m) {
        double old = n1 * Math.exp(LogGamma.risingRatio(theta + n + alpha - 1, theta + n, m));
        if (m == 0) {
            return old;
        }
        double fresh = m * (theta + k * alpha) / (theta + n)
                * Math.exp(LogGamma.risingRatio(theta + n + alpha, theta + n + 1, m - 1));
        return old + fresh;
    }

    /** A sample of n occurrences drawn by the Chinese restaurant process, as its spectrum; O(n) time. */
    public FrequencySpectrum sample(int n, SplittableRandom random) {
        int[] itemOf = new int[n];
        int[] size = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            int item;
            if (i == 0 || random.nextDouble() < (theta + k * alpha) / (theta + i)) {
                item = k++;
            } else {
                // An earlier occurrence's item is chosen ∝ n_j; keeping it with probability 1 − α/n_j makes it ∝ n_j − α.
                do {
                    item = itemOf[random.nextInt(i)];
                } while (random.nextDouble() * size[item] < alpha);
            }
            itemOf[i] = item;
            size[item]++;
        }
        long[] counts = new long[k];
        for (int j = 0; j < k; j++) {
            counts[j] = size[j];
        }
        return FrequencySpectrum.ofCounts(counts);
    }
}
