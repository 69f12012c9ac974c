package org.factfloor.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SpectrumExtrapolationTest {
    /** n = 26: N1 = 10, N2 = 5, N3 = 2. */
    private static final FrequencySpectrum SMALL = FrequencySpectrum.of(Map.of(1L, 10L, 2L, 5L, 3L, 2L));

    @Test
    void logGammaMatchesKnownValues() {
        assertEquals(0.5723649429247001, LogGamma.of(0.5), 1e-14); // ln √π
        assertEquals(12.801827480081469, LogGamma.of(10), 1e-13); // ln 9!
        assertEquals(Math.log(2.5 * 1.5), LogGamma.risingRatio(1.5, 1, 2) + Math.log(2), 1e-13); // (1.5)_2 / (1)_2
    }

    @Test
    void pitmanYorOneStepIsTheUrnsPredictiveRule() {
        PitmanYor py = new PitmanYor(0.5, 1);
        // n = 10, k = 4: a new item with probability (θ + kα)/(θ + n) = 3/11.
        assertEquals(4 + 3.0 / 11, py.distinctAfter(10, 4, 1), 1e-12);
        // n1 = 2: each old singleton stays one with probability (θ + n − 1 + α)/(θ + n) = 10.5/11, plus the new one.
        assertEquals(2 * 10.5 / 11 + 3.0 / 11, py.singletonsAfter(10, 4, 2, 1), 1e-12);
        assertEquals(2, py.singletonsAfter(10, 4, 2, 0), 0);
    }

    @Test
    void pitmanYorFromNothingGivesTheUnconditionalMoments() {
        PitmanYor py = new PitmanYor(0.5, 1);
        // Two draws: E[K_2] = 1 + (θ + α)/(θ + 1) = 1.75; E[M_{2,1}] = 2·(θ + α)/(θ + 1) = 1.5.
        assertEquals(1.75, py.distinctAfter(0, 0, 2), 1e-12);
        assertEquals(1.5, py.singletonsAfter(0, 0, 0, 2), 1e-12);
    }

    @Test
    void pitmanYorFitRecoversTheParametersOfItsOwnSample() {
        PitmanYor truth = new PitmanYor(0.6, 5);
        PitmanYor fitted = PitmanYor.fit(truth.sample(200_000, new SplittableRandom(7)));
        assertEquals(0.6, fitted.alpha(), 0.02);
        assertTrue(fitted.logLikelihood(truth.sample(1000, new SplittableRandom(8))) < 0);
        assertThrows(IllegalArgumentException.class, () -> PitmanYor.fit(FrequencySpectrum.ofCounts(1)));
    }

    @Test
    void smoothedGoodToulminWeightsTermsByTheBinomialTail() {
        // t = 2: k = ⌈½·log₃(26·4/1)⌉ = 3, q = 2/(t + 2) = 0.5, P(L ≥ 1, 2, 3) = 7/8, 1/2, 1/8.
        double[] tail = SmoothedGoodToulmin.tail(26, 2, 3);
        assertEquals(1.0, tail[0], 0);
        assertEquals(0.875, tail[1], 1e-12);
        assertEquals(0.5, tail[2], 1e-12);
        assertEquals(0.125, tail[3], 1e-12);
        // U = −[(−2)·7/8·10 + 4·1/2·5 + (−8)·1/8·2] = 9.5
        assertEquals(9.5, SmoothedGoodToulmin.newDistinct(SMALL, 2), 1e-12);
        // N1' = 3·[1·10 + 2·(−2)·7/8·5 + 3·4·1/2·2] = 13.5
        assertEquals(13.5, SmoothedGoodToulmin.singletons(SMALL, 2), 1e-12);
    }

    @Test
    void smoothedGoodToulminIsPlainGoodToulminUpToDoubling() {
        assertEquals(CorpusGrowth.estimate(SMALL, 0.5).goodToulminNewDistinct(),
                SmoothedGoodToulmin.newDistinct(SMALL, 0.5), 1e-12); // −[−5 + 1.25 − 0.25] = 4
        assertEquals(4.0, SmoothedGoodToulmin.newDistinct(SMALL, 0.5), 1e-12);
        // At t = 0 the singletons are the observed ones.
        assertEquals(10, SmoothedGoodToulmin.singletons(SMALL, 0), 1e-12);
    }

    @Test
    void sampleScalesFollowTheirFormulas() {
        SampleScale documents = SampleScale.ofDocuments(1000, 50, 400);
        assertEquals(20, documents.scale(), 1e-12);
        assertEquals(Math.sqrt(0.95 / 400), documents.relativeError(), 1e-12);
        // Ratio 0.2 per byte, residuals ±10, b̄ = 100, f = 2/10: Var(R̂) = 0.8/(2·100²)·200 = 0.008, /R² = 0.2.
        SampleScale files = SampleScale.ofFiles(new long[] {100, 100}, new long[] {10, 30}, 1000, 10, 40);
        assertEquals(5, files.scale(), 1e-12);
        assertEquals(Math.sqrt(0.2), files.relativeError(), 1e-12);
        // Identical files: no spread, so the Poisson floor sqrt((1 − 0.2)/40) remains.
        SampleScale even = SampleScale.ofFiles(new long[] {100, 100}, new long[] {20, 20}, 1000, 10, 40);
        assertTrue(!even.basis().contains("not measured"), even.basis());
        SampleScale one = SampleScale.ofFiles(new long[] {100}, new long[] {20}, 1000, 10, 20);
        assertTrue(one.basis().contains("one file read, so the spread between files is not measured"), one.basis());
        assertEquals(Math.sqrt(0.8 / 40), even.relativeError(), 1e-12);
    }

    @Test
    void predictionAtScaleOneIsTheObservedSpectrum() {
        for (ExtrapolationMethod m : List.of(ExtrapolationMethod.PITMAN_YOR,
                ExtrapolationMethod.SMOOTHED_GOOD_TOULMIN, ExtrapolationMethod.CHAO_2014)) {
            Extrapolation e = SpectrumExtrapolation.fit(SMALL, ExtrapolationSettings.defaults().withMethod(m)).to(1, 0);
            assertEquals(26, e.n().estimate(), 1e-9, m.stored());
            assertEquals(17, e.distinct().estimate(), 1e-6, m.stored());
            // Chao's coverage deficit at the sample is Chao & Jost's (f1/n)·A, not f1/n: A = 25·f̂0/(25·f̂0 + 10).
            double a = m == ExtrapolationMethod.CHAO_2014 ? 25.0 * 10 / (25.0 * 10 + 2 * 5) : 1;
            assertEquals(10 * a, e.n1().estimate(), 1e-6, m.stored());
        }
    }

    @Test
    void poissonLognormalWithANarrowLogNormalIsThePoissonLaw() {
        // σ = 0.05 around λ = 2: E[1 − e^{−sλ}] and E[sλ·e^{−sλ}] are the Poisson values within O(σ²).
        PoissonLognormal narrow = new PoissonLognormal(Math.log(2), 0.05);
        assertEquals(-Math.expm1(-2), narrow.seen(1), 2e-3);
        assertEquals(2 * Math.exp(-2), narrow.once(1), 2e-3);
        assertEquals(20 * Math.exp(-20), narrow.once(10), 1e-6);
        double[] p = narrow.classProbabilities();
        assertEquals(2 * Math.exp(-2), p[1], 2e-3);
        assertEquals(2 * Math.exp(-2), p[2], 2e-3); // λ²/2·e^{−λ} = 2e^{−2} at λ = 2
    }

    @Test
    void poissonLognormalFitRecoversItsOwnSpectrum() {
        // Expected spectrum of 20 000 items, ln λ ~ N(−1, 1.5²): the fit must return the parameters.
        PoissonLognormal truth = new PoissonLognormal(-1, 1.5);
        double[] p = truth.classProbabilities();
        Map<Long, Long> rows = new TreeMap<>();
        for (int r = 1; r < PoissonLognormal.CLASSES; r++) {
            rows.put((long) r, Math.round(20_000 * p[r]));
        }
        rows.put(40L, Math.round(20_000 * p[0]));
        PoissonLognormal fitted = PoissonLognormal.fit(FrequencySpectrum.of(rows));
        assertEquals(-1, fitted.mu(), 0.05);
        assertEquals(1.5, fitted.sigma(), 0.05);
    }

    @Test
    void chaoStopsAtItsRangeAndTinySpectraAreNotExtrapolated() {
        SpectrumExtrapolation chao = SpectrumExtrapolation.fit(SMALL,
                ExtrapolationSettings.defaults().withMethod(ExtrapolationMethod.CHAO_2014));
        assertNull(chao.to(20, 0));
        assertTrue(chao.to(3, 0) != null);
        assertNull(SpectrumExtrapolation.fit(FrequencySpectrum.ofCounts(1), ExtrapolationSettings.defaults()));
        assertThrows(IllegalArgumentException.class, () -> chao.to(0.5, 0));
    }

    /**
     * The statistical claim, on data the model is right for: in a Pitman–Yor world, the 95% interval of the
     * singleton rate 19 times beyond a sample covers the truth in at least 85% of 40 seeds (a binomial lower
     * tail of 0.95 at 40 trials makes fewer than 34 hits a 1-in-200 event).
     */
    @Test
    void pitmanYorIntervalsCoverTheTruthOfAPitmanYorWorld() {
        int hits = 0;
        int seeds = 40;
        for (int seed = 0; seed < seeds; seed++) {
            FrequencySpectrum[] prefixAndFull = prefixAndFull(new PitmanYor(0.7, 20), 2000, 40_000, seed);
            ExtrapolationSettings settings = new ExtrapolationSettings(ExtrapolationMethod.PITMAN_YOR, 0.95, 100,
                    seed);
            Extrapolation e = SpectrumExtrapolation.fit(prefixAndFull[0], settings).to(20, 0);
            double truth = (double) prefixAndFull[1].n1() / prefixAndFull[1].n();
            if (e.singletonRate().low() <= truth && truth <= e.singletonRate().high()) {
                hits++;
            }
        }
        assertTrue(hits >= 34, "coverage " + hits + "/" + seeds);
    }

    /** One Chinese-restaurant sequence of {@code full} draws; its first {@code prefix} draws are the sample. */
    static FrequencySpectrum[] prefixAndFull(PitmanYor py, int prefix, int full, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] itemOf = new int[full];
        int[] size = new int[full];
        int k = 0;
        FrequencySpectrum sample = null;
        for (int i = 0; i < full; i++) {
            if (i == prefix) {
                sample = spectrum(size, k);
            }
            int item;
            if (i == 0 || random.nextDouble() < (py.theta() + k * py.alpha()) / (py.theta() + i)) {
                item = k++;
            } else {
                do {
                    item = itemOf[random.nextInt(i)];
                } while (random.nextDouble() * size[item] < py.alpha());
            }
            itemOf[i] = item;
            size[item]++;
        }
        return new FrequencySpectrum[] {sample, spectrum(size, k)};
    }

    private static FrequencySpectrum spectrum(int[] size, int k) {
        Map<Long, Long> rows = new TreeMap<>();
        for (int j = 0; j < k; j++) {
            rows.merge((long) size[j], 1L, Long::sum);
        }
        return FrequencySpectrum.of(rows);
    }
}
