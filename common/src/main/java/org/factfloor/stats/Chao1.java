package org.factfloor.stats;

/**
 * Chao1 lower-bound estimate of the number of distinct items including unseen ones (Chao 1984; variance and log-normal
 * interval Chao 1987; bias-corrected form Chao 2005), following SpadeR's SpecAbunChao1 and SpecAbunChao1bc
 * (github.com/AnneChao/SpadeR) case by case.
 *
 * <p>With n occurrences, D distinct items, f1 singletons, f2 doubletons and k = (n−1)/n:
 * <ul>
 *   <li>Chao1-bc = D + k·f1(f1−1)/(2(f2+1)), with variance
 *       k·f1(f1−1)/(2(f2+1)) + k²·f1(2f1−1)²/(4(f2+1)²) + k²·f1²·f2·(f1−1)²/(4(f2+1)⁴) when f2 &gt; 0, and
 *       k·f1(f1−1)/2 + k²·f1(2f1−1)²/4 − k²·f1⁴/(4·Chao1-bc) when f2 = 0.</li>
 *   <li>Chao1 = D + k·f1²/(2f2) with variance f2·(k·R²/2 + k²·R³ + k²·R⁴/4), R = f1/f2, when f1, f2 &gt; 0; when
 *       f2 = 0 and f1 &gt; 1 it takes the bias-corrected form and its f2 = 0 variance; otherwise it is D.</li>
 *   <li>Interval, log-normal (Chao 1987): T = S − D, K = exp(z·sqrt(ln(1 + Var/T²))), [D + T/K, D + T·K], z the
 *       two-sided normal quantile of the confidence level.</li>
 *   <li>When the estimate equals D (T = 0; for Chao1-bc SpadeR tests T rounded to 5 decimals), there is no T to
 *       scale, so SpadeR bounds the observed count itself: Var_obs = Σ_r N_r(e^−r − e^−2r) − (Σ_r r·e^−r·N_r)²/n,
 *       P = Σ_r N_r·e^−r/D, interval [max(D, D/(1−P) − z·sqrt(Var_obs)/(1−P)), D/(1−P) + z·sqrt(Var_obs)/(1−P)],
 *       and reports Var_obs as the variance.</li>
 * </ul>
 * SpadeR uses the rounded T inside the log-normal interval as well; here the exact T is used, which moves the bounds
 * by less than 1e-5·K and never changes SpadeR's printed three decimals.
 */
public final class Chao1 {
    /** SpadeR rounds T = Chao1-bc − D to 5 decimals before testing it against zero. */
    private static final double ZERO_T = 0.5e-5;

    private Chao1() {
    }

    public static Chao1Estimate estimate(FrequencySpectrum spectrum, double confidence) {
        Confidence.check(confidence);
        long observed = spectrum.distinct();
        if (spectrum.n() == 0) {
            return Chao1Estimate.notApplicable(confidence, observed, "no occurrences (n = 0)");
        }
        double n = spectrum.n();
        double d = observed;
        double f1 = spectrum.n1();
        double f2 = spectrum.n2();
        double k = (n - 1) / n;
        double z = -NormalQuantile.of((1 - confidence) / 2);

        double classic;
        double classicVariance;
        double[] classicCi;
        if (f1 > 0 && f2 > 0) {
            double ratio = f1 / f2;
            classic = d + k * f1 * f1 / (2 * f2);
            classicVariance = f2 * (k * ratio * ratio / 2 + k * k * ratio * ratio * ratio
                    + k * k * ratio * ratio * ratio * ratio / 4);
            classicCi = logNormalInterval(d, classic, classicVariance, z);
        } else if (f1 > 1) {
            classic = d + k * f1 * (f1 - 1) / 2;
            classicVariance = varianceWithoutDoubletons(k, f1, classic);
            classicCi = logNormalInterval(d, classic, classicVariance, z);
        } else {
            classic = d;
            classicVariance = observedCountVariance(spectrum);
            classicCi = observedCountInterval(spectrum, classicVariance, z);
        }

        double biasCorrected = d + k * f1 * (f1 - 1) / (2 * (f2 + 1));
        double variance;
        double[] ci;
        if (biasCorrected - d >= ZERO_T) {
            variance = f2 > 0
                    ? k * f1 * (f1 - 1) / 2 / (f2 + 1)
                            + k * k * f1 * (2 * f1 - 1) * (2 * f1 - 1) / 4 / ((f2 + 1) * (f2 + 1))
                            + k * k * f1 * f1 * f2 * (f1 - 1) * (f1 - 1) / 4 / Math.pow(f2 + 1, 4)
                    : varianceWithoutDoubletons(k, f1, biasCorrected);
            ci = logNormalInterval(d, biasCorrected, variance, z);
        } else {
            variance = observedCountVariance(spectrum);
            ci = observedCountInterval(spectrum, variance, z);
        }

        double[] all = {classic, classicVariance, classicCi[0], classicCi[1], biasCorrected, variance, ci[0], ci[1]};
        for (double value : all) {
            if (!Double.isFinite(value)) {
                return Chao1Estimate.notApplicable(confidence, observed,
                        "Chao1 or its interval overflows double precision at confidence " + confidence);
            }
        }
        return new Chao1Estimate(true, null, confidence, observed, classic, classicVariance, classicCi[0],
                classicCi[1], biasCorrected, variance, ci[0], ci[1]);
    }

    /** SpadeR's variance for the estimate D + k·f1(f1−1)/2 used when there are no doubletons. */
    private static double varianceWithoutDoubletons(double k, double f1, double estimate) {
        double v = k * f1 * (f1 - 1) / 2 + k * k * f1 * (2 * f1 - 1) * (2 * f1 - 1) / 4
                - k * k * f1 * f1 * f1 * f1 / 4 / estimate;
        return Math.max(0, v);
    }

    /** Chao (1987) log-normal interval: the unseen count T = S − D is taken as log-normal, so the bound stays ≥ D. */
    private static double[] logNormalInterval(double d, double estimate, double variance, double z) {
        double t = estimate - d;
        double kFactor = Math.exp(z * Math.sqrt(Math.log1p(variance / (t * t))));
        return new double[] {d + t / kFactor, d + t * kFactor};
    }

    /** Variance of the observed count D under Poisson sampling, SpadeR's fallback when nothing is estimated unseen. */
    private static double observedCountVariance(FrequencySpectrum spectrum) {
        double sum = 0;
        double weighted = 0;
        for (int i = 0; i < spectrum.size(); i++) {
            double r = spectrum.frequencyAt(i);
            double nR = spectrum.countAt(i);
            double e = Math.exp(-r);
            sum += nR * (e - e * e);
            weighted += r * e * nR;
        }
        return Math.max(0, sum - weighted * weighted / spectrum.n());
    }

    /** SpadeR's interval around D/(1 − P), P = Σ N_r·e^−r / D the chance an observed item would have been missed. */
    private static double[] observedCountInterval(FrequencySpectrum spectrum, double variance, double z) {
        double d = spectrum.distinct();
        double missed = 0;
        for (int i = 0; i < spectrum.size(); i++) {
            missed += spectrum.countAt(i) * Math.exp(-(double) spectrum.frequencyAt(i));
        }
        double p = missed / d;
        double centre = d / (1 - p);
        double halfWidth = z * Math.sqrt(variance) / (1 - p);
        return new double[] {Math.max(d, centre - halfWidth), centre + halfWidth};
    }
}
