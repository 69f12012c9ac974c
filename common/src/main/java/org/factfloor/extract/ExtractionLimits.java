package org.factfloor.extract;

import java.io.Serializable;

/**
 * How much work one document may cost a domain (DESIGN §7). Text is searched in windows of {@code windowChars}
 * that overlap by {@code overlapChars}, so a very long document is processed piece by piece and never dropped; a
 * match may be at most {@code overlapChars} long. Each window may read {@code stepsPerChar} characters per
 * character of the window (at least a thousand characters' worth) across all of the domain's patterns; a pattern
 * that backtracks catastrophically runs out of steps, the rest of that window is skipped and the timeout counted.
 * Steps rather than wall-clock time keep the outputs the same from run to run.
 */
public record ExtractionLimits(int windowChars, int overlapChars, long stepsPerChar) implements Serializable {
    public static final ExtractionLimits DEFAULT = new ExtractionLimits(100_000, 2_000, 5_000);

    public ExtractionLimits {
        if (windowChars < 1 || overlapChars < 0 || stepsPerChar < 1) {
            throw new IllegalArgumentException("extraction limits must be positive: " + windowChars + ", "
                    + overlapChars + ", " + stepsPerChar);
        }
    }

    long stepsFor(int windowLength) {
        return stepsPerChar * Math.max(1_000, windowLength);
    }
}
