package org.factfloor.stats;

import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The Poisson–lognormal species-abundance model (Bulmer 1974, Biometrics 30:101–110): each item's rate per observed
 * corpus is λ = e^u with u ~ Normal(μ, σ²), its count Poisson(λ), items never seen are not in the spectrum (zero
 * truncation). A corpus s times larger counts Poisson(s·λ) of the same items (it contains the sample), so one fit
 * predicts every size: distinct(s) = K·E[1 − e^{−sλ}], N1(s) = K·E[sλ·e^{−sλ}], with K = D/E[1 − e^{−λ}] the
 * items, seen or not, and D the distinct items seen. Fitted by maximum likelihood of the zero-truncated counts
 * r = 1 … {@link #CLASSES} − 1, larger counts as one class (their exact values say little about the rare items
 * the prediction is about); expectations over u by the trapezoid rule on μ ± {@link #SPAN}σ.
 */
public record PoissonLognormal(double mu, double sigma) {
    /** Counts at or above this are one likelihood class. */
    static final int CLASSES = 16;
    /** Integration step in ln λ: the Poisson(r; e^u) kernels for r &lt; CLASSES are at least 0.25 wide in u. */
    private static final double STEP = 0.08;
    private static final double SPAN = 8;
    /** ln λ below which an item is not seen even at 100× the sample (e^−25·100 ≈ 1e−9). */
    private static final double LOWEST = -25;
    /** s·λ above e^6 ≈ 400: seen for certain, never once, and beyond every likelihood class. */
    private static final double SATURATED = 6;
    private static final double[] INVERSE = new double[CLASSES];

    static {
        for (int r = 1; r < CLASSES; r++) {
            INVERSE[r] = 1.0 / r;
        }
    }
    private static final double MIN_SIGMA = 0.05;
    private static final double MAX_SIGMA = 8;

    public PoissonLognormal {
        if (!(sigma > 0) || Double.isNaN(mu) || Double.isInfinite(mu)) {
            throw new IllegalArgumentException("Poisson-lognormal needs a finite mu and sigma > 0, got " + mu + ", "
                    + sigma);
        }
    }

    /**
     * E[h(λ)] over u = ln λ on [max(μ − SPAN·σ, LOWEST), μ + SPAN·σ] in steps of at most {@link #STEP}: below
     * LOWEST an item is never seen at any size this class predicts, so h ≈ 0 there for every h used.
     */
    private double expectation(java.util.function.DoubleUnaryOperator h, double highest) {
        double low = Math.max(mu - SPAN * sigma, LOWEST);
        double high = Math.min(mu + SPAN * sigma, highest);
        if (!(high > low)) {
            return 0;
        }
        int nodes = (int) Math.ceil((high - low) / STEP) + 1;
        double step = (high - low) / (nodes - 1);
        double sum = 0;
        for (int i = 0; i < nodes; i++) {
            double u = low + i * step;
            double z = (u - mu) / sigma;
            sum += Math.exp(-z * z / 2) * (i == 0 || i == nodes - 1 ? 0.5 : 1) * h.applyAsDouble(Math.exp(u));
        }
        return sum * step / (sigma * Math.sqrt(2 * Math.PI));
    }

    /** P(u > x), the mass above an integration range. */
    private double above(double x) {
        double z = (x - mu) / sigma;
        return z >= 0 ? NormalQuantile.lowerCdf(-z) : 1 - NormalQuantile.lowerCdf(z);
    }

    /** P(an item is seen at least once at size s); above ln λ = SATURATED + ln(1/s) every item is seen. */
    double seen(double s) {
        double top = SATURATED - Math.log(s);
        return expectation(lambda -> -Math.expm1(-s * lambda), top) + above(Math.min(mu + SPAN * sigma, top));
    }

    /** P(an item is seen exactly once at size s). */
    double once(double s) {
        return expectation(lambda -> s * lambda * Math.exp(-s * lambda), SATURATED - Math.log(s));
    }

    /**
     * P(count = r) for r = 1 … CLASSES − 1 at the observed size, and at index 0 P(count ≥ CLASSES): one pass over
     * the nodes, each node's Poisson terms by the recursion P(r) = P(r − 1)·λ/r from one exponential.
     */
    double[] classProbabilities() {
        double low = Math.max(mu - SPAN * sigma, LOWEST);
        double high = Math.min(mu + SPAN * sigma, SATURATED);
        double[] p = new double[CLASSES];
        double tail = above(high);
        if (high > low) {
            int nodes = (int) Math.ceil((high - low) / STEP) + 1;
            double step = (high - low) / (nodes - 1);
            double norm = step / (sigma * Math.sqrt(2 * Math.PI));
            for (int i = 0; i < nodes; i++) {
                double u = low + i * step;
                double z = (u - mu) / sigma;
                double weight = Math.exp(-z * z / 2) * (i == 0 || i == nodes - 1 ? 0.5 : 1) * norm;
                double lambda = Math.exp(u);
                double term = Math.exp(-lambda);
                double below = term;
                for (int r = 1; r < CLASSES; r++) {
                    term *= lambda * INVERSE[r];
                    below += term;
                    p[r] += weight * term;
                }
                tail += weight * Math.max(0, 1 - below);
            }
        }
        p[0] = tail;
        return p;
    }

    double logLikelihood(FrequencySpectrum s) {
        double[] p = classProbabilities();
        double below = 0;
        for (int r = 1; r < CLASSES; r++) {
            below += p[r];
        }
        double seen = Math.max(1e-300, below + p[0]);
        double ll = 0;
        long tailItems = 0;
        for (int i = 0; i < s.size(); i++) {
            long r = s.frequencyAt(i);
            if (r < CLASSES) {
                ll += s.countAt(i) * Math.log(Math.max(1e-300, p[(int) r] / seen));
            } else {
                tailItems += s.countAt(i);
            }
        }
        if (tailItems > 0) {
            ll += tailItems * Math.log(Math.max(1e-300, p[0] / seen));
        }
        return ll;
    }

    /** Maximum-likelihood fit by Nelder–Mead on (μ, ln σ), started below the mean of ln r. */
    public static PoissonLognormal fit(FrequencySpectrum s) {
        double meanLog = 0;
        for (int i = 0; i < s.size(); i++) {
            meanLog += s.countAt(i) * Math.log(s.frequencyAt(i));
        }
        meanLog /= Math.max(1, s.distinct());
        return fit(s, new double[] {meanLog - 1, 0}, new double[] {1, 0.5});
    }

    /** The fit started at another fit (a bootstrap replicate's refit starts at the estimate it perturbs). */
    PoissonLognormal refit(FrequencySpectrum s) {
        return fit(s, new double[] {mu, Math.log(sigma)}, new double[] {0.2, 0.1});
    }

    private static PoissonLognormal fit(FrequencySpectrum s, double[] start, double[] step) {
        double[] best = NelderMead.minimize(p -> {
            double sigma = Math.exp(p[1]);
            if (!(sigma >= MIN_SIGMA && sigma <= MAX_SIGMA) || Math.abs(p[0]) > 60) {
                return Double.MAX_VALUE;
            }
            double ll = new PoissonLognormal(p[0], sigma).logLikelihood(s);
            return Double.isNaN(ll) ? Double.MAX_VALUE : -ll;
        }, start, step);
        return new PoissonLognormal(best[0], Math.exp(best[1]));
    }

    /** A spectrum like s under the model: counts below CLASSES drawn Poisson around their expectation, the rest kept. */
    FrequencySpectrum resample(FrequencySpectrum s, SplittableRandom random) {
        double[] p = classProbabilities();
        double seen = p[0];
        for (int r = 1; r < CLASSES; r++) {
            seen += p[r];
        }
        double items = s.distinct() / Math.max(1e-300, seen);
        TreeMap<Long, Long> rows = new TreeMap<>();
        for (int r = 1; r < CLASSES; r++) {
            rows.put((long) r, SpectrumExtrapolation.poisson(items * p[r], random));
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.frequencyAt(i) >= CLASSES) {
                rows.put(s.frequencyAt(i), s.countAt(i));
            }
        }
        return FrequencySpectrum.of(rows);
    }
}
