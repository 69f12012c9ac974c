package org.factfloor.stats;

import java.util.function.DoubleUnaryOperator;

/**
 * A lower bound on a calibrated model's hallucination rate from the singleton rate of its training data, together
 * with the sample-size term that eats into it and the corpus size at which that term falls below a tenth of the
 * singleton rate.
 *
 * @param floor          max(0, bound)
 * @param singletonRate  the singleton rate the bound starts from
 * @param sampleSizeTerm the bound's term that shrinks with n
 * @param nNeeded        smallest n at which sampleSizeTerm &lt; singletonRate/10; null when the rate is 0
 * @param limitedBySampleSize true when the corpus is smaller than nNeeded
 */
public record HallucinationFloor(double floor, double singletonRate, double sampleSizeTerm, Long nNeeded,
                                 boolean limitedBySampleSize) {

    /** Kalai, Nachum, Vempala &amp; Zhang 2025, Thm 2: max(0, sr − 2/E − 6·ln(3n/γ)/√n − δ), sr at entity level. */
    public static HallucinationFloor knvz2025(FrequencySpectrum entitySpectrum, FloorParameters p) {
        return entitySpectrum.n() == 0 ? null
                : knvz2025(SingletonRate.ofNonEmpty(entitySpectrum), entitySpectrum.n(), p);
    }

    /** As {@link #knvz2025(FrequencySpectrum, FloorParameters)} from a rate and an n (a mixture's expectations). */
    public static HallucinationFloor knvz2025(double sr, double n, FloorParameters p) {
        DoubleUnaryOperator term = size -> knvz2025Term(size, p);
        return of(knvz2025Bound(sr, n, p), sr, term.applyAsDouble(n), n, smallestN(term, sr / 10));
    }

    /** Kalai &amp; Vempala 2024, Cor. 1: max(0, MF − Mis − 3·(1/E)/γ − sqrt(6·ln(6/γ)/n)), MF at factoid level. */
    public static HallucinationFloor kv2024(FrequencySpectrum factoidSpectrum, FloorParameters p) {
        return factoidSpectrum.n() == 0 ? null
                : kv2024(SingletonRate.ofNonEmpty(factoidSpectrum), factoidSpectrum.n(), p);
    }

    /** As {@link #kv2024(FrequencySpectrum, FloorParameters)} from a rate and an n (a mixture's expectations). */
    public static HallucinationFloor kv2024(double sr, double n, FloorParameters p) {
        DoubleUnaryOperator term = size -> kv2024Term(size, p);
        return of(kv2024Bound(sr, n, p), sr, term.applyAsDouble(n), n, smallestN(term, sr / 10));
    }

    /** The 2025 bound before clipping at 0, for an entity-level singleton rate sr at n occurrences (any n ≥ 1). */
    public static double knvz2025Bound(double sr, double n, FloorParameters p) {
        return sr - 2 / p.plausibleAlternatives() - knvz2025Term(n, p) - p.calibrationError();
    }

    /** The 2024 bound before clipping at 0, for a factoid-level singleton rate sr at n occurrences (any n ≥ 1). */
    public static double kv2024Bound(double sr, double n, FloorParameters p) {
        return sr - p.miscalibration() - 3 * (1 / p.plausibleAlternatives()) / p.gamma() - kv2024Term(n, p);
    }

    private static double knvz2025Term(double n, FloorParameters p) {
        return 6 * Math.log(3.0 * n / p.gamma()) / Math.sqrt(n);
    }

    private static double kv2024Term(double n, FloorParameters p) {
        return Math.sqrt(6 * Math.log(6 / p.gamma()) / n);
    }

    private static HallucinationFloor of(double bound, double sr, double term, double n, Long nNeeded) {
        return new HallucinationFloor(Math.max(0, bound), sr, term, nNeeded, nNeeded != null && n < nNeeded);
    }

    /** Both sample-size terms decrease in n for n >= 1, so a doubling search then bisection finds the first n below. */
    private static Long smallestN(DoubleUnaryOperator term, double target) {
        if (!(target > 0)) {
            return null;
        }
        long high = 1;
        while (term.applyAsDouble(high) >= target) {
            if (high > Long.MAX_VALUE / 4) {
                return null;
            }
            high *= 2;
        }
        long low = high / 2; // term(low) >= target unless low == 0
        while (high - low > 1) {
            long mid = low + (high - low) / 2;
            if (term.applyAsDouble(mid) < target) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }
}
