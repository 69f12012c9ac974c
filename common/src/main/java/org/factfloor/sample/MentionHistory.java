package org.factfloor.sample;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The item of every earlier mention, in order, as primitive ints: picking one uniformly is picking an item in
 * proportion to its mentions (Simon's preferential attachment). A 4 GB corpus holds millions of mentions, so no
 * boxed Integer per mention.
 */
final class MentionHistory {
    private int[] items = new int[1024];
    private int size;

    void add(int item) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = item;
    }

    /** An earlier mention's item, uniformly over the mentions; one draw from the random, so a seed fixes the corpus. */
    int pick(SplittableRandom random) {
        return items[random.nextInt(size)];
    }
}
