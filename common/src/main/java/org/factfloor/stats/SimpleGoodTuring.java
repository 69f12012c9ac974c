package org.factfloor.stats;

import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Simple Good–Turing frequency estimation (Gale &amp; Sampson 1995, "Good–Turing frequency estimation without tears",
 * J. Quantitative Linguistics 2:217–37), computed step for step as Sampson's reference program sgt.c (2008 release).
 *
 * <ol>
 *   <li>Averaging transform Z_r = 2·N_r/(t − q), q and t the neighbouring observed frequencies; q = 0 for the first
 *       row and t = 2r − q for the last.</li>
 *   <li>Least squares of log Z_r on log r (unweighted, one point per observed r): intercept a, slope b.</li>
 *   <li>Smoothed y = (r+1)·((r+1)/r)^b; Turing x = (r+1)·N_{r+1}/N_r. x is used while r+1 is observed and
 *       |x − y| &gt; k·sqrt((r+1)²·N_{r+1}/N_r²·(1 + N_{r+1}/N_r)); from the first r where either fails, y is used for
 *       that r and every larger one.</li>
 *   <li>P0 = N_1/n; p_r = (1 − P0)·r* / N' with N' = Σ N_r·r*.</li>
 * </ol>
 * The estimator is reported not applicable, with no numbers, when n = 0, N_1 = 0, fewer than two distinct r are
 * observed, or the fitted slope b is not below −1 (Gale &amp; Sampson: with b &gt; −1 the smoothed r* would exceed r).
 */
public final class SimpleGoodTuring {
    /** k = 1.96, the p &lt; 0.05 criterion of Sampson's sgt.c (CONFID_FACTOR). */
    public static final double DEFAULT_SWITCH_THRESHOLD = 1.96;
    /** k = 1.65, the p &lt; 0.1 criterion used in Gale &amp; Sampson's experiments (their note 8). */
    public static final double GALE_SWITCH_THRESHOLD = 1.65;

    private SimpleGoodTuring() {
    }

    public static SgtEstimate estimate(FrequencySpectrum spectrum) {
        return estimate(spectrum, DEFAULT_SWITCH_THRESHOLD);
    }

    public static SgtEstimate estimate(FrequencySpectrum spectrum, double switchThreshold) {
        if (!(switchThreshold > 0) || Double.isInfinite(switchThreshold)) {
            throw new IllegalArgumentException("SGT switch threshold must be a finite positive number of standard "
                    + "deviations (1.96 in sgt.c, 1.65 in Gale & Sampson's experiments), got " + switchThreshold);
        }
        if (spectrum.n() == 0) {
            return SgtEstimate.notApplicable(switchThreshold, "no occurrences (n = 0)");
        }
        int rows = spectrum.size();
        if (rows < 2) {
            return SgtEstimate.notApplicable(switchThreshold, "only one distinct frequency r = "
                    + spectrum.frequencyAt(0) + " is observed: the log-log line needs at least two");
        }
        long n1 = spectrum.n1();
        if (n1 == 0) {
            return SgtEstimate.notApplicable(switchThreshold,
                    "no singletons (N1 = 0): P0 = 0 and the Turing estimates start from an unobserved frequency");
        }

        double[] r = new double[rows];
        double[] nR = new double[rows];
        double[] logR = new double[rows];
        double[] logZ = new double[rows];
        for (int j = 0; j < rows; j++) {
            r[j] = spectrum.frequencyAt(j);
            nR[j] = spectrum.countAt(j);
        }
        double[] z = averagedCounts(spectrum);
        for (int j = 0; j < rows; j++) {
            logR[j] = Math.log(r[j]);
            logZ[j] = Math.log(z[j]);
        }
        double meanX = mean(logR);
        double meanY = mean(logZ);
        double sxy = 0;
        double sxx = 0;
        for (int j = 0; j < rows; j++) {
            sxy += (logR[j] - meanX) * (logZ[j] - meanY);
            sxx += (logR[j] - meanX) * (logR[j] - meanX);
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        if (!(slope < -1)) {
            return SgtEstimate.notApplicable(switchThreshold, String.format(Locale.ROOT,
                    "log-log slope b = %.6g is not below -1: the smoothed r* would not fall below r, so Simple "
                            + "Good-Turing does not apply (Gale & Sampson 1995)", slope));
        }

        double[] rStar = new double[rows];
        boolean smoothing = false;
        Long firstSmoothedR = null;
        for (int j = 0; j < rows; j++) {
            double y = smoothedRStar(r[j], slope);
            boolean nextObserved = j + 1 < rows && spectrum.frequencyAt(j + 1) == spectrum.frequencyAt(j) + 1;
            if (!nextObserved) {
                smoothing = true;
            }
            if (!smoothing) {
                double nNext = nR[j + 1];
                double x = (r[j] + 1) * nNext / nR[j];
                double sd = Math.sqrt((r[j] + 1) * (r[j] + 1) * nNext / (nR[j] * nR[j]) * (1 + nNext / nR[j]));
                if (Math.abs(x - y) <= switchThreshold * sd) {
                    smoothing = true;
                } else {
                    rStar[j] = x;
                }
            }
            if (smoothing) {
                rStar[j] = y;
                if (firstSmoothedR == null) {
                    firstSmoothedR = spectrum.frequencyAt(j);
                }
            }
        }

        double p0 = SingletonRate.ofNonEmpty(spectrum);
        double nPrime = 0;
        for (int j = 0; j < rows; j++) {
            nPrime += nR[j] * rStar[j];
        }
        SortedMap<Long, Double> rStarByR = new TreeMap<>();
        SortedMap<Long, Double> pByR = new TreeMap<>();
        for (int j = 0; j < rows; j++) {
            double p = (1 - p0) * rStar[j] / nPrime;
            if (!Double.isFinite(rStar[j]) || !Double.isFinite(p)) {
                return SgtEstimate.notApplicable(switchThreshold,
                        "r* or p_r overflows double precision at r = " + spectrum.frequencyAt(j));
            }
            rStarByR.put(spectrum.frequencyAt(j), rStar[j]);
            pByR.put(spectrum.frequencyAt(j), p);
        }
        return new SgtEstimate(true, null, switchThreshold, p0, intercept, slope, firstSmoothedR, rStarByR, pByR);
    }

    /**
     * Z_r = 2·N_r/(t − q) for each observed r in ascending order, q and t the neighbouring observed frequencies
     * (q = 0 first, t = 2r − q last): N_r spread over the gap it stands for, the points the log-log line is fitted
     * to.
     */
    public static double[] averagedCounts(FrequencySpectrum spectrum) {
        int rows = spectrum.size();
        double[] z = new double[rows];
        for (int j = 0; j < rows; j++) {
            double r = spectrum.frequencyAt(j);
            double q = j == 0 ? 0 : spectrum.frequencyAt(j - 1);
            double t = j == rows - 1 ? 2 * r - q : spectrum.frequencyAt(j + 1);
            z[j] = 2 * spectrum.countAt(j) / (t - q);
        }
        return z;
    }

    /** (r+1)·((r+1)/r)^b, the r* implied by N_r ∝ r^b; equal to sgt.c's (r+1)·S(r+1)/S(r). */
    static double smoothedRStar(double r, double slope) {
        return (r + 1) * Math.exp(slope * Math.log1p(1 / r));
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
