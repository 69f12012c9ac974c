package org.factfloor.stats;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The expected spectrum of a thinned mixture at one level of one domain (DESIGN §6, mixtures), summed item by item:
 * an item (factoid or entity) with count c_i in source i has mixture count X = Σ_i X_i, X_i the source's count after
 * each of its documents is kept with probability w_i ({@link ThinnedCount}). By linearity of expectation these sums
 * are exact: E[n] = Σ_items Σ_i c_i·w_i, E[N_k] = Σ_items P(X = k), E[distinct] = Σ_items (1 − P(X = 0)), where
 * P(X = k) is the k-th term of the convolution of the sources' laws; P(X = 1) = Σ_i P(X_i = 1)·Π_{j≠i} P(X_j = 0),
 * and its i-th term, summed, is the expected number of singletons source i alone contributes. The spreads treat items
 * as independent: Var N_1 = Σ p_1(1 − p_1), Var n = Σ Var X, Cov(N_1, n) = Σ p_1(1 − E X). Documents that hold
 * several items of the domain make their counts move together, so the real spread is larger (README, "What-if
 * mixtures"). Also kept: for each source, E[N_1] with that source's weight moved along {@link #CURVE_WEIGHTS} and the
 * others fixed, the floor-versus-weight curves of the report. A state: partial sums of two partitions add.
 */
public final class MixtureMoments implements Serializable {
    private static final long serialVersionUID = 1L;
    /** E[N_k] is kept for k = 1 … ORDERS; the floors read k = 1, the spectrum table shows the rest. */
    public static final int ORDERS = 5;
    /** The weights at which each source's curve is evaluated, the others fixed: 0, 0.1, …, 1. */
    public static final double[] CURVE_WEIGHTS = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1};

    private final double[] weights;
    private final double[] expectedCounts = new double[ORDERS + 1];
    private double n;
    private double nVariance;
    private double distinct;
    private double n1Variance;
    private double n1nCovariance;
    private final double[] ownSingletons;
    private final long[] sourceOccurrences;
    private final double[][] curveN1;
    private long approximatedOccurrences;
    private transient double[][] laws;
    private transient double[] mixture;
    private transient double[] next;
    private transient double[] scratch;
    private transient double[] edge;
    private transient double[] edgeScratch;

    /** @param weights one thinning weight in [0, 1] per source, in the sources' order */
    public MixtureMoments(double[] weights) {
        for (double w : weights) {
            if (!(w >= 0 && w <= 1)) {
                throw new IllegalArgumentException("a thinning weight must be in [0, 1], got " + w);
            }
        }
        this.weights = weights.clone();
        this.ownSingletons = new double[weights.length];
        this.sourceOccurrences = new long[weights.length];
        this.curveN1 = new double[weights.length][CURVE_WEIGHTS.length];
    }

    /**
     * Adds one item.
     *
     * @param documents   documents of the item in each source (0 where absent)
     * @param occurrences its count under the count unit in each source (= documents under the documents unit)
     */
    public void add(long[] documents, long[] occurrences) {
        int sources = weights.length;
        if (laws == null) {
            laws = new double[sources][ORDERS + 1];
            mixture = new double[ORDERS + 1];
            next = new double[ORDERS + 1];
            scratch = new double[ORDERS + 1];
            edge = new double[2];
            edgeScratch = new double[2];
        }
        Arrays.fill(mixture, 0);
        mixture[0] = 1;
        double mean = 0;
        for (int i = 0; i < sources; i++) {
            double w = weights[i];
            ThinnedCount.probabilities(documents[i], occurrences[i], w, laws[i], scratch);
            mean += ThinnedCount.mean(occurrences[i], w);
            nVariance += ThinnedCount.variance(documents[i], occurrences[i], w);
            sourceOccurrences[i] += occurrences[i];
            if (w > 0 && w < 1 && !ThinnedCount.exact(documents[i], occurrences[i])) {
                approximatedOccurrences += occurrences[i];
            }
            convolve(laws[i]);
        }
        n += mean;
        distinct += 1 - mixture[0];
        for (int k = 1; k <= ORDERS; k++) {
            expectedCounts[k] += mixture[k];
        }
        double p1 = mixture[1];
        n1Variance += p1 * (1 - p1);
        n1nCovariance += p1 * (1 - mean);
        for (int i = 0; i < sources; i++) {
            double othersNone = 1; // P(X_j = 0 for every j ≠ i)
            double othersOne = 0;  // P(Σ_{j≠i} X_j = 1)
            for (int j = 0; j < sources; j++) {
                if (j != i) {
                    othersOne = othersOne * laws[j][0] + othersNone * laws[j][1];
                    othersNone *= laws[j][0];
                }
            }
            ownSingletons[i] += laws[i][1] * othersNone;
            for (int g = 0; g < CURVE_WEIGHTS.length; g++) {
                if (documents[i] == 0) {
                    curveN1[i][g] += othersOne; // absent here: its weight changes nothing
                } else {
                    ThinnedCount.probabilities(documents[i], occurrences[i], CURVE_WEIGHTS[g], edge, edgeScratch);
                    curveN1[i][g] += edge[1] * othersNone + edge[0] * othersOne;
                }
            }
        }
    }

    /** Adds the sums of another partition made with the same weights. */
    public MixtureMoments addAll(MixtureMoments other) {
        if (!Arrays.equals(weights, other.weights)) {
            throw new IllegalArgumentException("moments of different weights do not add");
        }
        for (int k = 0; k <= ORDERS; k++) {
            expectedCounts[k] += other.expectedCounts[k];
        }
        n += other.n;
        nVariance += other.nVariance;
        distinct += other.distinct;
        n1Variance += other.n1Variance;
        n1nCovariance += other.n1nCovariance;
        approximatedOccurrences += other.approximatedOccurrences;
        for (int i = 0; i < weights.length; i++) {
            ownSingletons[i] += other.ownSingletons[i];
            sourceOccurrences[i] += other.sourceOccurrences[i];
            for (int g = 0; g < CURVE_WEIGHTS.length; g++) {
                curveN1[i][g] += other.curveN1[i][g];
            }
        }
        return this;
    }

    private void convolve(double[] law) {
        if (law[0] == 1) {
            return; // an absent item or a weight of 0 adds nothing
        }
        for (int k = 0; k <= ORDERS; k++) {
            double p = 0;
            for (int j = 0; j <= k; j++) {
                p += mixture[j] * law[k - j];
            }
            next[k] = p;
        }
        System.arraycopy(next, 0, mixture, 0, next.length);
    }

    public int sources() {
        return weights.length;
    }

    public double weight(int source) {
        return weights[source];
    }

    /** E[n]. */
    public double n() {
        return n;
    }

    public double nSd() {
        return Math.sqrt(nVariance);
    }

    /** E[distinct]: items expected to be seen at least once. */
    public double distinct() {
        return distinct;
    }

    /** E[N_k] for 1 ≤ k ≤ ORDERS. */
    public double count(int k) {
        if (k < 1 || k > ORDERS) {
            throw new IllegalArgumentException("E[N_k] is kept for k in 1.." + ORDERS + ", not " + k);
        }
        return expectedCounts[k];
    }

    public double n1() {
        return expectedCounts[1];
    }

    public double n2() {
        return expectedCounts[2];
    }

    public double n1Sd() {
        return Math.sqrt(n1Variance);
    }

    /** E[N_1]/E[n], the expected singleton rate to first order (its bias is O(Var n / E[n]²)); null when E[n] = 0. */
    public Double singletonRate() {
        return n > 0 ? expectedCounts[1] / n : null;
    }

    /**
     * The delta method's sd of N_1/n: sqrt(Var N_1 − 2r·Cov(N_1, n) + r²·Var n)/E[n], r = E[N_1]/E[n]; null when
     * E[n] = 0.
     */
    public Double singletonRateSd() {
        if (!(n > 0)) {
            return null;
        }
        double r = expectedCounts[1] / n;
        double variance = n1Variance - 2 * r * n1nCovariance + r * r * nVariance;
        return Math.sqrt(Math.max(0, variance)) / n;
    }

    /** Expected singletons of the mixture whose one occurrence comes from this source; they sum to E[N_1]. */
    public double ownSingletons(int source) {
        return ownSingletons[source];
    }

    /** The source's own count of occurrences, before thinning. */
    public long sourceOccurrences(int source) {
        return sourceOccurrences[source];
    }

    /** E[n_i] = w_i·n_i: the source's expected occurrences in the mixture. */
    public double expectedOccurrences(int source) {
        return weights[source] * sourceOccurrences[source];
    }

    /** Occurrences (before thinning, in sources with 0 &lt; w &lt; 1) whose law is the one-heavy-document form. */
    public long approximatedOccurrences() {
        return approximatedOccurrences;
    }

    /** E[n] with the source's weight set to CURVE_WEIGHTS[point] and the others as they are. */
    public double curveN(int source, int point) {
        return n - expectedOccurrences(source) + CURVE_WEIGHTS[point] * sourceOccurrences[source];
    }

    /** E[N_1] with the source's weight set to CURVE_WEIGHTS[point] and the others as they are. */
    public double curveN1(int source, int point) {
        return curveN1[source][point];
    }
}
