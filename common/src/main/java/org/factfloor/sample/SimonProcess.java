package org.factfloor.sample;

import java.util.SplittableRandom;
import java.util.TreeMap;
import org.factfloor.stats.FrequencySpectrum;

/**
 * The frequency spectrum of Simon's process (Simon 1955, Biometrika 42:425): each mention is of a new item with
 * probability {@code newItem}, else of the item of a uniformly chosen earlier mention (preferential attachment), as
 * the generator's death dates and citations are drawn, without their text. For tests and benchmarks at the 4 GB
 * corpus's size (10 million mentions in about a second, where generating the corpus takes an hour).
 */
public final class SimonProcess {
    private SimonProcess() {
    }

    public static FrequencySpectrum spectrum(int mentions, double newItem, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] itemOf = new int[mentions];
        int[] counts = new int[mentions];
        int items = 0;
        for (int m = 0; m < mentions; m++) {
            int item = m == 0 || random.nextDouble() < newItem ? items++ : itemOf[random.nextInt(m)];
            itemOf[m] = item;
            counts[item]++;
        }
        TreeMap<Long, Long> rows = new TreeMap<>();
        for (int i = 0; i < items; i++) {
            rows.merge((long) counts[i], 1L, Long::sum);
        }
        return FrequencySpectrum.of(rows);
    }
}
