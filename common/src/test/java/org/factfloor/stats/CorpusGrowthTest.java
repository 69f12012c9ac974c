package org.factfloor.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorpusGrowthTest {

    /** BCI plot 1: n = 448, D = 93, f1 = 31, f2 = 18 (see Chao1Test for the source and the filled-in tail). */
    private static final FrequencySpectrum BCI_PLOT_1 = spectrum(new long[][] {
        {1, 31}, {2, 18}, {3, 9}, {4, 6}, {5, 6}, {6, 4}, {7, 1}, {8, 1}, {9, 1}, {10, 1}, {11, 14}, {88, 1}});

    /** BCI plot 10: n = 483, D = 94, f1 = 35, f2 = 16. */
    private static final FrequencySpectrum BCI_PLOT_10 = spectrum(new long[][] {
        {1, 35}, {2, 16}, {3, 8}, {4, 7}, {5, 5}, {6, 4}, {7, 3}, {9, 1}, {10, 2}, {11, 12}, {133, 1}});

    @Test
    void doublingBciPlotsMatchesINextExtrapolation() {
        // iNEXT::iNEXT(x, q = 0, datatype = "abundance", knots = 50) $iNextEst$size_based, printed with 5 decimals for
        // qD and 8 for SC in the same public report as Chao1Test's BCI values (code-search index file id 21164245139).
        // Plot 1, m = 896 = 2n: qD = 111.30504, SC = 0.97841550; m = 672 (t = 0.5): qD = 104.73977, SC = 0.96140336;
        // m = 448 (observed): SC = 0.93098288.
        GrowthEstimate doubled = CorpusGrowth.estimate(BCI_PLOT_1, 1.0);
        assertEquals(111.30504 - 93, doubled.newDistinct(), 5e-6);
        assertEquals(1 - 0.97841550, doubled.missingMass(), 5e-9);
        GrowthEstimate half = CorpusGrowth.estimate(BCI_PLOT_1, 0.5);
        assertEquals(104.73977 - 93, half.newDistinct(), 5e-6);
        assertEquals(1 - 0.96140336, half.missingMass(), 5e-9);
        GrowthEstimate none = CorpusGrowth.estimate(BCI_PLOT_1, 0.0);
        assertEquals(0.0, none.newDistinct());
        assertEquals(1 - 0.93098288, none.missingMass(), 5e-9);

        // Plot 10, m = 966 = 2n: qD = 116.90627, SC = 0.97104112; m = 725 (t = 242/483): qD = 108.05203,
        // SC = 0.95427767; m = 483: SC = 0.92767343.
        GrowthEstimate doubled10 = CorpusGrowth.estimate(BCI_PLOT_10, 1.0);
        assertEquals(116.90627 - 94, doubled10.newDistinct(), 5e-6);
        assertEquals(1 - 0.97104112, doubled10.missingMass(), 5e-9);
        GrowthEstimate partial10 = CorpusGrowth.estimate(BCI_PLOT_10, 242.0 / 483);
        assertEquals(108.05203 - 94, partial10.newDistinct(), 5e-6);
        assertEquals(1 - 0.95427767, partial10.missingMass(), 5e-9);
        assertEquals(1 - 0.92767343, CorpusGrowth.estimate(BCI_PLOT_10, 0.0).missingMass(), 5e-9);
    }

    @Test
    void doublingSpiderGirdledMatchesINextVignette() {
        // iNEXT vignette (github.com/JohnsonHsieh/iNEXT inst/doc/Introduction.html, 2016-03-23), $iNextEst$Girdled:
        // m = 336 = 2n: qD 34.731, SC 0.964; m = 327: qD 34.396, SC 0.962; m = 168: SC 0.929 ($DataInfo: 0.9289).
        FrequencySpectrum girdled = FrequencySpectrum.ofCounts(
                46, 22, 17, 15, 15, 9, 8, 6, 6, 4, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        GrowthEstimate doubled = CorpusGrowth.estimate(girdled, 1.0);
        assertEquals(34.731 - 26, doubled.newDistinct(), 0.0005);
        assertEquals(1 - 0.964, doubled.missingMass(), 0.0005);
        GrowthEstimate m327 = CorpusGrowth.estimate(girdled, 159.0 / 168);
        assertEquals(34.396 - 26, m327.newDistinct(), 0.0005);
        assertEquals(1 - 0.962, m327.missingMass(), 0.0005);
        assertEquals(1 - 0.9289, CorpusGrowth.estimate(girdled, 0.0).missingMass(), 0.00005);
    }

    @Test
    void smallSampleIsComputedByHand() {
        // Counts 1,1,1,1,2,2,5: n = 13, f1 = 4, f2 = 2. f̂0 = (12/13)·16/4 = 48/13; A = 48/(48 + 4) = 12/13.
        // Doubling (m* = 13): new = (48/13)·(1 − (12/13)^13) = 2.3879686; missing mass = (4/13)·(12/13)^14 = 0.1003338.
        // Good–Toulmin, t = 1: N1 − N2 + N5 = 4 − 2 + 1 = 3.
        FrequencySpectrum s = FrequencySpectrum.ofCounts(1, 1, 1, 1, 2, 2, 5);
        GrowthEstimate g = CorpusGrowth.estimate(s, 1.0);
        assertEquals(1.0, g.factor());
        assertEquals(48.0 / 13 * (1 - Math.pow(12.0 / 13, 13)), g.newDistinct(), 1e-13);
        assertEquals(2.387968621, g.newDistinct(), 1e-9);
        assertEquals(4.0 / 13 * Math.pow(12.0 / 13, 14), g.missingMass(), 1e-15);
        assertEquals(0.100333775, g.missingMass(), 1e-9);
        assertEquals(3.0, g.goodToulminNewDistinct(), 1e-15);
        assertNull(g.reason());

        // t = 0.5: Good–Toulmin = 4·0.5 − 2·0.25 + 0.5^5 = 1.53125; Chao et al.: (48/13)·(1 − (12/13)^6.5).
        GrowthEstimate half = CorpusGrowth.estimate(s, 0.5);
        assertEquals(1.53125, half.goodToulminNewDistinct(), 1e-15);
        assertEquals(48.0 / 13 * (1 - Math.pow(12.0 / 13, 6.5)), half.newDistinct(), 1e-13);
    }

    @Test
    void noGrowthAddsNothingAndKeepsTheCurrentCoverageDeficit() {
        // t = 0: missing mass = (f1/n)·A, Chao & Jost's (2012) coverage deficit of the sample itself.
        GrowthEstimate g = CorpusGrowth.estimate(FrequencySpectrum.ofCounts(1, 1, 1, 1, 2, 2, 5), 0.0);
        assertEquals(0.0, g.newDistinct());
        assertEquals(4.0 / 13 * 12 / 13, g.missingMass(), 1e-15);
        assertEquals(0.0, g.goodToulminNewDistinct());
    }

    @Test
    void growthBeyondDoublingKeepsChaoExtrapolationButDropsGoodToulmin() {
        GrowthEstimate g = CorpusGrowth.estimate(FrequencySpectrum.ofCounts(1, 1, 1, 1, 2, 2, 5), 2.0);
        assertEquals(48.0 / 13 * (1 - Math.pow(12.0 / 13, 26)), g.newDistinct(), 1e-13);
        assertEquals(4.0 / 13 * Math.pow(12.0 / 13, 27), g.missingMass(), 1e-15);
        assertNull(g.goodToulminNewDistinct());
        assertNotNull(g.reason());
        assertTrue(g.reason().contains("Good-Toulmin"), g.reason());
    }

    @Test
    void withoutDoubletonsTheUnseenCountUsesTheBiasCorrectedForm() {
        // Counts 1,1,1,5: n = 8, f1 = 3, f2 = 0. f̂0 = (7/8)·3·2/2 = 2.625; A = 21/(21 + 3) = 0.875
        // (= (n−1)(f1−1)/((n−1)(f1−1) + 2) = 14/16, iNEXT's f2 = 0 form).
        GrowthEstimate g = CorpusGrowth.estimate(FrequencySpectrum.ofCounts(1, 1, 1, 5), 1.0);
        assertEquals(2.625 * (1 - Math.pow(0.875, 8)), g.newDistinct(), 1e-14);
        assertEquals(3.0 / 8 * Math.pow(0.875, 9), g.missingMass(), 1e-15);
        // Good–Toulmin, t = 1: −((−1)·N1 + (−1)^5·N5) = 3 + 1 = 4.
        assertEquals(4.0, g.goodToulminNewDistinct(), 1e-15);
    }

    @Test
    void withoutSingletonsNothingNewIsExpected() {
        // f1 = 0: A = 1, so no new items and no missing mass; Good–Toulmin at t = 1 is −N2 + N3 = −1, the raw series.
        GrowthEstimate g = CorpusGrowth.estimate(FrequencySpectrum.ofCounts(2, 2, 3), 1.0);
        assertEquals(0.0, g.newDistinct());
        assertEquals(0.0, g.missingMass());
        assertEquals(-1.0, g.goodToulminNewDistinct(), 1e-15);
    }

    @Test
    void singleDistinctItemExpectsNothingNew() {
        GrowthEstimate g = CorpusGrowth.estimate(FrequencySpectrum.ofCounts(7), 0.5);
        assertEquals(0.0, g.newDistinct());
        assertEquals(0.0, g.missingMass());
        // −(−0.5)^7·1 = 0.5^7.
        assertEquals(0.0078125, g.goodToulminNewDistinct(), 1e-17);
    }

    @Test
    void singleOccurrenceHasNoEvidenceOfUnseenItems() {
        // n = 1: (n−1)/n = 0, so f̂0 = 0 and A = 0; Good–Toulmin = t·N1.
        GrowthEstimate g = CorpusGrowth.estimate(FrequencySpectrum.ofCounts(1), 1.0);
        assertEquals(0.0, g.newDistinct());
        assertEquals(0.0, g.missingMass());
        assertEquals(1.0, g.goodToulminNewDistinct(), 1e-15);
    }

    @Test
    void everyCountOneExtrapolatesFromTheDoubletonFreeForm() {
        // Five singletons: n = 5, f̂0 = 0.8·5·4/2 = 8, A = 40/45 = 8/9.
        GrowthEstimate g = CorpusGrowth.estimate(FrequencySpectrum.ofCounts(1, 1, 1, 1, 1), 1.0);
        assertEquals(8 * (1 - Math.pow(8.0 / 9, 5)), g.newDistinct(), 1e-13);
        assertEquals(Math.pow(8.0 / 9, 6), g.missingMass(), 1e-15);
        assertEquals(5.0, g.goodToulminNewDistinct(), 1e-15);
    }

    @Test
    void emptySpectrumHasNothingToExtrapolate() {
        GrowthEstimate g = CorpusGrowth.estimate(FrequencySpectrum.empty(), 1.0);
        assertEquals(1.0, g.factor());
        assertNull(g.newDistinct());
        assertNull(g.missingMass());
        assertNull(g.goodToulminNewDistinct());
        assertTrue(g.reason().contains("n = 0"), g.reason());
    }

    @Test
    void veryLargeGrowthStaysFiniteAndApproachesChao1() {
        // A^m* underflows to 0: all f̂0 = 48/13 unseen items are found and nothing is left missing.
        GrowthEstimate g = CorpusGrowth.estimate(FrequencySpectrum.ofCounts(1, 1, 1, 1, 2, 2, 5), 1e9);
        assertEquals(48.0 / 13, g.newDistinct(), 1e-13);
        assertEquals(0.0, g.missingMass());
    }

    @Test
    void negativeOrNonFiniteFactorIsRejected() {
        FrequencySpectrum s = FrequencySpectrum.ofCounts(1, 2);
        assertThrows(IllegalArgumentException.class, () -> CorpusGrowth.estimate(s, -0.1));
        assertThrows(IllegalArgumentException.class, () -> CorpusGrowth.estimate(s, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> CorpusGrowth.estimate(s, Double.POSITIVE_INFINITY));
    }

    private static FrequencySpectrum spectrum(long[][] rows) {
        Map<Long, Long> map = new LinkedHashMap<>();
        for (long[] row : rows) {
            map.put(row[0], row[1]);
        }
        return FrequencySpectrum.of(map);
    }
}
