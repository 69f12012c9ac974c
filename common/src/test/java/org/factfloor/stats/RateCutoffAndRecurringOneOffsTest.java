package org.factfloor.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The two forms the default estimator's interval spans beyond the plain one-inflated lognormal: a lower cutoff of
 * the rates ({@link PoissonLognormal#cutoffRange}) and one-offs that recur at a common rate
 * ({@link PoissonLognormal#oneOffRateEnd}).
 */
class RateCutoffAndRecurringOneOffsTest {
    /** The expected spectrum of {@code items} items of a model without one-offs: classes 1 … 15, the rest at 40. */
    private static FrequencySpectrum expected(PoissonLognormal m, double items) {
        double[] p = m.classProbabilities();
        Map<Long, Long> rows = new TreeMap<>();
        for (int r = 1; r < PoissonLognormal.CLASSES; r++) {
            rows.put((long) r, Math.round(items * p[r]));
        }
        rows.put(40L, Math.round(items * p[0]));
        rows.values().removeIf(c -> c == 0);
        return FrequencySpectrum.of(rows);
    }

    @Test
    void recurringOneOffsFollowTheZeroTruncatedPoissonLaw() {
        // σ = 0.05 around λ = 2, a quarter of the 100 seen items one-offs of rate ρ = 0.1: at s = 20 each seen
        // one-off stands for (1 − e^{−2})/(1 − e^{−0.1}) = 9.0862 seen and 2e^{−2}/(1 − e^{−0.1}) = 2.8443 once.
        PoissonLognormal recurring = new PoissonLognormal(Math.log(2), 0.05, 0.25, Double.NEGATIVE_INFINITY,
                Math.log(0.1));
        PoissonLognormal once = new PoissonLognormal(Math.log(2), 0.05, 0.25);
        double lognormalPart = once.distinctAt(20, 100) - 25 * 20;
        assertEquals(lognormalPart + 25 * 9.08615, recurring.distinctAt(20, 100), 1e-3);
        assertEquals(once.singletonsAt(20, 100) - 25 * 20 + 25 * 2.84432, recurring.singletonsAt(20, 100), 1e-3);
        assertEquals(100, recurring.distinctAt(1, 100), 1e-9); // at the sample's own size: what was seen
        // As ρ → 0 they are one-offs again: s each.
        PoissonLognormal rare = new PoissonLognormal(Math.log(2), 0.05, 0.25, Double.NEGATIVE_INFINITY, -30);
        assertEquals(once.singletonsAt(20, 100), rare.singletonsAt(20, 100), 1e-6);
    }

    @Test
    void theSampleDoubletonsBoundTheOneOffsRate() {
        // A head (ln λ ~ N(2, 0.5²)) beside 30% one-offs, 2,000 items: the fit keeps w ≈ 0.3 with true one-offs.
        PoissonLognormal truth = new PoissonLognormal(2, 0.5, 0.3);
        double[] p = truth.classProbabilities();
        double seen = 0;
        for (double x : p) {
            seen += x;
        }
        Map<Long, Long> rows = new TreeMap<>();
        double distinct = 2000 * seen / 0.7;
        for (int r = 1; r < PoissonLognormal.CLASSES; r++) {
            rows.put((long) r, Math.round(distinct * (0.7 * p[r] / seen + (r == 1 ? 0.3 : 0))));
        }
        rows.put(40L, Math.round(distinct * 0.7 * p[0] / seen));
        FrequencySpectrum s = FrequencySpectrum.of(rows);
        PoissonLognormal fit = PoissonLognormal.fit(s);
        PoissonLognormal end = fit.oneOffRateEnd(s, 0.95);
        assertTrue(end.oneOffRate() > -25 && end.oneOffRate() < 0, "an admitted rate below one: " + end);
        double drop = fit.logLikelihood(s) - end.logLikelihood(s);
        assertTrue(drop <= 1.96 * 1.96 / 2 + 1e-9 && drop > 1.0, "drop at the end " + drop);
        assertTrue(end.singletonsAt(100, s.distinct()) < fit.singletonsAt(100, s.distinct()),
                "recurring one-offs leave fewer singletons at 100 times the size");
        PoissonLognormal plain = PoissonLognormal.fit(expected(new PoissonLognormal(-1, 1.5), 20_000));
        assertEquals(plain, plain.oneOffRateEnd(expected(new PoissonLognormal(-1, 1.5), 20_000), 0.95));
    }

    @Test
    void aCutoffFarBelowTheRatesIsThePlainLognormal() {
        double[] plain = new PoissonLognormal(-1, 1.5).classProbabilities();
        double[] cut = new PoissonLognormal(-1, 1.5, 0, -40).classProbabilities();
        for (int r = 0; r < plain.length; r++) {
            assertEquals(plain[r], cut[r], 1e-15, "class " + r);
        }
    }

    @Test
    void theCutoffIsFoundWhereTheRatesEndAndPredictsFewerSingletonsThanTheContinuedTail() {
        // Rates with a long lower tail (ln λ ~ N(−2, 2²)) that ends near λ = e^{−3}: the shape of Simon's process.
        PoissonLognormal truth = new PoissonLognormal(-2, 2, 0, -3);
        FrequencySpectrum s = expected(truth, 200_000);
        PoissonLognormal plain = PoissonLognormal.fit(s);
        PoissonLognormal[] range = plain.cutoffRange(s, 0.95);
        assertEquals(-3, range[0].cutoff(), 0.3, "the cut fit at its maximum: " + range[0]);
        assertTrue(range[1].cutoff() < -3 && -3 < range[2].cutoff(), "the set holds the true cutoff: " + range[1]
                + " " + range[2]);
        // Weakly identified (47,000 seen items gain 2.75 in ℓ), but the plain form is outside the 95% set.
        double gain = range[0].logLikelihood(s) - plain.logLikelihood(s);
        assertTrue(gain > 1.96 * 1.96 / 2 && gain < 5, "gain " + gain);
        double truthAt20 = truth.singletonsAt(20, s.distinct());
        assertEquals(truthAt20, range[0].singletonsAt(20, s.distinct()), 0.01 * truthAt20);
        assertTrue(plain.singletonsAt(20, s.distinct()) > 1.5 * truthAt20,
                "the plain lognormal continues the tail below the rates and over-predicts");
        assertTrue(range[2].singletonsAt(20, s.distinct()) < truthAt20
                && truthAt20 < range[1].singletonsAt(20, s.distinct()), "the set's ends bracket the truth");
    }
}
