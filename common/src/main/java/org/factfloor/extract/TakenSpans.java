package org.factfloor.extract;

import java.util.Arrays;

/**
 * The spans [start, end) of the matches a domain took in the current document (counted, or refused by a
 * qualifier), kept sorted by start with at most one span per start. They never overlap: a match that overlaps a
 * taken span is dropped before it could be taken. A later pattern's match that overlaps one is
 * the same mention read again; and a candidate start inside one is not tried at all, since whatever matches there
 * overlaps it. Sorted arrays rather than a TreeMap, whose lookups allocate an entry each: this is asked at every
 * candidate start.
 */
final class TakenSpans {
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int count;

    void clear() {
        count = 0;
    }

    /** Records [start, end); a span with the same start is replaced. */
    void add(int start, int end) {
        int k = firstAfter(start);
        if (k > 0 && starts[k - 1] == start) {
            ends[k - 1] = end;
            return;
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        System.arraycopy(starts, k, starts, k + 1, count - k);
        System.arraycopy(ends, k, ends, k + 1, count - k);
        starts[k] = start;
        ends[k] = end;
        count++;
    }

    /**
     * Whether [start, end) overlaps a span: the span beginning at or before start reaches past it, or one beginning
     * at or after start begins before end.
     */
    boolean overlaps(int start, int end) {
        int k = firstAfter(start);
        if (k > 0 && ends[k - 1] > start) {
            return true;
        }
        int atOrAfter = k > 0 && starts[k - 1] == start ? k - 1 : k;
        return atOrAfter < count && starts[atOrAfter] < end;
    }

    /** The first position at or after {@code position} that no span covers. */
    int resume(int position) {
        int k = firstAfter(position);
        if (k == 0 || ends[k - 1] <= position) {
            return position;
        }
        int p = ends[k - 1];
        for (; k < count && starts[k] == p && ends[k] > p; k++) {
            p = ends[k]; // the next span begins where this one ends
        }
        return p;
    }

    /** Where the first span that starts after {@code position} starts, or Integer.MAX_VALUE when none does. */
    int nextStart(int position) {
        int k = firstAfter(position);
        return k < count ? starts[k] : Integer.MAX_VALUE;
    }

    /** The index of the first span that starts after {@code position}. */
    private int firstAfter(int position) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
