package org.factfloor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The sorted spans against the TreeMap (start → end) they replaced, and resume by its definition. */
class TakenSpansTest {
    @Test
    void overlapsAsTheTreeMapDidAndResumesPastEveryCoveringSpan() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            TakenSpans spans = new TakenSpans();
            TreeMap<Integer, Integer> map = new TreeMap<>();
            for (int step = 0; step < 40; step++) {
                int start = random.nextInt(60);
                int end = start + random.nextInt(8);
                boolean overlaps = overlaps(map, start, end);
                assertEquals(overlaps, spans.overlaps(start, end), round + ": [" + start + ", " + end + ") " + map);
                if (!overlaps) { // as in PatternExtractor: only a match that overlaps nothing is recorded
                    map.put(start, end);
                    spans.add(start, end);
                }
                int p = random.nextInt(70);
                assertEquals(resume(map, p), spans.resume(p), round + ": resume " + p + " in " + map);
            }
        }
    }

    private static boolean overlaps(TreeMap<Integer, Integer> taken, int start, int end) {
        Map.Entry<Integer, Integer> before = taken.floorEntry(start);
        if (before != null && before.getValue() > start) {
            return true;
        }
        Integer after = taken.ceilingKey(start);
        return after != null && after < end;
    }

    /** The first position at or after p that no span covers, by walking. */
    private static int resume(TreeMap<Integer, Integer> taken, int p) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Map.Entry<Integer, Integer> e : taken.entrySet()) {
                if (e.getKey() <= p && p < e.getValue()) {
                    p = e.getValue();
                    moved = true;
                }
            }
        }
        return p;
    }
}
