package org.factfloor.stats;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a spectrum is carried to a larger corpus (DESIGN §6, prediction from a sample); {@link #stored()} in outputs. */
public enum ExtrapolationMethod {
    /** Fitted Poisson–lognormal abundance model, one fit for every size ({@link PoissonLognormal}). */
    POISSON_LOGNORMAL,
    /** Fitted two-parameter Poisson–Dirichlet model, closed-form conditional expectations ({@link PitmanYor}). */
    PITMAN_YOR,
    /** Orlitsky, Suresh &amp; Wu 2016 ({@link SmoothedGoodToulmin}). */
    SMOOTHED_GOOD_TOULMIN,
    /** Chao et al. 2014 ({@link CorpusGrowth}); only for growth factors t ≤ {@link #CHAO_MAX_FACTOR}. */
    CHAO_2014;

    /** Chao et al. 2014 validate their extrapolation up to double the sample (t = 1) and advise at most t = 2. */
    public static final double CHAO_MAX_FACTOR = 2;

    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExtrapolationMethod parse(String name) {
        for (ExtrapolationMethod m : values()) {
            if (m.stored().equals(name.strip().toLowerCase(Locale.ROOT).replace('-', '_'))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown extrapolation method '" + name + "'; expected one of "
                + Arrays.stream(values()).map(ExtrapolationMethod::stored).collect(Collectors.joining(", ")));
    }
}
