package org.factfloor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factfloor.config.FactfloorConfig;
import org.junit.jupiter.api.Test;

class MatchStartsTest {
    private static String starters(String regex) {
        MatchStarts starts = MatchStarts.of(Pattern.compile(regex));
        StringBuilder s = new StringBuilder();
        for (char c : "aAbBdDtT Z1\"“.(".toCharArray()) {
            if (starts.mayStartWith(c)) {
                s.append(c);
            }
        }
        return s.toString();
    }

    @Test
    void zeroWidthAssertionsAreSkippedAndTheFirstConsumingAtomDecides() {
        assertEquals("ABDTZ", starters("(?<![\\p{L}\\p{M}])(?!(?:The|He)\\b)(?:(?:Dr|Mr)\\.|\\p{Lu}\\w*)"));
        assertEquals("tT", starters("\\b[Tt]he[ \\t]capital"));
        assertEquals("\"“", starters("[\"“](?<entity>[^\"“”\\n]{5,300}?)"));
    }

    @Test
    void optionalAtomsAddTheCharactersOfWhatFollows() {
        assertEquals("ab", starters("a?b"));
        assertEquals("abd", starters("(?:a|b{0,3})*d+"));
        assertEquals("1(", starters("\\(?1"));
    }

    @Test
    void everyMatchMustContainTheLongestMandatoryLiteralOrOneLiteralOfEachBranch() {
        assertEquals(List.of("capital"),
                required("\\p{Lu}\\w*,?[ \\t](?:is|was)[ \\t]the[ \\t](?:national[ \\t])?capital[ \\t]of"));
        assertEquals(List.of("died", "passed"),
                required("\\p{Lu}\\w+[ \\t](?:died|passed[ \\t]away)[ \\t]\\d+"));
        assertEquals(List.of("(d."), required("\\p{Lu}\\w+[ \\t]\\(d\\.[ \\t]\\d+\\)"));
        assertEquals(List.of(), required("\\p{Lu}\\w+(?:died)?"));
        assertEquals(List.of(), required("\\p{Lu}(?:died|\\d)"));
        assertEquals(List.of("ab"), required("abc*d?"));
    }

    private static List<String> required(String regex) {
        return MatchStarts.of(Pattern.compile(regex)).requiredLiterals();
    }

    @Test
    void whatTheAnalysisCannotReadAcceptsEveryCharacter() {
        for (String regex : List.of("(?i)the", "a*", "(a)\\1", "\\Qx\\E", ".x", "(?:a|)", "\\Gx")) {
            assertTrue(MatchStarts.of(Pattern.compile(regex)).acceptsAll(), regex);
        }
        assertTrue(MatchStarts.of(Pattern.compile("the", Pattern.CASE_INSENSITIVE)).acceptsAll());
        assertFalse(MatchStarts.of(Pattern.compile("the")).acceptsAll());
    }

    @Test
    void findingFromStartsGivesExactlyTheMatchesOfMatcherFind() {
        String text = "Dr. Ada A. Lovelace-Byron died on 27 November 1852. The capital of France is Paris. "
                + "“On computing”, by Turing (1950), and Smith, J., & Lee, K. (2019). A title here. Venue. "
                + "He died in 1990. Zoë Ørsted (12 March 1890 – 7 June 1954) was a botanist.";
        int checked = 0;
        for (var domain : FactfloorConfig.load(null, Map.of(), List.of()).domains()) {
            for (Pattern p : domain.compiledPatterns()) {
                MatchStarts starts = MatchStarts.of(p);
                assertFalse(starts.acceptsAll(), p.pattern());
                assertEquals(spans(p.matcher(text)), startSpans(p, starts, text), p.pattern());
                checked++;
            }
        }
        assertEquals(11, checked);
    }

    private static List<String> spans(Matcher m) {
        List<String> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(m.start() + "-" + m.end());
        }
        return spans;
    }

    private static List<String> startSpans(Pattern p, MatchStarts starts, String text) {
        Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        List<String> spans = new ArrayList<>();
        int last = starts.lastStart(text);
        for (int from = 0; starts.find(m, text, from, last); from = Math.max(m.end(), m.start() + 1)) {
            spans.add(m.start() + "-" + m.end());
        }
        return spans;
    }
}
