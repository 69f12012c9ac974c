package org.factfloor.stats;

import java.util.List;
import java.util.TreeMap;

/**
 * The sample's doubletons at the ends of their exact Poisson confidence interval (Garwood 1936, Biometrika 28:437,
 * by the Wilson–Hilferty cube-root approximation to its χ² quantiles, Wilson &amp; Hilferty 1931): the spectra with as
 * many and as few repeats as the sample does not exclude. Repeats are what an extrapolation to a larger corpus
 * rests on; when a sample holds almost none (N2 of 0–3 at a 1–5% sample of a corpus whose facts are nearly all
 * singletons), every fit of the observed spectrum says "nothing ever repeats" with a narrow interval, and only a
 * fit to the upper bound shows how many repeats the full corpus may hold.
 */
final class RepeatBounds {
    private RepeatBounds() {
    }

    /** {spectrum with N2 at its lower bound, spectrum with N2 at its upper bound}; the lower one only when N2 > 0. */
    static List<FrequencySpectrum> of(FrequencySpectrum s, double confidence) {
        double z = NormalQuantile.of(0.5 + confidence / 2);
        long n2 = s.n2();
        long upper = Math.round(garwood(n2 + 1, z));
        if (n2 == 0) {
            return List.of(with(s, upper));
        }
        return List.of(with(s, Math.round(garwood(n2, -z))), with(s, upper));
    }

    /** The χ²-based Poisson limit (ν/2 degrees of freedom): k·(1 − 1/(9k) ± z/(3√k))³. */
    static double garwood(double k, double z) {
        double c = 1 - 1 / (9 * k) + z / (3 * Math.sqrt(k));
        return Math.max(0, k * c * c * c);
    }

    private static FrequencySpectrum with(FrequencySpectrum s, long doubletons) {
        TreeMap<Long, Long> rows = new TreeMap<>();
        for (int i = 0; i < s.size(); i++) {
            rows.put(s.frequencyAt(i), s.countAt(i));
        }
        rows.put(2L, doubletons);
        rows.values().removeIf(c -> c == 0);
        return FrequencySpectrum.of(rows);
    }
}
