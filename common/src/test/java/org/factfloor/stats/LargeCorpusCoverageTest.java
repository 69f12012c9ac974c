package org.factfloor.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.factfloor.sample.SimonProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Coverage at the 4 GB corpus's scale, where the intervals of a 5% sample are a few hundredths wide and the
 * estimator's misfit, not its sampling noise, decides whether they hold the truth. The full corpus is a Simon
 * process of 10 million citations (a new work with probability 0.35, as the generator's citations; the 4 GB corpus
 * holds 9.5 million), built here from a fixed seed; each sample is its spectrum thinned at 5%, what a document
 * sample does to every work's count. Before the rates' lower cutoff entered the interval, 0 of these 5 seeds were
 * covered (a 13% over-prediction against intervals 0.03 wide).
 */
class LargeCorpusCoverageTest {
    private static final int MENTIONS = 10_000_000;
    private static final double NEW_WORK = 0.35;
    private static final double FRACTION = 0.05;
    private static final int SEEDS = 5;
    private static FrequencySpectrum full;

    @BeforeAll
    static void simonProcess() {
        full = SimonProcess.spectrum(MENTIONS, NEW_WORK, 20_261_201);
    }

    @Test
    void theFullCorpusIsSimonsProcess() {
        assertEquals(MENTIONS, full.n());
        // Yule–Simon: distinct/n → α, N1/distinct → ρ/(ρ + 1) with ρ = 1/(1 − α) (Simon 1955, Biometrika 42:425)
        assertEquals(NEW_WORK, (double) full.distinct() / full.n(), 0.001);
        double rho = 1 / (1 - NEW_WORK);
        assertEquals(rho / (rho + 1), (double) full.n1() / full.distinct(), 0.005);
    }

    @Test
    void fivePercentSamplesHoldTheFullCorpusAtItsSize() {
        double trueRate = (double) full.n1() / full.n();
        int rate = 0;
        int singletons = 0;
        int distinct = 0;
        StringBuilder seen = new StringBuilder();
        for (int seed = 0; seed < SEEDS; seed++) {
            FrequencySpectrum sample = SpectrumThinning.thin(full, FRACTION, new SplittableRandom(seed));
            SpectrumExtrapolation fit = SpectrumExtrapolation.fit(sample, new ExtrapolationSettings(
                    ExtrapolationMethod.POISSON_LOGNORMAL, 0.95, 50, seed));
            Extrapolation e = fit.to((double) full.n() / sample.n(), Math.sqrt((1 - FRACTION) / sample.n()));
            rate += holds(e.singletonRate(), trueRate);
            singletons += holds(e.n1(), full.n1());
            distinct += holds(e.distinct(), full.distinct());
            seen.append(String.format(java.util.Locale.ROOT, " %.4f [%.4f, %.4f]", e.singletonRate().estimate(),
                    e.singletonRate().low(), e.singletonRate().high()));
        }
        String context = "truth " + trueRate + ", predicted" + seen;
        assertTrue(rate >= SEEDS - 1, "singleton rate covered in " + rate + "/" + SEEDS + ": " + context);
        assertTrue(singletons >= SEEDS - 1, "N1 covered in " + singletons + "/" + SEEDS + ": " + context);
        assertTrue(distinct >= SEEDS - 1, "distinct covered in " + distinct + "/" + SEEDS + ": " + context);
    }

    private static int holds(Interval interval, double truth) {
        return interval.low() <= truth && truth <= interval.high() ? 1 : 0;
    }
}
