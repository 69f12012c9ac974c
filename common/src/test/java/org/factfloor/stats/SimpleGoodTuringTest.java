package org.factfloor.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimpleGoodTuringTest {

    /** Relative tolerance for reference values printed with 7 significant figures (R's default print width). */
    private static final double SEVEN_FIGURES = 1e-6;

    /**
     * Gale &amp; Sampson (1995) prosody data, (r, N_r), n = 30902. The data and the expected outputs are transcribed in
     * github.com/zack112358/simple-good-turing-estimation, sgt.py, class ProsodyTest (values to 7 significant figures;
     * "output" there is the renormalised r*, i.e. p_r·n, and norm_constant = (1 − P0)·n/N').
     */
    private static final long[][] PROSODY = {
        {1, 120}, {2, 40}, {3, 24}, {4, 13}, {5, 15}, {6, 5}, {7, 11}, {8, 2}, {9, 2}, {10, 1}, {12, 3}, {14, 2},
        {15, 1}, {16, 1}, {17, 3}, {19, 1}, {20, 3}, {21, 2}, {23, 3}, {24, 3}, {25, 3}, {26, 2}, {27, 2}, {28, 1},
        {31, 2}, {32, 2}, {33, 1}, {34, 2}, {36, 2}, {41, 3}, {43, 1}, {45, 3}, {46, 1}, {47, 1}, {50, 1}, {71, 1},
        {84, 1}, {101, 1}, {105, 1}, {121, 1}, {124, 1}, {146, 1}, {162, 1}, {193, 1}, {199, 1}, {224, 1}, {226, 1},
        {254, 1}, {257, 1}, {339, 1}, {421, 1}, {456, 1}, {481, 1}, {483, 1}, {1140, 1}, {1256, 1}, {1322, 1},
        {1530, 1}, {2131, 1}, {2395, 1}, {6925, 1}, {7846, 1}};

    /** Same source, class ChinesePluralsTest: Gale &amp; Sampson's Chinese plurals data, n = 6551. */
    private static final long[][] CHINESE_PLURALS = {
        {1, 268}, {2, 112}, {3, 70}, {4, 41}, {5, 24}, {6, 14}, {7, 15}, {8, 14}, {9, 8}, {10, 11}, {11, 9},
        {12, 6}, {13, 6}, {14, 3}, {15, 7}, {16, 9}, {17, 4}, {18, 4}, {19, 8}, {20, 2}, {21, 4}, {22, 2}, {23, 2},
        {24, 3}, {25, 4}, {26, 4}, {27, 4}, {28, 1}, {29, 1}, {31, 2}, {33, 1}, {39, 3}, {41, 1}, {46, 1}, {47, 1},
        {50, 1}, {52, 2}, {53, 1}, {55, 1}, {57, 1}, {60, 1}, {74, 1}, {84, 1}, {108, 1}, {109, 1}, {177, 1},
        {400, 1}, {1918, 1}};

    @Test
    void prosodyExampleReproducesPublishedFitAndEstimates() {
        SgtEstimate sgt = SimpleGoodTuring.estimate(spectrum(PROSODY), 1.96);
        assertTrue(sgt.applicable(), sgt.reason());
        long n = 30902;
        // zack112358/simple-good-turing-estimation sgt.py ProsodyTest: a, b = (4.468558, -1.389374), P0 0.003883244.
        assertRelative(4.468558, sgt.intercept(), SEVEN_FIGURES);
        assertRelative(-1.389374, sgt.slope(), SEVEN_FIGURES);
        assertRelative(0.003883244, sgt.p0(), SEVEN_FIGURES);
        double normConstant = 0.9991445; // ProsodyTest.norm_constant = (1 − P0)·n/N'
        Map<Long, Double> renormalised = new LinkedHashMap<>();
        renormalised.put(1L, 0.7628079);
        renormalised.put(2L, 1.706448);
        renormalised.put(3L, 2.679796);
        renormalised.put(4L, 3.663988);
        renormalised.put(5L, 4.653366);
        renormalised.put(10L, 9.627446);
        renormalised.put(12L, 11.62182);
        renormalised.put(50L, 49.57351);
        renormalised.put(481L, 480.2);
        renormalised.put(1140L, 1138.636);
        renormalised.put(6925L, 6918.687);
        renormalised.put(7846L, 7838.899);
        renormalised.forEach((r, expected) -> {
            assertRelative(expected / n, sgt.p(r).getAsDouble(), SEVEN_FIGURES);
            assertRelative(expected / normConstant, sgt.rStar(r).getAsDouble(), SEVEN_FIGURES);
        });
        // |Turing − smoothed| at r = 1 is 0.097 < 1.96·0.122, so every r* is smoothed.
        assertEquals(1L, sgt.firstSmoothedR());
    }

    @Test
    void chinesePluralsExampleMatchesGaleAndSampsonsTenPercentSwitchCriterion() {
        // ChinesePluralsTest in the same file: a, b = (6.683387, -1.964591), P0 0.04090978, norm 1.006782. Its r* keep
        // the Turing estimate at r = 1 and r = 2, which is what the 1.65 criterion (p < 0.1) gives.
        SgtEstimate sgt = SimpleGoodTuring.estimate(spectrum(CHINESE_PLURALS), SimpleGoodTuring.GALE_SWITCH_THRESHOLD);
        assertTrue(sgt.applicable(), sgt.reason());
        long n = 6551;
        assertRelative(6.683387, sgt.intercept(), SEVEN_FIGURES);
        assertRelative(-1.964591, sgt.slope(), SEVEN_FIGURES);
        assertRelative(0.04090978, sgt.p0(), SEVEN_FIGURES);
        double normConstant = 1.006782;
        Map<Long, Double> renormalised = new LinkedHashMap<>();
        renormalised.put(1L, 0.8414893);
        renormalised.put(2L, 1.887716);
        renormalised.put(3L, 2.288452);
        renormalised.put(4L, 3.247259);
        renormalised.put(10L, 9.183503);
        renormalised.put(60L, 59.45142);
        renormalised.put(400L, 401.744);
        renormalised.put(1918L, 1930.037);
        renormalised.forEach((r, expected) -> {
            assertRelative(expected / n, sgt.p(r).getAsDouble(), SEVEN_FIGURES);
            assertRelative(expected / normConstant, sgt.rStar(r).getAsDouble(), 2e-6);
        });
        // Turing estimates, exact: 2·112/268 and 3·70/112.
        assertEquals(2.0 * 112 / 268, sgt.rStar(1).getAsDouble(), 1e-15);
        assertEquals(3.0 * 70 / 112, sgt.rStar(2).getAsDouble(), 1e-15);
        assertEquals(3L, sgt.firstSmoothedR());
    }

    @Test
    void switchRuleAtOnePointNineSixSmoothsEarlierThanAtOnePointSixFive() {
        // Chinese plurals, r = 2: x = 1.875, y = 3·1.5^b = 1.352614, σ = sqrt(9·70/112²·(1 + 70/112)) = 0.285679.
        // |x − y| = 0.5224 lies between 1.65σ = 0.4714 and 1.96σ = 0.5599: sgt.c's default switches here.
        SgtEstimate sgt = SimpleGoodTuring.estimate(spectrum(CHINESE_PLURALS));
        assertEquals(SimpleGoodTuring.DEFAULT_SWITCH_THRESHOLD, sgt.switchThreshold());
        assertEquals(2.0 * 112 / 268, sgt.rStar(1).getAsDouble(), 1e-15);
        assertEquals(sgt.smoothedRStar(2).getAsDouble(), sgt.rStar(2).getAsDouble(), 1e-15);
        assertEquals(1.352614, sgt.rStar(2).getAsDouble(), 1e-6);
        assertEquals(2L, sgt.firstSmoothedR());
    }

    @Test
    void edgeRGoodTuringOutputIsReproducedToTenDecimals() {
        // github.com/omics-rust/rsomics-edger-goodturing, tests/golden/golden_gt.tsv, sample s1: edgeR::goodTuring
        // (Sampson's sgt.c in C++, conf = 1.96) proportions printed with %.10f by tests/goodturing_oracle.R.
        long[][] s1 = {{1, 73}, {2, 37}, {3, 26}, {4, 9}, {5, 15}, {6, 10}, {7, 7}, {8, 9}, {9, 7}, {10, 2}, {11, 6},
            {12, 2}, {13, 3}, {14, 2}, {15, 4}, {16, 1}, {17, 1}, {20, 1}, {22, 1}, {28, 1}, {31, 1}};
        SgtEstimate sgt = SimpleGoodTuring.estimate(spectrum(s1), 1.96);
        assertRelative(0.0767613039, sgt.p0(), 1e-9);
        assertRelative(0.0010893368, sgt.p(1).getAsDouble(), 1e-7);
        assertRelative(0.0015654190, sgt.p(2).getAsDouble(), 1e-7);
        assertRelative(0.0025745920, sgt.p(3).getAsDouble(), 1e-7);
        assertRelative(0.0099746150, sgt.p(10).getAsDouble(), 1e-7);
        assertRelative(0.0206880413, sgt.p(20).getAsDouble(), 1e-7);
        assertRelative(0.0324964962, sgt.p(31).getAsDouble(), 1e-7);

        // Sample s4 of the same file.
        long[][] s4 = {{1, 64}, {2, 27}, {3, 30}, {4, 19}, {5, 12}, {6, 9}, {7, 10}, {8, 4}, {9, 5}, {10, 8}, {11, 2},
            {12, 3}, {13, 4}, {14, 4}, {15, 1}, {16, 4}, {17, 2}, {18, 3}, {19, 1}, {20, 1}, {21, 1}, {34, 1}};
        SgtEstimate sgt4 = SimpleGoodTuring.estimate(spectrum(s4), 1.96);
        assertRelative(0.0608365019, sgt4.p0(), 1e-9);
        assertRelative(0.0006251810, sgt4.p(1).getAsDouble(), 1e-7);
        assertRelative(0.0015169188, sgt4.p(2).getAsDouble(), 1e-7);
        assertRelative(0.0332079786, sgt4.p(34).getAsDouble(), 1e-7);
    }

    @Test
    void probabilitiesOfSeenAndUnseenItemsSumToOne() {
        SgtEstimate sgt = SimpleGoodTuring.estimate(spectrum(PROSODY));
        FrequencySpectrum s = spectrum(PROSODY);
        double total = sgt.p0();
        for (SpectrumRow row : s.rows()) {
            total += row.nR() * sgt.p(row.r()).getAsDouble();
        }
        assertEquals(1.0, total, 1e-12);
    }

    @Test
    void smallSpectrumIsComputedByHand() {
        // N1 = 4, N2 = 1; n = 6. Z1 = 2·4/(2 − 0) = 4, Z2 = 2·1/(2·2 − 1 − 1) = 1 → b = ln(1/4)/ln 2 = −2, a = ln 4.
        // r = 1: x = 2·1/4 = 0.5, y = 2·2^−2 = 0.5 → |x − y| = 0 ≤ 1.96σ, smoothed from r = 1.
        // r* = (0.5, 3·1.5^−2 = 4/3); N' = 4·0.5 + 4/3 = 10/3; P0 = 4/6; p1 = (1/3)·0.5/(10/3) = 0.05, p2 = 2/15.
        SgtEstimate sgt = SimpleGoodTuring.estimate(FrequencySpectrum.ofCounts(1, 1, 1, 1, 2));
        assertTrue(sgt.applicable());
        assertNull(sgt.reason());
        assertEquals(Math.log(4), sgt.intercept(), 1e-15);
        assertEquals(-2.0, sgt.slope(), 1e-15);
        assertEquals(4.0 / 6, sgt.p0(), 1e-15);
        assertEquals(0.5, sgt.rStar(1).getAsDouble(), 1e-15);
        assertEquals(4.0 / 3, sgt.rStar(2).getAsDouble(), 1e-15);
        assertEquals(0.05, sgt.p(1).getAsDouble(), 1e-15);
        assertEquals(2.0 / 15, sgt.p(2).getAsDouble(), 1e-15);
        assertEquals(1L, sgt.firstSmoothedR());
    }

    @Test
    void smoothedRStarFollowsTheFittedLineBetweenObservedFrequencies() {
        SgtEstimate sgt = SimpleGoodTuring.estimate(FrequencySpectrum.ofCounts(1, 1, 1, 1, 2));
        // b = −2: (r+1)·((r+1)/r)^−2 = r²/(r+1).
        assertEquals(2.25 / 2.5, sgt.smoothedRStar(1.5).getAsDouble(), 1e-15);
        assertEquals(100.0 / 11, sgt.smoothedRStar(10).getAsDouble(), 1e-13);
        assertTrue(sgt.smoothedRStar(0).isEmpty());
        assertTrue(sgt.smoothedRStar(-1).isEmpty());
        assertTrue(sgt.smoothedRStar(Double.NaN).isEmpty());
        assertTrue(sgt.smoothedRStar(Double.POSITIVE_INFINITY).isEmpty());
    }

    @Test
    void unobservedFrequencyHasNoEstimate() {
        SgtEstimate sgt = SimpleGoodTuring.estimate(spectrum(PROSODY));
        assertTrue(sgt.rStar(11).isEmpty());
        assertTrue(sgt.p(11).isEmpty());
    }

    @Test
    void missingDoubletonsSwitchToTheSmoothedEstimateAtOnce() {
        // N2 = 0: r + 1 = 2 is unobserved at r = 1, so sgt.c smooths from the first row.
        // Z1 = 2·10/3 (t = 3), Z3 = 2·2/(2·3 − 1 − 1) = 1 → slope = ln(0.15)/ln 3 = −1.7268.
        SgtEstimate sgt = SimpleGoodTuring.estimate(FrequencySpectrum.of(Map.of(1L, 10L, 3L, 2L)));
        assertTrue(sgt.applicable(), sgt.reason());
        assertEquals(Math.log(0.15) / Math.log(3), sgt.slope(), 1e-15);
        assertEquals(1L, sgt.firstSmoothedR());
        assertEquals(sgt.smoothedRStar(1).getAsDouble(), sgt.rStar(1).getAsDouble(), 1e-15);
    }

    @Test
    void slopeNotSteeperThanMinusOneIsReportedNotApplicable() {
        // N1 = N2 = 1: Z1 = 2·1/2 = 1, Z2 = 2·1/(4 − 1 − 1) = 1 → b = 0.
        SgtEstimate sgt = SimpleGoodTuring.estimate(FrequencySpectrum.ofCounts(1, 2));
        assertNotApplicable(sgt);
        assertTrue(sgt.reason().contains("slope"), sgt.reason());
    }

    @Test
    void emptySpectrumIsReportedNotApplicable() {
        SgtEstimate sgt = SimpleGoodTuring.estimate(FrequencySpectrum.empty());
        assertNotApplicable(sgt);
        assertTrue(sgt.reason().contains("n = 0"), sgt.reason());
    }

    @Test
    void spectrumWithoutSingletonsIsReportedNotApplicable() {
        SgtEstimate sgt = SimpleGoodTuring.estimate(FrequencySpectrum.ofCounts(2, 2, 2, 3, 5));
        assertNotApplicable(sgt);
        assertTrue(sgt.reason().contains("N1 = 0"), sgt.reason());
    }

    @Test
    void singleDistinctItemIsReportedNotApplicable() {
        SgtEstimate sgt = SimpleGoodTuring.estimate(FrequencySpectrum.ofCounts(7));
        assertNotApplicable(sgt);
        assertTrue(sgt.reason().contains("one distinct frequency"), sgt.reason());
    }

    @Test
    void spectrumWhereEveryCountIsOneIsReportedNotApplicable() {
        SgtEstimate sgt = SimpleGoodTuring.estimate(FrequencySpectrum.ofCounts(1, 1, 1, 1, 1, 1));
        assertNotApplicable(sgt);
        assertTrue(sgt.reason().contains("r = 1"), sgt.reason());
    }

    @Test
    void nonPositiveOrNonFiniteSwitchThresholdIsRejected() {
        FrequencySpectrum s = spectrum(PROSODY);
        assertThrows(IllegalArgumentException.class, () -> SimpleGoodTuring.estimate(s, 0));
        assertThrows(IllegalArgumentException.class, () -> SimpleGoodTuring.estimate(s, -1.96));
        assertThrows(IllegalArgumentException.class, () -> SimpleGoodTuring.estimate(s, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> SimpleGoodTuring.estimate(s, Double.POSITIVE_INFINITY));
    }

    @Test
    void resultMapsAreImmutable() {
        SgtEstimate sgt = SimpleGoodTuring.estimate(spectrum(PROSODY));
        assertThrows(UnsupportedOperationException.class, () -> sgt.rStar().put(11L, 1.0));
        assertThrows(UnsupportedOperationException.class, () -> sgt.p().clear());
    }

    @Test
    void averagedCountsSpreadEachNrOverTheGapToItsNeighbours() {
        // Z_1 = 2·10/(2 − 0), Z_2 = 2·4/(5 − 1), Z_5 = 2·1/((2·5 − 2) − 2): the last t is 2r − q.
        double[] z = SimpleGoodTuring.averagedCounts(FrequencySpectrum.of(Map.of(1L, 10L, 2L, 4L, 5L, 1L)));
        assertEquals(3, z.length);
        assertEquals(10.0, z[0]);
        assertEquals(2.0, z[1]);
        assertEquals(1.0 / 3, z[2]);
    }

    private static void assertNotApplicable(SgtEstimate sgt) {
        assertFalse(sgt.applicable());
        assertNotNull(sgt.reason());
        assertNull(sgt.p0());
        assertNull(sgt.intercept());
        assertNull(sgt.slope());
        assertNull(sgt.firstSmoothedR());
        assertTrue(sgt.rStar().isEmpty());
        assertTrue(sgt.p().isEmpty());
        assertTrue(sgt.smoothedRStar(1).isEmpty());
    }

    private static void assertRelative(double expected, double actual, double relativeTolerance) {
        assertEquals(expected, actual, Math.abs(expected) * relativeTolerance,
                () -> "expected " + expected + " got " + actual);
    }

    private static FrequencySpectrum spectrum(long[][] rows) {
        Map<Long, Long> map = new LinkedHashMap<>();
        for (long[] row : rows) {
            map.put(row[0], row[1]);
        }
        return FrequencySpectrum.of(map);
    }
}
