package org.factfloor.sample;

import java.io.Serializable;
import java.util.Locale;
import org.factfloor.UserError;

/**
 * A deterministic Bernoulli sample of a corpus (`run --sample`): a document (by its id) or a whole file (by its
 * path) is kept when a seeded 64-bit hash of that key falls below the fraction. The decision depends on the key
 * and the seed only, so it repeats across runs, partitionings and clusters, and samples with the same seed nest
 * (a 5% sample is inside the 10% one).
 */
public record BernoulliSample(double fraction, Unit unit, long seed) implements Serializable {
    /** What one sampling decision keeps or drops. */
    public enum Unit {
        DOCUMENTS, FILES;

        public String stored() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Unit parse(String name) {
            for (Unit u : values()) {
                if (u.stored().equals(name.strip().toLowerCase(Locale.ROOT))) {
                    return u;
                }
            }
            throw new UserError("--sample-by must be documents or files, got '" + name + "'");
        }
    }

    public BernoulliSample {
        if (!(fraction > 0 && fraction < 1)) {
            throw new UserError("--sample must be a fraction strictly between 0 and 1 (0.05 = 5%), got " + fraction);
        }
    }

    /** True when the document or file with this id or path is in the sample. */
    public boolean keeps(String key) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001B3L; // FNV-1a step over UTF-16 units
        }
        return (mix(h) >>> 11) * 0x1.0p-53 < fraction;
    }

    /** SplitMix64's finaliser (Steele, Lea &amp; Flood 2014): every input bit reaches every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
