package org.factfloor.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Hand-computed laws of thinned counts and the exact sums of a mixture's expected spectrum (DESIGN §6, mixtures). */
class MixtureMomentsTest {

    @Test
    void binomialLawByHand() {
        double[] p = new double[4];
        ThinnedCount.binomial(3, 0.5, p);
        assertArrayEquals(new double[] {0.125, 0.375, 0.375, 0.125}, p, 1e-15);
        ThinnedCount.binomial(10, 0.2, p); // P(k) = C(10,k)·0.2^k·0.8^(10−k)
        assertEquals(Math.pow(0.8, 10), p[0], 1e-15);
        assertEquals(10 * 0.2 * Math.pow(0.8, 9), p[1], 1e-15);
        assertEquals(45 * 0.04 * Math.pow(0.8, 8), p[2], 1e-15);
        assertEquals(120 * 0.008 * Math.pow(0.8, 7), p[3], 1e-15);
    }

    @Test
    void binomialOfAHugeCountKeepsNoMassAtSmallCounts() {
        double[] p = new double[3];
        ThinnedCount.binomial(5_000_000, 0.5, p);
        assertArrayEquals(new double[] {0, 0, 0}, p, 0);
        ThinnedCount.binomial(1_000_000, 1e-6, p); // ≈ Poisson(1): e^−1, e^−1, e^−1/2
        assertEquals(Math.exp(-1), p[0], 1e-6);
        assertEquals(Math.exp(-1), p[1], 1e-6);
        assertEquals(Math.exp(-1) / 2, p[2], 1e-6);
    }

    @Test
    void weightsZeroAndOneAreNotRandom() {
        double[] p = new double[4];
        ThinnedCount.binomial(2, 1, p);
        assertArrayEquals(new double[] {0, 0, 1, 0}, p, 0);
        ThinnedCount.binomial(7, 1, p);
        assertArrayEquals(new double[] {0, 0, 0, 0}, p, 0);
        ThinnedCount.binomial(7, 0, p);
        assertArrayEquals(new double[] {1, 0, 0, 0}, p, 0);
    }

    @Test
    void mentionsGoWithTheirDocument() {
        // 4 mentions in 2 documents, w = 0.5: one document with 1 mention, one with 3 (the approximated split):
        // X ∈ {0, 1, 3, 4}, each with probability 1/4; Var X = (1 + 9)·0.25 = 2.5
        double[] p = new double[6];
        ThinnedCount.probabilities(2, 4, 0.5, p, new double[6]);
        assertArrayEquals(new double[] {0.25, 0.25, 0, 0.25, 0.25, 0}, p, 1e-15);
        assertEquals(2.5, ThinnedCount.variance(2, 4, 0.5), 1e-15);
        assertEquals(2.0, ThinnedCount.mean(4, 0.5), 0);
        assertTrue(!ThinnedCount.exact(2, 4) && ThinnedCount.exact(1, 4) && ThinnedCount.exact(3, 3));
        // one document with 3 mentions is exact: X = 3·Bern(0.2)
        ThinnedCount.probabilities(1, 3, 0.2, p, new double[6]);
        assertArrayEquals(new double[] {0.8, 0, 0, 0.2, 0, 0}, p, 1e-15);
    }

    @Test
    void twoSourcesByHand() {
        // one factoid: 2 documents in source 0 (w = 0.5), 1 in source 1 (w = 0.2).
        // X0 ∈ {0,1,2} with 1/4, 1/2, 1/4; X1 ∈ {0,1} with 0.8, 0.2.
        MixtureMoments m = new MixtureMoments(new double[] {0.5, 0.2});
        m.add(new long[] {2, 1}, new long[] {2, 1});
        assertEquals(1.2, m.n(), 1e-15);
        assertEquals(0.8, m.distinct(), 1e-15);              // 1 − 0.25·0.8
        assertEquals(0.45, m.n1(), 1e-15);                   // 0.5·0.8 + 0.25·0.2
        assertEquals(0.30, m.n2(), 1e-15);                   // 0.25·0.8 + 0.5·0.2
        assertEquals(0.05, m.count(3), 1e-15);               // 0.25·0.2
        assertEquals(0.40, m.ownSingletons(0), 1e-15);
        assertEquals(0.05, m.ownSingletons(1), 1e-15);
        assertEquals(Math.sqrt(0.45 * 0.55), m.n1Sd(), 1e-15);
        assertEquals(Math.sqrt(2 * 0.25 + 0.16), m.nSd(), 1e-15);
        // source 0 moved to weight 1: X0 = 2, so X ≥ 2; to weight 0: X = X1, P(X = 1) = 0.2
        assertEquals(0, m.curveN1(0, 10), 1e-15);
        assertEquals(0.2, m.curveN1(0, 0), 1e-15);
        assertEquals(2.2, m.curveN(0, 10), 1e-15);
        assertEquals(0.45, m.curveN1(0, 5), 1e-15);          // its own weight: the mixture itself
        // source 1 moved to 1: P(X = 1) = P(X0 = 0) = 0.25
        assertEquals(0.25, m.curveN1(1, 10), 1e-15);
        // delta method: r = 0.375; Var N1 = 0.2475, Cov = 0.45·(1 − 1.2) = −0.09, Var n = 0.66
        double r = 0.45 / 1.2;
        assertEquals(Math.sqrt(0.2475 + 2 * r * 0.09 + r * r * 0.66) / 1.2, m.singletonRateSd(), 1e-15);
    }

    @Test
    void weightsOfOneGiveTheSpectrumOfTheSummedCountsExactly() {
        SplittableRandom random = new SplittableRandom(17);
        MixtureMoments m = new MixtureMoments(new double[] {1, 1, 1});
        long[] sums = new long[5000];
        for (int item = 0; item < sums.length; item++) {
            long[] c = {random.nextInt(4), random.nextInt(3), random.nextInt(2) * random.nextInt(50)};
            if (c[0] + c[1] + c[2] == 0) {
                c[0] = 1;
            }
            sums[item] = c[0] + c[1] + c[2];
            m.add(c, c);
        }
        FrequencySpectrum spectrum = FrequencySpectrum.ofCounts(sums);
        assertEquals(spectrum.n(), m.n(), 0);
        assertEquals(spectrum.distinct(), m.distinct(), 0);
        for (int k = 1; k <= MixtureMoments.ORDERS; k++) {
            assertEquals(spectrum.count(k), m.count(k), 0, "N_" + k);
        }
        assertEquals(SingletonRate.of(spectrum).getAsDouble(), m.singletonRate(), 0);
        assertEquals(0, m.n1Sd(), 0);
        assertEquals(0, m.singletonRateSd(), 0);
    }

    @Test
    void aWeightOfZeroIsTheSameAsLeavingTheSourceOut() {
        SplittableRandom random = new SplittableRandom(5);
        MixtureMoments with = new MixtureMoments(new double[] {0.3, 0});
        MixtureMoments without = new MixtureMoments(new double[] {0.3});
        for (int item = 0; item < 2000; item++) {
            long a = random.nextInt(6);
            long b = random.nextInt(6);
            with.add(new long[] {a, b}, new long[] {a, b});
            without.add(new long[] {a}, new long[] {a});
        }
        assertEquals(without.n(), with.n(), 0);
        assertEquals(without.distinct(), with.distinct(), 0);
        for (int k = 1; k <= MixtureMoments.ORDERS; k++) {
            assertEquals(without.count(k), with.count(k), 0);
        }
        assertEquals(without.singletonRateSd(), with.singletonRateSd(), 0);
        assertEquals(0, with.ownSingletons(1), 0);
    }

    @Test
    void partitionsAddUpToTheWhole() {
        double[] w = {0.4, 0.7};
        MixtureMoments whole = new MixtureMoments(w);
        MixtureMoments left = new MixtureMoments(w);
        MixtureMoments right = new MixtureMoments(w);
        SplittableRandom random = new SplittableRandom(3);
        for (int item = 0; item < 100; item++) {
            long[] c = {random.nextInt(5), random.nextInt(5)};
            whole.add(c, c);
            (item % 2 == 0 ? left : right).add(c, c);
        }
        left.addAll(right);
        assertEquals(whole.n1(), left.n1(), 1e-12);
        assertEquals(whole.curveN1(1, 3), left.curveN1(1, 3), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> whole.addAll(new MixtureMoments(new double[] {0.4, 0.6})));
    }

    @Test
    void aWeightOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MixtureMoments(new double[] {1.5}));
        assertThrows(IllegalArgumentException.class, () -> new MixtureMoments(new double[] {Double.NaN}));
    }
}
