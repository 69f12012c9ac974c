package org.factfloor.stats;

import java.util.OptionalDouble;

/**
 * Singleton (monofact) rate N_1/n, the Good–Turing estimate of the missing mass (Kalai &amp; Vempala 2024 §3;
 * Kalai et al. 2025 Def. 2). Undefined, not NaN, when n = 0.
 */
public final class SingletonRate {
    private SingletonRate() {
    }

    /** The rate where n > 0 is known (the estimators that need it check n first). */
    static double ofNonEmpty(FrequencySpectrum spectrum) {
        return of(spectrum).orElseThrow(() -> new IllegalStateException("the singleton rate needs n > 0"));
    }

    /** The rate, or null when n = 0, for the summary's nullable fields. */
    static Double orNull(FrequencySpectrum spectrum) {
        OptionalDouble rate = of(spectrum);
        return rate.isPresent() ? rate.getAsDouble() : null;
    }

    public static OptionalDouble of(FrequencySpectrum spectrum) {
        if (spectrum.n() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) spectrum.n1() / spectrum.n());
    }
}
