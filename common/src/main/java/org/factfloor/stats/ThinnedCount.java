package org.factfloor.stats;

import java.util.Arrays;

/**
 * One source's count of one item after each of the source's documents is kept independently with probability w
 * (DESIGN §6, mixtures). With u occurrences (under the count unit) in d documents the kept count is
 * X = Bin(d − 1, w) + (u − d + 1)·Bern(w): each document is a Bernoulli(w) draw, and its occurrences go or stay
 * together. That is exact when every document holds one occurrence (u = d, always so under the documents count
 * unit, X = Bin(d, w)) or there is one document (d = 1). Otherwise the state does not say how the u mentions split
 * over the d documents; this form puts every extra mention into one document, which keeps the most one-mention
 * documents (an upper bound on P(X = 1)) and the exact mean u·w and P(X = 0) = (1 − w)^d, and is counted as
 * approximated ({@link #exact}).
 */
final class ThinnedCount {
    private ThinnedCount() {
    }

    /** Whether {@link #probabilities} is the exact law of the kept count, not the one-heavy-document approximation. */
    static boolean exact(long documents, long occurrences) {
        return occurrences == documents || documents <= 1;
    }

    /** E[X] = u·w: every occurrence survives with its document's probability, whatever the split. */
    static double mean(long occurrences, double w) {
        return occurrences * w;
    }

    /** Var X = (d − 1)·w(1 − w) + (u − d + 1)²·w(1 − w) for the form above. */
    static double variance(long documents, long occurrences, double w) {
        if (documents == 0) {
            return 0;
        }
        double heavy = occurrences - documents + 1;
        return ((documents - 1) + heavy * heavy) * w * (1 - w);
    }

    /**
     * P(X = k) for k = 0 … out.length − 1, into out (the law truncated: no more is needed for E[N_k], small k).
     *
     * @param scratch an array as long as out, overwritten
     */
    static void probabilities(long documents, long occurrences, double w, double[] out, double[] scratch) {
        if (documents == 0) {
            Arrays.fill(out, 0);
            out[0] = 1;
            return;
        }
        binomial(documents - 1, w, scratch);
        long heavy = occurrences - documents + 1;
        for (int k = 0; k < out.length; k++) {
            double withHeavy = k >= heavy ? scratch[(int) (k - heavy)] : 0;
            out[k] = (1 - w) * scratch[k] + w * withHeavy;
        }
    }

    /** P(Bin(c, w) = k), k = 0 … out.length − 1, each from its logarithm: large c never underflows too early. */
    static void binomial(long c, double w, double[] out) {
        Arrays.fill(out, 0);
        if (w == 0 || c == 0) {
            out[0] = 1;
            return;
        }
        if (w == 1) {
            if (c < out.length) {
                out[(int) c] = 1;
            }
            return;
        }
        double logP = c * Math.log1p(-w);
        double logRatio = Math.log(w) - Math.log1p(-w);
        int last = (int) Math.min(c, out.length - 1);
        out[0] = Math.exp(logP);
        for (int k = 1; k <= last; k++) {
            logP += Math.log((double) (c - k + 1) / k) + logRatio; // C(c, k)/C(c, k−1) = (c − k + 1)/k
            out[k] = Math.exp(logP);
        }
    }
}
