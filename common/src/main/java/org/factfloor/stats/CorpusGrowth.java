package org.factfloor.stats;

/**
 * Extrapolated distinct items and missing mass for a corpus grown by a factor t (Chao et al. 2014, Ecological
 * Monographs 84:45–67; the estimators of iNEXT), and the Good–Toulmin (1956) series for t ≤ 1.
 *
 * <p>With n occurrences, f1 singletons, f2 doubletons and m* = t·n added occurrences:
 * <ul>
 *   <li>f̂0 = ((n−1)/n)·f1²/(2f2), or ((n−1)/n)·f1(f1−1)/2 when f2 = 0 (Chao1's unseen count);</li>
 *   <li>A = n·f̂0/(n·f̂0 + f1), which equals iNEXT's (n−1)f1/((n−1)f1 + 2f2) (or (n−1)(f1−1)/((n−1)(f1−1) + 2) when
 *       f2 = 0); A = 1 when f1 = 0, so nothing new is expected;</li>
 *   <li>new distinct items = f̂0·(1 − A^m*);</li>
 *   <li>missing mass after growth = (f1/n)·A^(m*+1), the coverage deficit 1 − Ĉ(n + m*) (Chao &amp; Jost 2012).</li>
 * </ul>
 * Good–Toulmin: −Σ_r (−t)^r·N_r; for t &gt; 1 its alternating terms grow without bound, so it is reported as null.
 */
public final class CorpusGrowth {
    private CorpusGrowth() {
    }

    public static GrowthEstimate estimate(FrequencySpectrum spectrum, double factor) {
        if (!(factor >= 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("corpus growth factor must be finite and >= 0 (1 = doubled), got "
                    + factor);
        }
        long nLong = spectrum.n();
        if (nLong == 0) {
            return new GrowthEstimate(factor, null, null, null, "no occurrences (n = 0): nothing to extrapolate from");
        }
        double n = nLong;
        double f1 = spectrum.n1();
        double f2 = spectrum.n2();
        double added = factor * n;

        double unseen = f2 > 0 ? (n - 1) / n * f1 * f1 / (2 * f2) : (n - 1) / n * f1 * (f1 - 1) / 2;
        double newDistinct;
        double missingMass;
        if (f1 == 0) {
            // A = 1: no singletons, no evidence of unseen items.
            newDistinct = 0;
            missingMass = 0;
        } else if (unseen == 0) {
            // A = 0 (a lone singleton without doubletons, or n = 1): f̂0 = 0, and A^(m*+1) = 0 for every m* >= 0.
            newDistinct = 0;
            missingMass = 0;
        } else {
            // ln A = −ln(1 + f1/(n·f̂0)); expm1 keeps 1 − A^m* exact when A is close to 1.
            double logA = -Math.log1p(f1 / (n * unseen));
            newDistinct = -unseen * Math.expm1(added * logA);
            missingMass = f1 / n * Math.exp((added + 1) * logA);
        }

        Double goodToulmin = null;
        String reason = null;
        if (factor <= 1) {
            goodToulmin = goodToulmin(spectrum, factor);
        } else {
            reason = "Good-Toulmin diverges for growth factor t > 1 (t = " + factor + ")";
        }
        return new GrowthEstimate(factor, newDistinct, missingMass, goodToulmin, reason);
    }

    /** −Σ_r (−t)^r·N_r (Good &amp; Toulmin 1956), for 0 ≤ t ≤ 1. */
    private static double goodToulmin(FrequencySpectrum spectrum, double t) {
        double sum = 0;
        for (int i = 0; i < spectrum.size(); i++) {
            long r = spectrum.frequencyAt(i);
            double term = Math.pow(t, r) * spectrum.countAt(i);
            sum += (r % 2 == 1) ? term : -term;
        }
        return sum;
    }
}
