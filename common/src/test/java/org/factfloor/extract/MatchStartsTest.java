package org.factfloor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
        assertEquals("T", starters("(?m)^\\QThe\\E[ \\t]"));
        assertEquals("aAbB", starters("(?i:a|b)c"));
    }

    @Test
    void everyMatchMustContainEachRequirementTheMostSelectiveFirst() {
        assertEquals(List.of(List.of("capital"), List.of("the"), List.of("is", "was"), List.of("of")),
                required("\\p{Lu}\\w*,?[ \\t](?:is|was)[ \\t]the[ \\t](?:national[ \\t])?capital[ \\t]of"));
        assertEquals(List.of(List.of("died", "passed")),
                required("\\p{Lu}\\w+[ \\t](?:died|passed[ \\t]away)[ \\t]\\d+"));
        assertEquals(List.of(List.of("(d."), List.of(")")), required("\\p{Lu}\\w+[ \\t]\\(d\\.[ \\t]\\d+\\)"));
        assertEquals(List.of(List.of("(d.", "(died", "(†")),
                required("\\p{Lu}\\w+[ \\t]?\\((?:d\\.|died|†)[ \\t]?\\d"));
        assertEquals(List.of(), required("\\p{Lu}\\w+(?:died)?"));
        assertEquals(List.of(), required("\\p{Lu}(?:died|\\d)"));
        assertEquals(List.of(List.of("ab")), required("abc*d?"));
        assertEquals(List.of(List.of("ab")), required("(?:ab)+c?"));
        assertEquals(List.of(List.of("The capital", "the capital"), List.of("\"", "“")),
                required("[Tt]he capital[ \\t][\"“]"));
    }

    @Test
    void aRegexIsSkippedWhereARequirementIsMissingAndStopsAtItsLastOccurrence() {
        MatchStarts starts = MatchStarts.of(Pattern.compile("\\p{Lu}\\w+ (?:died|passed away) in \\d+"));
        LastOccurrences occurrences = new LastOccurrences();
        String text = "Ada died in 1852. Bo passed away in 1900. Cy lived.";
        occurrences.reset(text);
        assertEquals(text.indexOf(" passed away in "), starts.lastStart(text, occurrences));
        occurrences.reset("Cy lived in 1900.");
        assertEquals(-1, starts.lastStart("Cy lived in 1900.", occurrences));
    }

    private static List<List<String>> required(String regex) {
        return MatchStarts.of(Pattern.compile(regex)).requiredLiterals();
    }

    @Test
    void whatTheAnalysisCannotReadAcceptsEveryCharacter() {
        for (String regex : List.of("(?i)the", "a*", "(a)\\1", "\\Qx\\E?", ".x", "(?:a|)", "\\Gx")) {
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
                String which = domain.name() + " pattern " + domain.compiledPatterns().indexOf(p);
                assertFalse(starts.acceptsAll(), which);
                assertEquals(spans(p.matcher(text)), startSpans(p, starts, text), which);
                checked++;
            }
        }
        assertEquals(49, checked);
    }

    /** Every built-in pattern over every labelled snippet (both evaluation sets): the same spans as find(). */
    @Test
    void onTheEvaluationSetsEveryBuiltInPatternFindsWhatMatcherFindFinds() throws IOException {
        List<String> texts = LabelledTexts.all();
        String all = String.join("\n", texts);
        int matches = 0;
        for (var domain : FactfloorConfig.load(null, Map.of(), List.of()).domains()) {
            for (Pattern p : domain.compiledPatterns()) {
                MatchStarts starts = MatchStarts.of(p);
                String which = domain.name() + " pattern " + domain.compiledPatterns().indexOf(p);
                List<String> expected = spans(p.matcher(all));
                assertEquals(expected, startSpans(p, starts, all), which);
                matches += expected.size();
            }
        }
        assertTrue(matches > 1000, "only " + matches + " matches: the comparison would prove little");
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
        LastOccurrences occurrences = new LastOccurrences();
        occurrences.reset(text);
        int last = starts.lastStart(text, occurrences);
        for (int from = 0; from <= last && starts.find(m, text, from, last, text.length());
                from = Math.max(m.end(), m.start() + 1)) {
            spans.add(m.start() + "-" + m.end());
        }
        return spans;
    }
}
