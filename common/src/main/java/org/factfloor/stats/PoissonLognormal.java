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
 *
 * <p>One-inflation (Godwin &amp; Böhning 2017, JRSS C 66:425, the one-inflated zero-truncated count model): a share
 * w of the distinct items seen are one-offs, items that occur once at every size (a wrong capital, a person named in
 * one obituary: every occurrence of the component is a new item), so they add w·D·s singletons and distinct items
 * at s times the sample. For fixed (μ, σ) the likelihood's maximum in w is closed-form, w = max(0, (N1/D − π1)/(1 −
 * π1)) with π1 the lognormal part's share of singletons among the seen, so w is profiled out of the 2-D search. It
 * is kept only when the likelihood-ratio test against w = 0 rejects at {@link #ONE_INFLATION_CRITICAL} (the 5%
 * point of ½χ²₀ + ½χ²₁ for a parameter on its boundary, Self &amp; Liang 1987, JASA 82:605): a head of frequent
 * items with a stream of one-offs beside it (capitals) is then one model, and an exchangeable long tail keeps w = 0.
 *
 * <p>One-offs' rate (κ, −∞ for true one-offs): the one-offs as a cloud of items of one common rate e^κ, each
 * Poisson(e^κ) in the sample, which repeat once s·e^κ nears 1; see {@link #oneOffRateEnd}.
 *
 * <p>Lower cutoff (c, −∞ for none): the rates' density e^{−e^{c − u}}·φ((u − μ)/σ), the plain lognormal with
 * its lower tail ended near λ = e^c; see {@link #cutoffRange}. The normalising constant cancels in every ratio
 * used (the zero-truncated likelihood, K = D/E[1 − e^{−λ}]), so it is never computed.
 */
public record PoissonLognormal(double mu, double sigma, double oneOff, double cutoff, double oneOffRate) {
    /** Twice the log-likelihood gain from w above which one-inflation is kept (½χ²₁ upper 5% point). */
    static final double ONE_INFLATION_CRITICAL = 2.705543;
    /** Counts at or above this are one likelihood class. */
    static final int CLASSES = 16;
    /**
     * Largest integration step in ln λ: the Poisson(r; e^u) kernels for r &lt; CLASSES are at least 0.25 wide in u
     * (and the step is at most σ/4, so a narrow normal is resolved too).
     */
    private static final double STEP = 0.1;
    private static final double SPAN = 8;
    /** Below c − 3 the cutoff's factor e^{−e^{c − u}} is under 2e−9: no node is spent there. */
    private static final double CUTOFF_SPAN = 3;
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
    /** Bisection steps for the ends of the one-off share's confidence set: 2^−8 of [0, 1) is fine enough. */
    private static final int BISECTIONS = 8;
    /** Half-width in μ of the bracket searched at a fixed σ: along the ridge μ moves about σ² per unit of σ. */
    private static final double RIDGE = 20;
    private static final double MAX_SIGMA = 8;
    /** The cut fit's maximum is found to 0.01 in ln λ (its predictions move by well under 1% over that). */
    private static final double CUTOFF_TOLERANCE = 0.01;
    /** The cutoff's maximum is first bracketed on CUTOFF_GRID + 1 points over μ ± CUTOFF_SCAN·σ. */
    private static final double CUTOFF_SCAN = 4;
    private static final int CUTOFF_GRID = 8;

    public PoissonLognormal {
        if (!(sigma > 0) || Double.isNaN(mu) || Double.isInfinite(mu) || !(oneOff >= 0 && oneOff < 1)
                || Double.isNaN(cutoff) || cutoff == Double.POSITIVE_INFINITY || Double.isNaN(oneOffRate)
                || oneOffRate == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("Poisson-lognormal needs a finite mu, sigma > 0 and a one-off share in"
                    + " [0, 1), got " + mu + ", " + sigma + ", " + oneOff);
        }
    }

    /** One-offs that stay one-offs at every size. */
    public PoissonLognormal(double mu, double sigma, double oneOff, double cutoff) {
        this(mu, sigma, oneOff, cutoff, Double.NEGATIVE_INFINITY);
    }

    /** Without a lower cutoff of the rates. */
    public PoissonLognormal(double mu, double sigma, double oneOff) {
        this(mu, sigma, oneOff, Double.NEGATIVE_INFINITY);
    }

    /** Without one-offs. */
    public PoissonLognormal(double mu, double sigma) {
        this(mu, sigma, 0);
    }

    /** Expected distinct items at s times a sample that saw {@code seenDistinct}. */
    double distinctAt(double s, double seenDistinct) {
        return seenDistinct * ((1 - oneOff) * seen(s) / seen(1) + oneOff * oneOffsSeen(s));
    }

    /** Expected singletons at s times a sample that saw {@code seenDistinct}. */
    double singletonsAt(double s, double seenDistinct) {
        return seenDistinct * ((1 - oneOff) * once(s) / seen(1) + oneOff * oneOffsOnce(s));
    }

    /**
     * E[h(λ)] over u = ln λ on [max(μ − SPAN·σ, LOWEST), μ + SPAN·σ] in steps of at most {@link #STEP}, σ/4: below
     * LOWEST an item is never seen at any size this class predicts, so h ≈ 0 there for every h used.
     */
    private double expectation(java.util.function.DoubleUnaryOperator h, double highest) {
        double low = lowestNode();
        double high = Math.min(mu + SPAN * sigma, highest);
        if (!(high > low)) {
            return 0;
        }
        int nodes = (int) Math.ceil((high - low) / Math.min(STEP, sigma / 4)) + 1;
        double step = (high - low) / (nodes - 1);
        double sum = 0;
        for (int i = 0; i < nodes; i++) {
            double u = low + i * step;
            double z = (u - mu) / sigma;
            sum += Math.exp(-z * z / 2 - cutoff(u)) * (i == 0 || i == nodes - 1 ? 0.5 : 1) * h.applyAsDouble(Math.exp(u));
        }
        return sum * step / (sigma * Math.sqrt(2 * Math.PI));
    }

    /**
     * −ln of the lower cutoff's factor e^{−e^{c − u}} at u = ln λ: the lower tail e^{−b/λ} (b = e^c) of the
     * generalised inverse Gaussian density ∝ λ^{γ−1}·e^{−λ/θ − b/λ} that Sichel's GIGP mixes (Sichel 1975,
     * JASA 70:542), put on the lognormal. 0 without a cutoff.
     */
    private double cutoff(double u) {
        return cutoff == Double.NEGATIVE_INFINITY ? 0 : Math.exp(cutoff - u);
    }

    /** The lowest node: μ − SPAN·σ, not below LOWEST, nor where the cutoff's factor is below e^{−e³} ≈ 2e−9. */
    private double lowestNode() {
        return Math.max(Math.max(mu - SPAN * sigma, LOWEST), cutoff - CUTOFF_SPAN);
    }

    /**
     * The mass above an integration range at x: P(u > x) times the cutoff's factor at x (exact unless the cutoff
     * is within a few units of x, i.e. at the very top of the rates, where no fit of a long tail ends up).
     */
    private double above(double x) {
        double z = (x - mu) / sigma;
        return (z >= 0 ? NormalQuantile.lowerCdf(-z) : 1 - NormalQuantile.lowerCdf(z)) * Math.exp(-cutoff(x));
    }

    /** P(an item is seen at least once at size s); above ln λ = SATURATED + ln(1/s) every item is seen. */
    double seen(double s) {
        double top = SATURATED - Math.log(s);
        return expectation(lambda -> -Math.expm1(-s * lambda), top)
                + above(Math.min(mu + SPAN * sigma, top));
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
        double low = lowestNode();
        double high = Math.min(mu + SPAN * sigma, SATURATED);
        double[] p = new double[CLASSES];
        double tail = above(high);
        if (high > low) {
            int nodes = (int) Math.ceil((high - low) / Math.min(STEP, sigma / 4)) + 1;
            double step = (high - low) / (nodes - 1);
            double norm = step / (sigma * Math.sqrt(2 * Math.PI));
            for (int i = 0; i < nodes; i++) {
                double u = low + i * step;
                double z = (u - mu) / sigma;
                double weight = Math.exp(-z * z / 2 - cutoff(u)) * (i == 0 || i == nodes - 1 ? 0.5 : 1) * norm;
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

    /**
     * The one-offs seen at s times the sample, per one-off seen in it: s for items seen once at every size
     * (oneOffRate = −∞), (1 − e^{−sρ})/(1 − e^{−ρ}) for items of a common rate ρ = e^{oneOffRate}.
     */
    private double oneOffsSeen(double s) {
        if (oneOffRate == Double.NEGATIVE_INFINITY) {
            return s;
        }
        double rate = Math.exp(oneOffRate);
        return Math.expm1(-s * rate) / Math.expm1(-rate);
    }

    /** The one-offs seen exactly once at s times the sample, per one-off seen in it: sρ·e^{−sρ}/(1 − e^{−ρ}). */
    private double oneOffsOnce(double s) {
        if (oneOffRate == Double.NEGATIVE_INFINITY) {
            return s;
        }
        double rate = Math.exp(oneOffRate);
        return -s * rate * Math.exp(-s * rate) / Math.expm1(-rate);
    }

    /**
     * The one-offs' share of the seen classes r = 1 … CLASSES − 1 (index 0: r ≥ CLASSES): all at r = 1 when they stay
     * one-offs, else the zero-truncated Poisson(ρ).
     */
    private double[] oneOffClasses() {
        double[] q = new double[CLASSES];
        if (oneOffRate == Double.NEGATIVE_INFINITY) {
            q[1] = 1;
            return q;
        }
        double rate = Math.exp(oneOffRate);
        double seen = -Math.expm1(-rate);
        double term = Math.exp(-rate);
        double below = 0;
        for (int r = 1; r < CLASSES; r++) {
            term *= rate * INVERSE[r];
            q[r] = term / seen;
            below += q[r];
        }
        q[0] = Math.max(0, 1 - below);
        return q;
    }

    double logLikelihood(FrequencySpectrum s) {
        return logLikelihood(s, classProbabilities(), oneOff, oneOffClasses());
    }

    private static final double[] ONE_OFFS = {0, 1};

    private static double logLikelihood(FrequencySpectrum s, double[] p, double w) {
        return logLikelihood(s, p, w, ONE_OFFS);
    }

    /**
     * The one-inflated likelihood of the zero-truncated classes, {@code p} from {@link #classProbabilities()} and
     * {@code q} the one-offs' classes ({@link #oneOffClasses()}, index 0 for r ≥ CLASSES, shorter when zero beyond).
     */
    private static double logLikelihood(FrequencySpectrum s, double[] p, double w, double[] q) {
        double seen = seen(p);
        double ll = 0;
        long tailItems = 0;
        for (int i = 0; i < s.size(); i++) {
            long r = s.frequencyAt(i);
            if (r < CLASSES) {
                double share = (1 - w) * p[(int) r] / seen + (r < q.length ? w * q[(int) r] : 0);
                ll += s.countAt(i) * Math.log(Math.max(1e-300, share));
            } else {
                tailItems += s.countAt(i);
            }
        }
        if (tailItems > 0) {
            ll += tailItems * Math.log(Math.max(1e-300, (1 - w) * p[0] / seen + w * q[0]));
        }
        return ll;
    }

    private static double seen(double[] p) {
        double seen = 0;
        for (double x : p) {
            seen += x;
        }
        return Math.max(1e-300, seen);
    }

    /** The profile maximum of the likelihood in w for fixed (μ, σ): the singletons' excess share, at least 0. */
    private static double oneOffShare(FrequencySpectrum s, double[] p) {
        double once = p[1] / seen(p);
        double observed = s.distinct() == 0 ? 0 : (double) s.n1() / s.distinct();
        return once >= 1 ? 0 : Math.min(0.999, Math.max(0, (observed - once) / (1 - once)));
    }

    /**
     * Maximum-likelihood fit by Nelder–Mead on (μ, ln σ), started below the mean of ln r, with and without
     * one-inflation; the one-inflated fit is kept when the likelihood-ratio test prefers it.
     */
    public static PoissonLognormal fit(FrequencySpectrum s) {
        double meanLog = 0;
        for (int i = 0; i < s.size(); i++) {
            meanLog += s.countAt(i) * Math.log(s.frequencyAt(i));
        }
        meanLog /= Math.max(1, s.distinct());
        return choose(s, new double[] {meanLog - 1, 0}, new double[] {1, 0.5});
    }

    /**
     * The fit started at another fit (a bootstrap replicate's refit starts at the estimate it perturbs), in the same
     * family: one-inflated (w profiled) when this fit is, plain otherwise, with this fit's cutoff; the doubt about w
     * is {@link #oneOffRange}'s.
     */
    PoissonLognormal refit(FrequencySpectrum s) {
        return fit(s, new double[] {mu, Math.log(sigma)}, new double[] {0.5, 0.25}, oneOff > 0 ? Double.NaN : 0,
                cutoff);
    }

    /**
     * The fits at the ends of the profile-likelihood confidence set of the one-off share, {w : 2·(ℓ(ŵ) − ℓ_p(w)) ≤
     * χ²₁(confidence)} (Cox &amp; Hinkley 1974, Theoretical Statistics §9.3; ℓ_p maximised over μ, σ), found by
     * bisection. A sample at a few percent rarely tells a one-off from a rare item of the tail (both are seen once),
     * so the set is often wide: predictions over it are the doubt the model's form leaves (more one-offs, more
     * singletons at every larger size), which the bootstrap at fixed w cannot show.
     *
     * @return {lowest w's fit, highest w's fit}; this fit at an end where the set ends at the estimate
     */
    PoissonLognormal[] oneOffRange(FrequencySpectrum s, double confidence) {
        double limit = logLikelihood(s) - halfChiSquare(confidence);
        double[] start = {mu, Math.log(sigma)};
        double[] step = {0.5, 0.25};
        java.util.function.DoubleFunction<PoissonLognormal> at = w -> fit(s, start, step, w);
        return new PoissonLognormal[] {oneOff > 0 ? end(s, at, oneOff, 0, limit) : this,
            end(s, at, oneOff, 0.999, limit)};
    }

    /**
     * This fit with its one-offs given the highest common rate ρ = e^κ the sample admits, {κ : 2·(ℓ(−∞) − ℓ(κ)) ≤
     * χ²₁(confidence)} with μ, σ and w held (a conditional, not a profile, set: narrower, so the end is not
     * overstated). A sample cannot tell a true one-off (a wrong pair seen once at every size) from one of a finite
     * set of wrong pairs that recur once the corpus is large enough: at 1% of the 4 GB corpus the 555 singletons of
     * capitals are mostly wrong pairs, which the one-inflated fit carries to 50,000 singletons at full size, and
     * there only 7,133 remain, because the generator's 163 countries make at most 26,406 wrong pairs, which repeat.
     * Items of rate ρ add about ρ/2 doubletons each to the sample, so its doubletons bound ρ: that bound is the end.
     *
     * @return this fit when it has no one-offs, else the fit with the highest admitted κ
     */
    PoissonLognormal oneOffRateEnd(FrequencySpectrum s, double confidence) {
        if (oneOff == 0) {
            return this;
        }
        double limit = logLikelihood(s) - halfChiSquare(confidence);
        return end(s, k -> new PoissonLognormal(mu, sigma, oneOff, cutoff, k), LOWEST, SATURATED, limit);
    }

    /**
     * The fits at the ends of the profile-likelihood confidence set of σ (w held at this fit's, ℓ_p maximised over
     * μ; Cox &amp; Hinkley 1974 §9.3). σ is the tail's spread, the parameter the extrapolation to many more rare
     * items rests on, and the likelihood is a long ridge in (μ, σ) there: a bootstrap refit near the estimate
     * underrates it, the profile does not.
     *
     * @return {smallest σ's fit, largest σ's fit}
     */
    PoissonLognormal[] spreadRange(FrequencySpectrum s, double confidence) {
        double limit = logLikelihood(s) - halfChiSquare(confidence);
        double logSigma = Math.log(sigma);
        java.util.function.DoubleFunction<PoissonLognormal> at = ls -> {
            double fixed = Math.exp(ls);
            double best = goldenSection(m -> -new PoissonLognormal(m, fixed, oneOff, cutoff).logLikelihood(s),
                    mu - RIDGE, mu + RIDGE);
            return new PoissonLognormal(best, fixed, oneOff, cutoff);
        };
        return new PoissonLognormal[] {end(s, at, logSigma, Math.log(MIN_SIGMA), limit),
            end(s, at, logSigma, Math.log(MAX_SIGMA), limit)};
    }

    /**
     * The lognormal with a lower cutoff of the rates, at its maximum-likelihood cutoff c and at the ends of c's
     * profile-likelihood confidence set {c : 2·(ℓ_max − ℓ_p(c)) ≤ χ²₁(confidence)} (Cox &amp; Hinkley 1974 §9.3; ℓ_p
     * maximised over μ, σ at this fit's w; ℓ_max the larger of this fit's and the cut fit's). The cut density
     * φ((u − μ)/σ)·e^{−e^{c − u}} keeps the lognormal's head and ends its lower tail near λ = e^c, as in a
     * population where every item that exists has occurred (Simon's process: the newest works are cited once in
     * the full corpus, none much less). The plain lognormal instead continues below the sample's rates, and a
     * larger corpus's singletons are exactly those rates: a 5% sample of 9.5 million citations rejects it (ℓ gains
     * about 40 with the cutoff) and it over-predicts the full corpus's singleton rate by 13%, while the cut fit
     * under-predicts it by 10%. Neither form is right and a sample cannot tell the lower tail's shape below its
     * own rates, so the interval spans both ({@link SpectrumExtrapolation}).
     *
     * @return {the cut fit at the maximum, at the lowest admissible c, at the highest}
     */
    PoissonLognormal[] cutoffRange(FrequencySpectrum s, double confidence) {
        double[] start = {mu, Math.log(sigma)};
        double[] step = {0.5, 0.25};
        java.util.function.DoubleFunction<PoissonLognormal> at = c -> fit(s, start, step, oneOff, c);
        double lowest = Math.max(LOWEST, mu - SPAN * sigma);
        // The profile is flat where the cutoff is below every rate that matters and falls off a cliff above the
        // observed rates, so a coarse scan over μ ± CUTOFF_SCAN·σ brackets the maximum before golden section.
        double from = Math.max(lowest, mu - CUTOFF_SCAN * sigma);
        double to = Math.min(SATURATED, mu + CUTOFF_SCAN * sigma);
        double width = (to - from) / CUTOFF_GRID;
        double best = lowest;
        double bestLikelihood = logLikelihood(s);
        for (int i = 0; i <= CUTOFF_GRID; i++) {
            double c = from + i * width;
            double l = at.apply(c).logLikelihood(s);
            if (l > bestLikelihood) {
                best = c;
                bestLikelihood = l;
            }
        }
        if (best > lowest) {
            best = goldenSection(c -> -at.apply(c).logLikelihood(s), Math.max(lowest, best - width),
                    Math.min(SATURATED, best + width), CUTOFF_TOLERANCE);
        }
        PoissonLognormal cut = at.apply(best);
        double limit = Math.max(logLikelihood(s), cut.logLikelihood(s)) - halfChiSquare(confidence);
        return new PoissonLognormal[] {cut, cut.end(s, at, best, lowest, limit),
            cut.end(s, at, best, SATURATED, limit)};
    }

    private static double halfChiSquare(double confidence) {
        double z = NormalQuantile.of(0.5 + confidence / 2);
        return z * z / 2;
    }

    /**
     * The end of a profile-likelihood confidence set along one parameter, by bisection between a value inside
     * (the estimate) and the parameter's bound: the fit at the last value found inside, or at the bound itself
     * when even that is inside.
     */
    private PoissonLognormal end(FrequencySpectrum s, java.util.function.DoubleFunction<PoissonLognormal> at,
                                 double inside, double bound, double limit) {
        PoissonLognormal atBound = at.apply(bound);
        if (atBound.logLikelihood(s) >= limit) {
            return atBound;
        }
        PoissonLognormal last = this;
        double outside = bound;
        for (int i = 0; i < BISECTIONS; i++) {
            double x = (inside + outside) / 2;
            PoissonLognormal f = at.apply(x);
            if (f.logLikelihood(s) >= limit) {
                inside = x;
                last = f;
            } else {
                outside = x;
            }
        }
        return last;
    }

    /** Golden-section minimum of a unimodal function on [a, b] (Kiefer 1953), to 1e-6 of the bracket. */
    private static double goldenSection(java.util.function.DoubleUnaryOperator f, double a, double b) {
        return goldenSection(f, a, b, 1e-6 * (1 + Math.abs(a)));
    }

    private static double goldenSection(java.util.function.DoubleUnaryOperator f, double a, double b,
                                        double tolerance) {
        double ratio = (Math.sqrt(5) - 1) / 2;
        double c = b - ratio * (b - a);
        double d = a + ratio * (b - a);
        double fc = f.applyAsDouble(c);
        double fd = f.applyAsDouble(d);
        while (b - a > tolerance) {
            if (fc < fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - ratio * (b - a);
                fc = f.applyAsDouble(c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + ratio * (b - a);
                fd = f.applyAsDouble(d);
            }
        }
        return (a + b) / 2;
    }

    private static PoissonLognormal choose(FrequencySpectrum s, double[] start, double[] step) {
        PoissonLognormal plain = fit(s, start, step, false);
        PoissonLognormal inflated = fit(s, start, step, true);
        if (inflated.oneOff() == 0) {
            return plain;
        }
        double gain = 2 * (inflated.logLikelihood(s) - plain.logLikelihood(s));
        return gain > ONE_INFLATION_CRITICAL ? inflated : plain;
    }

    static PoissonLognormal fit(FrequencySpectrum s, double[] start, double[] step, boolean oneInflated) {
        return fit(s, start, step, oneInflated ? Double.NaN : 0);
    }

    /** The fit with the one-off share fixed at {@code w}, or profiled (its closed-form maximum) when w is NaN. */
    static PoissonLognormal fit(FrequencySpectrum s, double[] start, double[] step, double w) {
        return fit(s, start, step, w, Double.NEGATIVE_INFINITY);
    }

    /** As {@link #fit(FrequencySpectrum, double[], double[], double)} with the rates' cutoff fixed at {@code cutoff}. */
    static PoissonLognormal fit(FrequencySpectrum s, double[] start, double[] step, double w, double cutoff) {
        double[] best = NelderMead.minimize(p -> {
            double sigma = Math.exp(p[1]);
            if (!(sigma >= MIN_SIGMA && sigma <= MAX_SIGMA) || Math.abs(p[0]) > 60) {
                return Double.MAX_VALUE;
            }
            double[] classes = new PoissonLognormal(p[0], sigma, 0, cutoff).classProbabilities();
            double ll = logLikelihood(s, classes, Double.isNaN(w) ? oneOffShare(s, classes) : w);
            return Double.isNaN(ll) ? Double.MAX_VALUE : -ll;
        }, start, step);
        PoissonLognormal lognormal = new PoissonLognormal(best[0], Math.exp(best[1]), 0, cutoff);
        return new PoissonLognormal(best[0], lognormal.sigma(),
                Double.isNaN(w) ? oneOffShare(s, lognormal.classProbabilities()) : w, cutoff);
    }

    /** A spectrum like s under the model: counts below CLASSES drawn Poisson around their expectation, the rest kept. */
    FrequencySpectrum resample(FrequencySpectrum s, SplittableRandom random) {
        double[] p = classProbabilities();
        double[] q = oneOffClasses();
        double seen = seen(p);
        TreeMap<Long, Long> rows = new TreeMap<>();
        for (int r = 1; r < CLASSES; r++) {
            double share = (1 - oneOff) * p[r] / seen + oneOff * q[r];
            rows.put((long) r, SpectrumExtrapolation.poisson(s.distinct() * share, random));
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.frequencyAt(i) >= CLASSES) {
                rows.put(s.frequencyAt(i), s.countAt(i));
            }
        }
        return FrequencySpectrum.of(rows);
    }
}
