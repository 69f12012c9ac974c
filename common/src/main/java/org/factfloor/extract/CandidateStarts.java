package org.factfloor.extract;

import java.util.Arrays;

/**
 * Where each pattern's match can begin in the current document, as {@link StartAutomaton} found them: per pattern,
 * positions in increasing order. Arrays are reused from document to document, so a task allocates nothing per
 * document once they have grown to its largest.
 */
final class CandidateStarts {
    private int[][] positions = new int[0][];
    private int[] counts = new int[0];

    void clear(int patterns) {
        if (positions.length < patterns) {
            positions = Arrays.copyOf(positions, patterns);
            counts = Arrays.copyOf(counts, patterns);
            for (int i = 0; i < patterns; i++) {
                if (positions[i] == null) {
                    positions[i] = new int[16];
                }
            }
        }
        Arrays.fill(counts, 0);
    }

    /** Positions arrive from the backward scan in decreasing order. */
    void add(int pattern, int position) {
        int n = counts[pattern];
        if (n == positions[pattern].length) {
            positions[pattern] = Arrays.copyOf(positions[pattern], n * 2);
        }
        positions[pattern][n] = position;
        counts[pattern] = n + 1;
    }

    /** Puts each pattern's positions in increasing order. */
    void finish() {
        for (int i = 0; i < counts.length; i++) {
            int[] p = positions[i];
            for (int a = 0, b = counts[i] - 1; a < b; a++, b--) {
                int t = p[a];
                p[a] = p[b];
                p[b] = t;
            }
        }
    }

    int count(int pattern) {
        return counts[pattern];
    }

    int position(int pattern, int index) {
        return positions[pattern][index];
    }

    /** The index of the first position at or after {@code from} (count when there is none). */
    int firstAtOrAfter(int pattern, int from) {
        return firstAtOrAfter(positions[pattern], counts[pattern], from);
    }

    /** In sorted[0, n), the index of the first value at or after {@code from} (n when there is none). */
    static int firstAtOrAfter(int[] sorted, int n, int from) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
