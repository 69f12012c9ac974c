package org.factfloor.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-computed values for the singleton rate, the Good–Turing interval and both floors (DESIGN §6). */
class SingletonRateAndFloorsTest {
    private static final FloorParameters DEFAULTS = new FloorParameters(100, 0, 0, 0.99);

    @Test
    void singletonRateIsN1OverN() {
        // counts 1,1,1,2,2,5: n = 12, N1 = 3
        assertEquals(0.25, SingletonRate.of(FrequencySpectrum.ofCounts(1, 1, 1, 2, 2, 5)).getAsDouble(), 0);
    }

    @Test
    void singletonRateIsZeroWhenEveryFactoidRepeats() {
        assertEquals(0.0, SingletonRate.of(FrequencySpectrum.ofCounts(2, 3, 7)).getAsDouble(), 0);
    }

    @Test
    void singletonRateIsUndefinedNotNaNWithoutOccurrences() {
        assertTrue(SingletonRate.of(FrequencySpectrum.empty()).isEmpty());
        assertNull(GoodTuringMissingMass.estimate(FrequencySpectrum.empty(), 0.99));
        assertNull(HallucinationFloor.knvz2025(FrequencySpectrum.empty(), DEFAULTS));
        assertNull(HallucinationFloor.kv2024(FrequencySpectrum.empty(), DEFAULTS));
    }

    @Test
    void goodTuringIntervalByHand() {
        // n = 10000, N1 = 3000, γ = 0.01: half width = 1/10000 + 2.42·sqrt(ln(400)/10000)
        FrequencySpectrum s = FrequencySpectrum.of(Map.of(1L, 3000L, 7L, 1000L));
        GoodTuringMissingMass gt = GoodTuringMissingMass.estimate(s, 0.99);
        double half = 0.0001 + 2.42 * Math.sqrt(Math.log(400) / 10000);
        assertEquals(0.3, gt.missingMass(), 1e-15);
        assertEquals(0.3 - half, gt.ciLow(), 1e-15);
        assertEquals(0.3 + half, gt.ciHigh(), 1e-15);
        assertEquals(0.0593355, half, 1e-7); // 2.42 · sqrt(5.99146/10000) + 0.0001
    }

    @Test
    void goodTuringIntervalIsClippedToTheUnitInterval() {
        GoodTuringMissingMass gt = GoodTuringMissingMass.estimate(FrequencySpectrum.ofCounts(1, 5), 0.99);
        assertEquals(0.0, gt.ciLow(), 0);
        assertEquals(1.0, gt.ciHigh(), 0);
    }

    @Test
    void knvz2025FloorByHand() {
        // entity level: n = 1,000,000, N1 = 400,000; E = 100, γ = 0.01, δ = 0.
        FrequencySpectrum s = FrequencySpectrum.of(Map.of(1L, 400_000L, 2L, 300_000L));
        HallucinationFloor f = HallucinationFloor.knvz2025(s, DEFAULTS);
        double term = 6 * Math.log(3e6 / 0.01) / 1000; // 6·ln(3n/γ)/√n = 0.117116
        assertEquals(term, f.sampleSizeTerm(), 1e-15);
        assertEquals(0.4 - 0.02 - term, f.floor(), 1e-12);
        assertEquals(0.262884, f.floor(), 1e-6);
        assertTrue(f.limitedBySampleSize(), "the term 0.117 exceeds a tenth of 0.4");
        assertTrue(f.nNeeded() > 1_000_000);
        assertTrue(6 * Math.log(3.0 * f.nNeeded() / 0.01) / Math.sqrt(f.nNeeded()) < 0.04);
        assertTrue(6 * Math.log(3.0 * (f.nNeeded() - 1) / 0.01) / Math.sqrt(f.nNeeded() - 1) >= 0.04);
    }

    @Test
    void kv2024FloorByHand() {
        // factoid level: n = 1,000,000, MF = 0.4; E = 36500, γ = 0.01, Mis = 0.05.
        FrequencySpectrum s = FrequencySpectrum.of(Map.of(1L, 400_000L, 2L, 300_000L));
        HallucinationFloor f = HallucinationFloor.kv2024(s, new FloorParameters(36500, 0, 0.05, 0.99));
        double term = Math.sqrt(6 * Math.log(600) / 1e6);
        assertEquals(0.4 - 0.05 - 3 * (1 / 36500.0) / 0.01 - term, f.floor(), 1e-12);
        assertEquals(0.335586, f.floor(), 1e-6);
        assertFalse(f.limitedBySampleSize());
        // smallest n with sqrt(6 ln(600)/n) < 0.04 is floor(6·ln(600)/0.0016) + 1
        assertEquals((long) Math.floor(6 * Math.log(600) / 0.0016) + 1, f.nNeeded());
    }

    @Test
    void floorsAreNeverNegative() {
        HallucinationFloor f = HallucinationFloor.knvz2025(FrequencySpectrum.ofCounts(1, 2, 3), DEFAULTS);
        assertEquals(0.0, f.floor(), 0);
        assertTrue(f.limitedBySampleSize());
    }

    @Test
    void noSingletonsMeansNoNeedAndAZeroFloor() {
        HallucinationFloor f = HallucinationFloor.kv2024(FrequencySpectrum.ofCounts(2, 2, 3), DEFAULTS);
        assertEquals(0.0, f.floor(), 0);
        assertNull(f.nNeeded());
        assertFalse(f.limitedBySampleSize());
    }
}
