package org.factfloor.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A mixture's summary: at weights 1 it is a run's summary; with fresh data it is the extrapolation's prediction. */
class MixtureSummaryTest {
    private static final EstimatorSettings SETTINGS = new EstimatorSettings(new FloorParameters(1e6, 0, 0, 0.99),
            1.96, 1);

    @Test
    void weightsOfOneGiveTheFloorsAndIntervalOfTheSummedSpectrum() {
        SplittableRandom random = new SplittableRandom(11);
        MixtureMoments factoids = new MixtureMoments(new double[] {1, 1});
        MixtureMoments entities = new MixtureMoments(new double[] {1, 1});
        long[] sums = new long[20_000];
        for (int i = 0; i < sums.length; i++) {
            long[] c = {random.nextInt(3), 1 + random.nextInt(2) * random.nextInt(3)};
            sums[i] = c[0] + c[1];
            factoids.add(c, c);
            entities.add(c, c);
        }
        FrequencySpectrum spectrum = FrequencySpectrum.ofCounts(sums);
        DomainSummary run = DomainSummary.of("d", CountUnit.DOCUMENTS, 0, spectrum, spectrum, SETTINGS, null);
        MixtureSummary mix = MixtureSummary.of("d", CountUnit.DOCUMENTS, factoids, entities, List.of(), SETTINGS);
        assertEquals(run.singletonRate(), mix.singletonRate(), 0);
        assertEquals(run.entitySingletonRate(), mix.entitySingletonRate(), 0);
        assertEquals(run.gtCiLow(), mix.goodTuring().ciLow(), 0);
        assertEquals(run.gtCiHigh(), mix.goodTuring().ciHigh(), 0);
        assertEquals(run.floorKv2024(), mix.floorKv2024(), 0);
        assertEquals(run.floorKnvz2025(), mix.floorKnvz2025(), 0);
        assertEquals(run.nNeeded(), mix.nNeeded());
        assertEquals(run.limitedBySampleSize(), mix.limitedBySampleSize());
        assertTrue(mix.floorKv2024() > 0, "the test should reach a positive floor");
        assertNull(mix.singletonRateInterval());
    }

    @Test
    void aLoneSourceWithFreshDataIsTheExtrapolationOfItsSpectrum() {
        FrequencySpectrum observed = FrequencySpectrum.ofCounts(1, 1, 1, 1, 1, 1, 2, 2, 3, 5, 8, 1, 1, 2, 1, 4, 1, 1);
        FreshData fresh = FreshData.predict(0, 3, observed, observed, ExtrapolationSettings.defaults());
        Extrapolation expected = SpectrumExtrapolation.fit(observed, ExtrapolationSettings.defaults()).to(3, 0);
        MixtureMoments moments = new MixtureMoments(new double[] {1});
        for (int i = 0; i < observed.size(); i++) {
            for (long k = 0; k < observed.countAt(i); k++) {
                moments.add(new long[] {observed.frequencyAt(i)}, new long[] {observed.frequencyAt(i)});
            }
        }
        MixtureSummary mix = MixtureSummary.of("d", CountUnit.DOCUMENTS, moments, moments, List.of(fresh), SETTINGS);
        assertEquals(3.0 * observed.n(), mix.n(), 1e-9);
        assertEquals(expected.n1().estimate(), mix.n1(), 1e-9);
        assertEquals(expected.distinct().estimate(), mix.distinct(), 1e-9);
        assertEquals(expected.n1().low() / (3.0 * observed.n()), mix.singletonRateInterval().low(), 1e-12);
        assertEquals(expected.n1().high() / (3.0 * observed.n()), mix.singletonRateInterval().high(), 1e-12);
        assertNull(mix.n2());
        assertTrue(mix.flags().get(0).startsWith("fresh_data_extrapolated"), mix.flags().toString());
        // its own curve over [0, 1] is the thinning of the observed documents alone: at 1, the observed spectrum
        assertEquals(SingletonRate.of(observed).getAsDouble(), mix.curve(0).get(10).singletonRate(), 1e-12);
    }
}
