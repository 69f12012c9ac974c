package org.factfloor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Two lanes read a region to the same candidate starts as one lane, wherever and whether the lanes agree. */
class RegionScannerTest {
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("ab+c"),
            Pattern.compile("\\p{Lu}\\p{Ll}+ died"),
            Pattern.compile("x[^y]*z"), // without a y the right lane's state never settles: the lanes never agree
            Pattern.compile("(?:ab|ba){2,}"));
    private static final String[] PIECES = {"a", "b", "c", "x", "y", "z", " ", "Ann", " died", "ab", "ba", "Ö"};

    private static List<List<Integer>> starts(StartAutomaton automaton, String text, int from, int to, boolean lanes) {
        CandidateStarts starts = new CandidateStarts();
        starts.clear(PATTERNS.size());
        char[] chars = text.toCharArray();
        boolean read = lanes ? new RegionScanner().scan(automaton, chars, from, to, starts)
                : RegionScanner.oneLane(automaton, chars, from, to, starts);
        assertTrue(read);
        starts.finish();
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < PATTERNS.size(); i++) {
            List<Integer> positions = new ArrayList<>();
            for (int k = 0; k < starts.count(i); k++) {
                positions.add(starts.position(i, k));
            }
            out.add(positions);
        }
        return out;
    }

    private static String text(Random random, int pieces, boolean withY) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            s.append(withY || !piece.equals("y") ? piece : "c");
        }
        return s.toString();
    }

    @Test
    void twoLanesGiveTheOneLaneCandidatesOnRandomRegions() {
        Random random = new Random(5);
        StartAutomaton roomy = new StartAutomaton(PATTERNS);
        StartAutomaton cramped = new StartAutomaton(PATTERNS, 8); // flushed often, also between the lanes' steps
        for (int t = 0; t < 600; t++) {
            String text = text(random, 20 + random.nextInt(400), random.nextBoolean());
            int from = random.nextInt(10);
            int to = text.length() - random.nextInt(10);
            for (StartAutomaton automaton : List.of(roomy, cramped)) {
                assertEquals(starts(automaton, text, from, to, false), starts(automaton, text, from, to, true),
                        "text " + text + " [" + from + ", " + to + ")");
            }
        }
        assertTrue(cramped.flushes() > 100, "flushes: " + cramped.flushes());
    }

    @Test
    void aLongRegionWhoseLanesNeverAgreeIsStillReadRight() {
        String text = "x" + "ab c Ann died ".repeat(40) + "z";
        StartAutomaton automaton = new StartAutomaton(PATTERNS);
        List<List<Integer>> expected = starts(automaton, text, 0, text.length(), false);
        assertEquals(List.of(0), expected.get(2));
        assertEquals(expected, starts(automaton, text, 0, text.length(), true));
    }

    @Test
    void aSurrogateInEitherHalfMakesTheRegionUnreadable() {
        StartAutomaton automaton = new StartAutomaton(PATTERNS);
        String plain = "ab c ".repeat(60);
        for (int at : new int[] {3, plain.length() - 3}) {
            String text = plain.substring(0, at) + "\uD83D\uDE00" + plain.substring(at);
            CandidateStarts starts = new CandidateStarts();
            starts.clear(PATTERNS.size());
            assertFalse(new RegionScanner().scan(automaton, text.toCharArray(), 0, text.length(), starts));
        }
    }
}
