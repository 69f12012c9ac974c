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

class Chao1Test {

    /** Published outputs print three decimals: allow half a unit in the last place. */
    private static final double THREE_DECIMALS = 0.0005 + 1e-9;

    @Test
    void spiderGirdledAndLoggedMatchINextVignette() {
        // iNEXT vignette "A Quick Introduction to iNEXT via Examples" (2016-03-23), github.com/JohnsonHsieh/iNEXT
        // inst/doc/Introduction.html, $AsyEst for data(spider), species richness row: Estimator, Est_s.e., 95% Lower,
        // 95% Upper. Spider abundances from iNEXT's man/spider.Rd and the same vignette's $DataInfo
        // (Girdled n = 168, S.obs = 26, f1 = 12, f2 = 4; Logged n = 252, S.obs = 37, f1 = 14, f2 = 4).
        FrequencySpectrum girdled = FrequencySpectrum.ofCounts(
                46, 22, 17, 15, 15, 9, 8, 6, 6, 4, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        Chao1Estimate g = Chao1.estimate(girdled, 0.95);
        assertEquals(168, girdled.n());
        assertEquals(43.893, g.classic(), THREE_DECIMALS);
        assertEquals(14.306, Math.sqrt(g.classicVariance()), THREE_DECIMALS);
        assertEquals(30.511, g.classicCiLow(), THREE_DECIMALS);
        assertEquals(96.971, g.classicCiHigh(), THREE_DECIMALS);

        FrequencySpectrum logged = FrequencySpectrum.ofCounts(
                88, 22, 16, 15, 13, 10, 8, 8, 7, 7, 7, 5, 4, 4, 4, 3, 3, 3, 3, 2, 2, 2, 2,
                1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        Chao1Estimate l = Chao1.estimate(logged, 0.95);
        assertEquals(252, logged.n());
        assertEquals(61.403, l.classic(), THREE_DECIMALS);
        assertEquals(18.532, Math.sqrt(l.classicVariance()), THREE_DECIMALS);
        assertEquals(43.502, l.classicCiLow(), THREE_DECIMALS);
        assertEquals(128.583, l.classicCiHigh(), THREE_DECIMALS);
    }

    @Test
    void bciPlotsMatchSpadeRChaoSpeciesOutput() {
        // SpadeR::ChaoSpecies(x, "abundance", k = 10, conf = 0.95) on vegan's BCI plots 1 and 10, as printed in a
        // public GitHub R Markdown report (code-search index file id 21164245139; the index does not name its
        // repository).
        // Chao1 and Chao1-bc depend only on n, D, f1, f2, which the same report prints ($DataInfo and BASIC DATA
        // INFORMATION); f3..f10 are as printed and the abundant species (> 10) are filled in with the printed totals.
        Chao1Estimate p1 = Chao1.estimate(spectrum(new long[][] {
            {1, 31}, {2, 18}, {3, 9}, {4, 6}, {5, 6}, {6, 4}, {7, 1}, {8, 1}, {9, 1}, {10, 1}, {11, 14}, {88, 1}}),
                0.95);
        assertEquals(93, p1.observed());
        assertEquals(119.635, p1.classic(), THREE_DECIMALS);
        assertEquals(12.553, Math.sqrt(p1.classicVariance()), THREE_DECIMALS);
        assertEquals(104.072, p1.classicCiLow(), THREE_DECIMALS);
        assertEquals(157.075, p1.classicCiHigh(), THREE_DECIMALS);
        assertEquals(117.419, p1.biasCorrected(), THREE_DECIMALS);
        assertEquals(11.562, Math.sqrt(p1.variance()), THREE_DECIMALS);
        assertEquals(103.114, p1.ciLow(), THREE_DECIMALS);
        assertEquals(151.960, p1.ciHigh(), THREE_DECIMALS);

        Chao1Estimate p10 = Chao1.estimate(spectrum(new long[][] {
            {1, 35}, {2, 16}, {3, 8}, {4, 7}, {5, 5}, {6, 4}, {7, 3}, {9, 1}, {10, 2}, {11, 12}, {133, 1}}), 0.95);
        assertEquals(94, p10.observed());
        assertEquals(132.202, p10.classic(), THREE_DECIMALS);
        assertEquals(17.211, Math.sqrt(p10.classicVariance()), THREE_DECIMALS);
        assertEquals(110.451, p10.classicCiLow(), THREE_DECIMALS);
        assertEquals(182.714, p10.classicCiHigh(), THREE_DECIMALS);
        assertEquals(128.928, p10.biasCorrected(), THREE_DECIMALS);
        assertEquals(15.685, Math.sqrt(p10.variance()), THREE_DECIMALS);
        assertEquals(109.078, p10.ciLow(), THREE_DECIMALS);
        assertEquals(174.910, p10.ciHigh(), THREE_DECIMALS);
    }

    @Test
    void estimateEqualToObservedUsesSpadeRsObservedCountInterval() {
        // github.com/biogeografia-master/scripts-de-analisis-BCI, di_1_analisis_de_diversidad_diversidad_alpha.md:
        // SpadeR::ChaoSpecies on the pooled abundances below (n = 18426, D = 16, f1 = 1, f2 = 0) prints Chao1 and
        // Chao1-bc = 16.000, s.e. 0.529, 95% interval [16.000, 17.493]: T = 0, so the interval is SpadeR's
        // observed-count one, not the log-normal one.
        FrequencySpectrum pooled = FrequencySpectrum.ofCounts(
                1, 3, 12, 60, 65, 84, 102, 171, 472, 473, 711, 725, 1084, 1732, 1889, 10842);
        Chao1Estimate c = Chao1.estimate(pooled, 0.95);
        assertEquals(18426, pooled.n());
        assertEquals(16.0, c.classic());
        assertEquals(16.0, c.biasCorrected());
        assertEquals(0.529, Math.sqrt(c.variance()), THREE_DECIMALS);
        assertEquals(16.000, c.ciLow(), THREE_DECIMALS);
        assertEquals(17.493, c.ciHigh(), THREE_DECIMALS);
        assertEquals(0.529, Math.sqrt(c.classicVariance()), THREE_DECIMALS);
        assertEquals(17.493, c.classicCiHigh(), THREE_DECIMALS);
        assertEquals(0.0, c.unseen());
    }

    @Test
    void oneSingletonAndOneDoubletonGiveHalfAnUnseenItemClassicallyAndNoneBiasCorrected() {
        // Same report, Ward group 2: n = 1233, D = 15, f1 = 1, f2 = 1 → Chao1 15.500, s.e. 1.322, [15.030, 23.436];
        // Chao1-bc = D because f1(f1 − 1) = 0.
        Chao1Estimate c = Chao1.estimate(spectrum(new long[][] {
            {1, 1}, {2, 1}, {3, 1}, {4, 1}, {5, 1}, {6, 1}, {100, 8}, {412, 1}}), 0.95);
        assertEquals(15, c.observed());
        assertEquals(15.500, c.classic(), THREE_DECIMALS);
        assertEquals(1.322, Math.sqrt(c.classicVariance()), THREE_DECIMALS);
        assertEquals(15.030, c.classicCiLow(), THREE_DECIMALS);
        assertEquals(23.436, c.classicCiHigh(), THREE_DECIMALS);
        assertEquals(15.0, c.biasCorrected());
        assertEquals(15.0, c.ciLow(), 1e-12);
    }

    @Test
    void smallSampleWithDoubletonsIsComputedByHand() {
        // Counts 1,1,1,1,2,2,5: n = 13, D = 7, f1 = 4, f2 = 2, k = 12/13.
        // Chao1 = 7 + k·16/4 = 10.692307692; R = 2: Var = 2·(k·4/2 + k²·8 + k²·16/4) = 24.14201183.
        // Chao1-bc = 7 + k·12/6 = 8.846153846; Var = k·12/2/3 + k²·4·49/4/9 + k²·16·2·9/4/81 = 7.24260355.
        // Chao1-bc interval: z = 1.959963985; T = 1.846153846, K = exp(z·sqrt(ln(1 + Var/T²))) = 8.102313,
        // bounds [D + T/K, D + T·K].
        Chao1Estimate c = Chao1.estimate(FrequencySpectrum.ofCounts(1, 1, 1, 1, 2, 2, 5), 0.95);
        assertRelative(10.692307692307693, c.classic());
        assertRelative(24.142011834319526, c.classicVariance());
        assertRelative(7.510487992143617, c.classicCiLow());
        assertRelative(33.706085754195584, c.classicCiHigh());
        assertRelative(8.846153846153847, c.biasCorrected());
        assertRelative(7.242603550295858, c.variance());
        assertRelative(7.227855161119063, c.ciLow());
        assertRelative(21.95811640574466, c.ciHigh());
        assertRelative(1.846153846153847, c.unseen());
    }

    @Test
    void withoutDoubletonsBothFormsUseTheBiasCorrectedEstimateAndItsVariance() {
        // Counts 1,1,1,5: n = 8, D = 4, f1 = 3, f2 = 0, k = 7/8. S = 4 + k·3·2/2 = 6.625.
        // Var = k·3 + k²·3·25/4 − k²·81/(4·6.625) = 2.625 + 14.35546875 − 2.34021226 = 14.64025649.
        Chao1Estimate c = Chao1.estimate(FrequencySpectrum.ofCounts(1, 1, 1, 5), 0.95);
        assertRelative(6.625, c.classic());
        assertRelative(6.625, c.biasCorrected());
        assertRelative(14.640256485849057, c.variance());
        assertEquals(c.variance(), c.classicVariance());
        assertRelative(4.324013629878188, c.ciLow());
        assertRelative(25.266466483494884, c.ciHigh());
    }

    @Test
    void withoutSingletonsNothingIsUnseenAndTheIntervalBoundsTheObservedCount() {
        // Counts 2,2,3: n = 7, D = 3, f1 = 0. Var_obs = 2(e^−2 − e^−4) + (e^−3 − e^−6) − (4e^−2 + 3e^−3)²/7;
        // P = (2e^−2 + e^−3)/3; interval [max(3, 3/(1−P) − z·√Var/(1−P)), 3/(1−P) + z·√Var/(1−P)].
        Chao1Estimate c = Chao1.estimate(FrequencySpectrum.ofCounts(2, 2, 3), 0.95);
        double e2 = Math.exp(-2);
        double e3 = Math.exp(-3);
        double varObs = 2 * (e2 - e2 * e2) + (e3 - e3 * e3) - Math.pow(4 * e2 + 3 * e3, 2) / 7;
        assertEquals(3.0, c.classic());
        assertEquals(3.0, c.biasCorrected());
        assertRelative(varObs, c.variance());
        assertRelative(0.46173021102632267 * 0.46173021102632267, c.variance());
        assertEquals(3.0, c.ciLow());
        assertRelative(4.371986763442069, c.ciHigh());
    }

    @Test
    void singleOccurrenceIsDefinedAndBoundedByTheObservedCountInterval() {
        // n = 1: k = 0, so S = D = 1. Var_obs = e^−1 − e^−2 − e^−2; P = e^−1.
        Chao1Estimate c = Chao1.estimate(FrequencySpectrum.ofCounts(1), 0.95);
        assertTrue(c.applicable());
        assertEquals(1.0, c.classic());
        assertEquals(1.0, c.biasCorrected());
        assertRelative(Math.exp(-1) - 2 * Math.exp(-2), c.variance());
        assertEquals(1.0, c.ciLow());
        assertRelative(2.548697663833485, c.ciHigh());
    }

    @Test
    void singleDistinctItemSeenManyTimesIsDefined() {
        // Counts 7: D = 1, f1 = f2 = 0. Var_obs = e^−7 − e^−14 − 49e^−14/7.
        Chao1Estimate c = Chao1.estimate(FrequencySpectrum.ofCounts(7), 0.95);
        assertEquals(1.0, c.biasCorrected());
        assertRelative(Math.exp(-7) - 8 * Math.exp(-14), c.variance());
        assertEquals(1.0, c.ciLow());
        assertRelative(1.0599360435417782, c.ciHigh());
    }

    @Test
    void everyCountOneGivesTheDoubletonFreeFormWithFiniteInterval() {
        // Five singletons: n = D = f1 = 5, f2 = 0, k = 0.8. S = 5 + 0.8·5·4/2 = 13.
        // Var = 0.8·10 + 0.64·5·81/4 − 0.64·625/(4·13) = 8 + 64.8 − 7.6923077 = 65.1076923.
        Chao1Estimate c = Chao1.estimate(FrequencySpectrum.ofCounts(1, 1, 1, 1, 1), 0.95);
        assertEquals(13.0, c.biasCorrected(), 1e-12);
        assertEquals(13.0, c.classic(), 1e-12);
        assertRelative(65.10769230769231, c.variance());
        assertRelative(6.548912981233772, c.ciLow());
        assertRelative(46.31929990606793, c.ciHigh());
    }

    @Test
    void higherConfidenceWidensTheInterval() {
        // Pooled BCI data at the project default 0.99: z = 2.575829 replaces 1.959964 in the observed-count bound.
        FrequencySpectrum pooled = FrequencySpectrum.ofCounts(
                1, 3, 12, 60, 65, 84, 102, 171, 472, 473, 711, 725, 1084, 1732, 1889, 10842);
        Chao1Estimate c = Chao1.estimate(pooled, 0.99);
        assertEquals(0.99, c.confidence());
        assertRelative(17.828013338308384, c.ciHigh());
        assertTrue(c.ciHigh() > Chao1.estimate(pooled, 0.95).ciHigh());
    }

    @Test
    void emptySpectrumIsReportedNotApplicable() {
        Chao1Estimate c = Chao1.estimate(FrequencySpectrum.empty(), 0.95);
        assertFalse(c.applicable());
        assertNotNull(c.reason());
        assertTrue(c.reason().contains("n = 0"));
        assertEquals(0, c.observed());
        assertNull(c.classic());
        assertNull(c.biasCorrected());
        assertNull(c.variance());
        assertNull(c.ciLow());
        assertNull(c.ciHigh());
        assertNull(c.unseen());
    }

    @Test
    void confidenceOutsideTheOpenUnitIntervalIsRejected() {
        FrequencySpectrum s = FrequencySpectrum.ofCounts(1, 1, 2);
        assertThrows(IllegalArgumentException.class, () -> Chao1.estimate(s, 1.0));
        assertThrows(IllegalArgumentException.class, () -> Chao1.estimate(s, 0.0));
    }

    private static void assertRelative(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-12, () -> "expected " + expected + " got " + actual);
    }

    private static FrequencySpectrum spectrum(long[][] rows) {
        Map<Long, Long> map = new LinkedHashMap<>();
        for (long[] row : rows) {
            map.put(row[0], row[1]);
        }
        return FrequencySpectrum.of(map);
    }
}
