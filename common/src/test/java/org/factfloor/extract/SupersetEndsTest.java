package org.factfloor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The forward superset reading: where a match beginning at a position can end. */
class SupersetEndsTest {

    private static boolean allEndIn(String regex, String text, int from, int after, int until) {
        return allEndIn(new SupersetEnds(List.of(Pattern.compile(regex)), StartAutomaton.MAX_DFA_STATES), regex, text,
                from, after, until);
    }

    private static boolean allEndIn(SupersetEnds ends, String regex, String text, int from, int after, int until) {
        return ends.allEndIn(0, text.toCharArray(), from, after, until, text.length());
    }

    @Test
    void theEndsOfAMatchAreBoundedOnBothSides() {
        // "abbbc" from 1 can only end at 6.
        String text = "xabbbc yy";
        assertTrue(allEndIn("ab+c", text, 1, 2, Integer.MAX_VALUE));
        assertTrue(allEndIn("ab+c", text, 1, 5, Integer.MAX_VALUE));
        assertFalse(allEndIn("ab+c", text, 1, 6, Integer.MAX_VALUE), "a match ends at 6, not after it");
        assertTrue(allEndIn("ab+c", text, 1, 2, 6));
        assertFalse(allEndIn("ab+c", text, 1, 2, 5), "a match ends at 6, past 5");
        assertTrue(allEndIn("ab+c", text, 0, 1, 2), "no match begins at 0");
        // Lookaround is dropped: the superset of a(?!b)b+ still ends at 3, where the regex itself has no match.
        assertFalse(allEndIn("a(?!b)b+", "abb", 0, 3, Integer.MAX_VALUE));
    }

    /**
     * Whenever the reading says every match ends in (after, until], the regex agrees: each q where the pattern
     * matches text[from, q) exactly (lookaround seeing the whole text) lies there. Over random patterns and texts,
     * with a table small enough to be dropped and rebuilt in mid-reading, and the same answers as a large table and
     * as the one automaton of all the patterns (as a domain has it).
     */
    @Test
    void everyRealMatchEndsWhereTheReadingSays() {
        List<String> regexes = List.of("a[ab]*c", "(?:ab|a)(?!c)b?", "a.{2,6}?c", "\\p{Lu}\\p{Ll}++(?<![a])[ .]",
                "(?m)^b[^\\n]*a", "a(?:b{1,3}|c)+", "[ab]+?(?=c)", "c\\b[ab]{5,9}");
        Random random = new Random(13);
        int proved = 0;
        SupersetEnds all = new SupersetEnds(regexes.stream().map(Pattern::compile).toList(), 5);
        for (int index = 0; index < regexes.size(); index++) {
            String regex = regexes.get(index);
            Pattern p = Pattern.compile(regex);
            SupersetEnds small = new SupersetEnds(List.of(p), 3);
            SupersetEnds large = new SupersetEnds(List.of(p), StartAutomaton.MAX_DFA_STATES);
            for (int trial = 0; trial < 400; trial++) {
                StringBuilder b = new StringBuilder();
                for (int k = 0, n = 2 + random.nextInt(14); k < n; k++) {
                    b.append("abcAB .\n".charAt(random.nextInt(8)));
                }
                String text = b.toString();
                int from = random.nextInt(text.length() - 1);
                int after = from + 1 + random.nextInt(text.length() - from - 1);
                int until = random.nextBoolean() ? Integer.MAX_VALUE
                        : after + random.nextInt(text.length() - after + 1);
                boolean answer = allEndIn(large, regex, text, from, after, until);
                assertEquals(answer, allEndIn(small, regex, text, from, after, until), regex + " on " + text);
                assertEquals(answer, all.allEndIn(index, text.toCharArray(), from, after, until, text.length()),
                        regex + " on " + text + " in the automaton of all patterns");
                if (!answer) {
                    continue;
                }
                proved++;
                Matcher m = p.matcher(text);
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
                for (int q = from + 1; q <= text.length(); q++) {
                    m.region(from, q);
                    if (m.matches()) {
                        assertTrue(q > after && q <= until, regex + " matches [" + from + ", " + q + ") of '"
                                + text + "', outside (" + after + ", " + until + "]");
                    }
                }
            }
        }
        assertTrue(proved > 500, "the reading proves something often enough to be tested: " + proved);
    }
}
