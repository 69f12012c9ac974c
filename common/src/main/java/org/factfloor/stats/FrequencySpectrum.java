package org.factfloor.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Frequency of frequencies N_r: how many distinct items were seen exactly r times (Good 1953, "The population
 * frequencies of species"). It is the metric every estimator reads; counts themselves are the mergeable state.
 */
public final class FrequencySpectrum {
    private final long[] r;
    private final long[] nR;
    private final long n;
    private final long distinct;

    private FrequencySpectrum(long[] r, long[] nR) {
        this.r = r;
        this.nR = nR;
        long total = 0;
        long kinds = 0;
        for (int i = 0; i < r.length; i++) {
            total = Math.addExact(total, Math.multiplyExact(r[i], nR[i]));
            kinds += nR[i];
        }
        this.n = total;
        this.distinct = kinds;
    }

    /** Builds a spectrum from (r, N_r) pairs; pairs with the same r are summed, N_r = 0 rows are dropped. */
    public static FrequencySpectrum of(Map<Long, Long> frequencyOfFrequencies) {
        TreeMap<Long, Long> sorted = new TreeMap<>();
        frequencyOfFrequencies.forEach((frequency, kinds) -> {
            if (frequency == null || frequency < 1) {
                throw new IllegalArgumentException("spectrum frequency r must be >= 1, got " + frequency);
            }
            if (kinds == null || kinds < 0) {
                throw new IllegalArgumentException("spectrum count n_r must be >= 0, got " + kinds + " at r=" + frequency);
            }
            if (kinds > 0) {
                sorted.merge(frequency, kinds, Long::sum);
            }
        });
        long[] r = new long[sorted.size()];
        long[] nR = new long[sorted.size()];
        int i = 0;
        for (Map.Entry<Long, Long> e : sorted.entrySet()) {
            r[i] = e.getKey();
            nR[i] = e.getValue();
            i++;
        }
        return new FrequencySpectrum(r, nR);
    }

    /** Builds a spectrum from one count per distinct item; zero counts are items never seen and are ignored. */
    public static FrequencySpectrum ofCounts(long... counts) {
        TreeMap<Long, Long> spectrum = new TreeMap<>();
        for (long c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("an item count must be >= 0, got " + c);
            }
            if (c > 0) {
                spectrum.merge(c, 1L, Long::sum);
            }
        }
        return of(spectrum);
    }

    public static FrequencySpectrum empty() {
        return new FrequencySpectrum(new long[0], new long[0]);
    }

    /** n: total occurrences, Σ r·N_r. */
    public long n() {
        return n;
    }

    /** Number of distinct items seen at least once, Σ N_r. */
    public long distinct() {
        return distinct;
    }

    /** N_r for any r >= 1 (0 when no item was seen exactly r times). */
    public long count(long frequency) {
        int i = java.util.Arrays.binarySearch(r, frequency);
        return i >= 0 ? nR[i] : 0;
    }

    public long n1() {
        return count(1);
    }

    public long n2() {
        return count(2);
    }

    public boolean isEmpty() {
        return n == 0;
    }

    /** Number of distinct frequencies r with N_r > 0. */
    public int size() {
        return r.length;
    }

    public long frequencyAt(int index) {
        return r[index];
    }

    public long countAt(int index) {
        return nR[index];
    }

    /** The rows in ascending r. */
    public List<SpectrumRow> rows() {
        List<SpectrumRow> rows = new ArrayList<>(r.length);
        for (int i = 0; i < r.length; i++) {
            rows.add(new SpectrumRow(r[i], nR[i]));
        }
        return Collections.unmodifiableList(rows);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrequencySpectrum other
                && java.util.Arrays.equals(r, other.r) && java.util.Arrays.equals(nR, other.nR);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(r) + java.util.Arrays.hashCode(nR);
    }

    @Override
    public String toString() {
        return rows().toString();
    }
}
