package org.factfloor.stats;

/** Shared argument check for the confidence level 1 − γ used by every bound. */
final class Confidence {
    private Confidence() {
    }

    static void check(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be strictly between 0 and 1, got " + confidence);
        }
    }
}
