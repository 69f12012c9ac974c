package org.factfloor.stats;

import java.util.Collections;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Result of Simple Good–Turing (Gale &amp; Sampson 1995, "Good–Turing frequency estimation without tears").
 *
 * <p>When {@code applicable} is false, {@code reason} says why and every number is absent: {@code p0},
 * {@code intercept}, {@code slope} and {@code firstSmoothedR} are null and both maps are empty. When it is true,
 * {@code reason} is null, {@code rStar} holds the adjusted frequency r* for every observed r (Turing estimate below the
 * switch, smoothed from it on, as in Sampson's sgt.c) and {@code p} the renormalised per-item probability
 * p_r = (1 − P0)·r* / N' with N' = Σ N_r·r*, so that P0 + Σ N_r·p_r = 1.
 *
 * @param switchThreshold multiple of the Turing estimate's standard deviation used by the switch rule
 * @param p0              P0 = N_1/n, the total probability of unseen items
 * @param intercept       a in log Z_r = a + b·log r
 * @param slope           b in log Z_r = a + b·log r (below −1 whenever applicable)
 * @param firstSmoothedR  the smallest observed r whose r* is the smoothed value (every larger r is smoothed too)
 */
public record SgtEstimate(
        boolean applicable,
        String reason,
        double switchThreshold,
        Double p0,
        Double intercept,
        Double slope,
        Long firstSmoothedR,
        SortedMap<Long, Double> rStar,
        SortedMap<Long, Double> p) {

    public SgtEstimate {
        rStar = Collections.unmodifiableSortedMap(new TreeMap<>(rStar));
        p = Collections.unmodifiableSortedMap(new TreeMap<>(p));
    }

    static SgtEstimate notApplicable(double switchThreshold, String reason) {
        return new SgtEstimate(false, reason, switchThreshold, null, null, null, null,
                new TreeMap<>(), new TreeMap<>());
    }

    /** r* for an observed frequency r; empty when r was not observed or the estimate is not applicable. */
    public OptionalDouble rStar(long r) {
        Double value = rStar.get(r);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** p_r, the probability of one item seen r times; empty when r was not observed or not applicable. */
    public OptionalDouble p(long r) {
        Double value = p.get(r);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /**
     * The smoothed r* = (r+1)·((r+1)/r)^b read off the fitted line at any r &gt; 0, for plotting the fit; empty when
     * not applicable or r is not a finite positive number.
     */
    public OptionalDouble smoothedRStar(double r) {
        if (!applicable || !(r > 0) || Double.isInfinite(r)) {
            return OptionalDouble.empty();
        }
        double value = SimpleGoodTuring.smoothedRStar(r, slope);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }
}
