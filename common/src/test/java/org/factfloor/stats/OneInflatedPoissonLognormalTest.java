package org.factfloor.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The one-inflated Poisson–lognormal (Godwin &amp; Böhning 2017) and the confidence set of its one-off share. */
class OneInflatedPoissonLognormalTest {
    /** The expected spectrum of `items` items under a model: classes 1 … 15 and the rest at r = 40. */
    private static FrequencySpectrum expected(PoissonLognormal m, double items) {
        double[] p = m.classProbabilities();
        double seen = 0;
        for (double x : p) {
            seen += x;
        }
        double distinct = items * seen / (1 - m.oneOff());
        Map<Long, Long> rows = new TreeMap<>();
        for (int r = 1; r < PoissonLognormal.CLASSES; r++) {
            rows.put((long) r, Math.round(distinct * ((1 - m.oneOff()) * p[r] / seen + (r == 1 ? m.oneOff() : 0))));
        }
        rows.put(40L, Math.round(distinct * (1 - m.oneOff()) * p[0] / seen));
        return FrequencySpectrum.of(rows);
    }

    @Test
    void oneOffsAddSingletonsAndDistinctItemsInProportionToSize() {
        // σ = 0.05 around λ = 2: the lognormal part is the Poisson law; a quarter of the seen items are one-offs.
        PoissonLognormal m = new PoissonLognormal(Math.log(2), 0.05, 0.25);
        double seen1 = m.seen(1);
        // At s = 10 with D = 100 seen: 75·(1 − e^{−20})/(1 − e^{−2}) + 25·10 distinct,
        // 75·20e^{−20}/(1 − e^{−2}) + 250 once.
        assertEquals(75 * m.seen(10) / seen1 + 250, m.distinctAt(10, 100), 1e-9);
        assertEquals(75 * m.once(10) / seen1 + 250, m.singletonsAt(10, 100), 1e-9);
        assertEquals(75 * (-Math.expm1(-20)) / (-Math.expm1(-2)) + 250, m.distinctAt(10, 100), 0.3);
        assertEquals(100, m.distinctAt(1, 100), 1e-9); // at the sample's own size: what was seen
    }

    @Test
    void theFitFindsTheOneOffsOfAHeadWithAStreamOfOneOffsAndNoneInAPlainTail() {
        // A head of frequent items (ln λ ~ N(2, 0.5²)) beside 30% one-offs: the capitals shape.
        PoissonLognormal truth = new PoissonLognormal(2, 0.5, 0.3);
        PoissonLognormal fitted = PoissonLognormal.fit(expected(truth, 2000));
        assertEquals(0.3, fitted.oneOff(), 0.02);
        assertEquals(2, fitted.mu(), 0.1);
        // A plain long tail: the likelihood-ratio test keeps w = 0.
        PoissonLognormal plain = PoissonLognormal.fit(expected(new PoissonLognormal(-1, 1.5), 20_000));
        assertEquals(0, plain.oneOff(), 0);
    }

    @Test
    void theOneOffRangeHoldsTheEstimateAndEndsWhereTheLikelihoodHasDroppedByHalfTheChiSquareQuantile() {
        FrequencySpectrum s = expected(new PoissonLognormal(1.5, 0.6, 0.1), 300);
        PoissonLognormal fit = PoissonLognormal.fit(s);
        PoissonLognormal[] range = fit.oneOffRange(s, 0.95);
        assertTrue(range[0].oneOff() <= fit.oneOff() && fit.oneOff() <= range[1].oneOff(),
                range[0] + " " + fit + " " + range[1]);
        double drop = fit.logLikelihood(s) - range[1].logLikelihood(s);
        assertTrue(drop <= 1.96 * 1.96 / 2 + 1e-9 && drop > 1.0, "drop at the upper end " + drop);
        assertTrue(range[1].oneOff() > fit.oneOff() + 0.02, "a 300-item sample leaves doubt about w");
    }

    @Test
    void theIntervalHoldsEveryAdmissibleOneOffShareAndTheSelfCheckWidensIt() {
        FrequencySpectrum s = expected(new PoissonLognormal(1.5, 0.6, 0.05), 300);
        SpectrumExtrapolation fit = SpectrumExtrapolation.fit(s, new ExtrapolationSettings(
                ExtrapolationMethod.POISSON_LOGNORMAL, 0.95, 40, 5));
        PoissonLognormal model = PoissonLognormal.fit(s);
        PoissonLognormal high = model.oneOffRange(s, 0.95)[1];
        Extrapolation e = fit.to(20, 0);
        double highRate = high.singletonsAt(20, s.distinct()) / (s.n() * 20.0);
        assertTrue(e.singletonRate().high() >= highRate, e.singletonRate() + " vs " + highRate);
        assertTrue(e.n1().high() >= high.singletonsAt(20, s.distinct()), e.n1().toString());
    }

    @Test
    void thinningKeepsEachOccurrenceWithItsProbability() {
        // 2000 items seen 3 times and 500 seen 100 times, thinned at q = 1/4, 200 times: E[N'_k] = Σ N_r·Bin(r, q)(k).
        FrequencySpectrum s = FrequencySpectrum.of(Map.of(3L, 2000L, 100L, 500L));
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        double n1 = 0;
        double n3 = 0;
        double n = 0;
        int draws = 200;
        for (int i = 0; i < draws; i++) {
            FrequencySpectrum t = SpectrumThinning.thin(s, 0.25, random);
            n1 += t.n1();
            n3 += t.count(3);
            n += t.n();
        }
        assertEquals(2000 * 3 * 0.25 * 0.75 * 0.75, n1 / draws, 3); // 843.75; Bin(100, ¼) adds ~1e-11
        assertEquals(2000 * 0.25 * 0.25 * 0.25, n3 / draws, 1); // 31.25
        assertEquals(0.25 * s.n(), n / draws, 10); // 14 000 × ¼
    }

    @Test
    void repeatBoundsAreGarwoodsPoissonLimits() {
        // Exact limits: χ²(0.975; 2)/2 = 3.689 for 0 seen, χ²(0.025; 20)/2 = 4.795 and χ²(0.975; 22)/2 = 18.39 for 10.
        assertEquals(3.689, RepeatBounds.garwood(1, 1.959964), 0.03);
        assertEquals(4.795, RepeatBounds.garwood(10, -1.959964), 0.02);
        assertEquals(18.39, RepeatBounds.garwood(11, 1.959964), 0.02);
        FrequencySpectrum s = FrequencySpectrum.of(Map.of(1L, 80L, 2L, 10L, 5L, 3L));
        java.util.List<FrequencySpectrum> bounds = RepeatBounds.of(s, 0.95);
        assertEquals(5, bounds.get(0).n2());
        assertEquals(18, bounds.get(1).n2());
        assertEquals(80, bounds.get(1).n1());
        assertEquals(1, RepeatBounds.of(FrequencySpectrum.ofCounts(1, 1, 1), 0.95).size());
    }

    @Test
    void aSampleOfSingletonsOnlyDoesNotClaimThatNothingWillRepeat() {
        // 60 facts, each seen once, at a 5% sample: the fit says "rate 1", but 0 doubletons allow up to 3.7 of them,
        // and at 20 times the size so few repeats would already lower the rate: the interval must reach well below 1.
        FrequencySpectrum singletons = FrequencySpectrum.of(Map.of(1L, 60L));
        Extrapolation e = SpectrumExtrapolation.fit(singletons, ExtrapolationSettings.defaults()).to(20, 0.1);
        assertTrue(e.singletonRate().estimate() > 0.95, e.singletonRate().toString());
        assertTrue(e.singletonRate().low() < 0.7, e.singletonRate().toString());
    }
}
