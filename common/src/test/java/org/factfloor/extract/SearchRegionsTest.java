package org.factfloor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Search regions: the literal hits widened by reach, merged, whether the scan or the prefilter found the hits. */
class SearchRegionsTest {
    private static final List<String> LITERALS = List.of("died", "\\d–", "(d.", "†");

    /** The regions as "start-end …", from the hits the literal automaton found, or from the prefilter's search. */
    private static String regions(String text, int reach, boolean fromScan) {
        SearchRegions regions = new SearchRegions(new LiteralPrefilter(LITERALS), reach);
        int[] hits = null;
        int hitCount = 0;
        if (fromScan) {
            DocumentScan scan = new DocumentScan(List.of(List.of(Pattern.compile("x"))), List.of(LITERALS));
            hits = scan.hits(text, 0);
            hitCount = scan.hitCount(0);
        }
        regions.find(text, hits, hitCount);
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < regions.count(); r++) {
            s.append(r == 0 ? "" : " ").append(regions.start(r)).append('-').append(regions.end(r));
        }
        return s.toString();
    }

    /** The definition: every hit's [hit - reach, hit + reach) within the text, unions of touching ones merged. */
    private static String byDefinition(String text, int reach) {
        LiteralPrefilter prefilter = new LiteralPrefilter(LITERALS);
        List<int[]> merged = new ArrayList<>();
        for (int hit = prefilter.nextHit(text, 0, text.length()); hit >= 0;
                hit = prefilter.nextHit(text, hit + 1, text.length())) {
            int start = Math.max(0, hit - reach);
            int end = Math.min(text.length(), hit + reach);
            if (!merged.isEmpty() && start <= merged.get(merged.size() - 1)[1]) {
                merged.get(merged.size() - 1)[1] = end;
            } else {
                merged.add(new int[] {start, end});
            }
        }
        StringBuilder s = new StringBuilder();
        for (int[] r : merged) {
            s.append(s.length() == 0 ? "" : " ").append(r[0]).append('-').append(r[1]);
        }
        return s.toString();
    }

    @Test
    void hitsAreWidenedByReachAndTouchingRegionsMerge() {
        // Hits at the anchors: "died" at 4 and 43 (its d), "(d." at 48 (its parenthesis), "\d–" at 56 (the dash).
        String text = "Ann died. " + "x".repeat(30) + "Bo died (d. 1912–1954).";
        assertEquals("0-9 38-61", regions(text, 5, false));
        assertEquals("0-63", regions(text, 30, false));
        assertEquals(regions(text, 5, false), regions(text, 5, true));
        assertEquals("", regions("nothing here", 5, true));
    }

    @Test
    void aDomainWithoutLiteralsSearchesTheWholeText() {
        SearchRegions regions = new SearchRegions(new LiteralPrefilter(List.of()), 5);
        assertEquals(1, regions.find("any text", null, 0));
        assertEquals(0, regions.start(0));
        assertEquals(8, regions.end(0));
        assertEquals(0, regions.find("", null, 0));
    }

    @Test
    void randomTextsGiveTheDefinitionsRegionsByEitherSearch() {
        Random random = new Random(11);
        String[] pieces = {"died", "DIED", "die", "(d.", "(d", "1912–", "–", "9–1", "†", " ", "a", ".", "\u00e9"};
        for (int t = 0; t < 2000; t++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            int reach = random.nextInt(12);
            String expected = byDefinition(text.toString(), reach);
            assertEquals(expected, regions(text.toString(), reach, false), text + " reach " + reach);
            assertEquals(expected, regions(text.toString(), reach, true), text + " reach " + reach);
        }
    }
}
