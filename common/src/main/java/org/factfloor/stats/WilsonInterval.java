package org.factfloor.stats;

/**
 * Wilson score interval for a binomial proportion k/n (Wilson 1927, "Probable inference, the law of succession, and
 * statistical inference", JASA 22: 209–212): (p̂ + z²/2n ± z·sqrt(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n), z = Φ⁻¹(1 − γ/2).
 * Unlike the normal (Wald) interval it stays inside [0, 1] and is not degenerate at p̂ = 0 or 1, which is where a
 * precision measured on a few hundred factoids sits.
 */
public record WilsonInterval(double low, double high) {

    /** Null when n = 0: nothing was observed. */
    public static WilsonInterval of(long successes, long trials, double confidence) {
        Confidence.check(confidence);
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials, got " + successes + " of " + trials);
        }
        if (trials == 0) {
            return null;
        }
        double z = NormalQuantile.of(1 - (1 - confidence) / 2);
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = p + z2 / (2 * n);
        double spread = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double scale = 1 + z2 / n;
        return new WilsonInterval(Math.max(0, (centre - spread) / scale), Math.min(1, (centre + spread) / scale));
    }
}
