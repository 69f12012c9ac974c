package org.factfloor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factfloor.config.FactfloorConfig;
import org.junit.jupiter.api.Test;

/** The one-pass start automaton: candidates are a superset of Matcher.find's starts, and as few as the regex allows. */
class StartAutomatonTest {

    /** The candidate starts of a one-group scan's patterns in the whole of text, or null when it cannot read it. */
    private static CandidateStarts startsIn(DocumentScan scan, String text) {
        SearchRegions whole = new SearchRegions(new LiteralPrefilter(List.of()), 0);
        whole.find(text, null, 0);
        CandidateStarts starts = new CandidateStarts();
        return scan.scan(text, 0, whole, starts) ? starts : null;
    }

    /** The candidate starts of each pattern in text, as "p1 p2 …". */
    private static List<String> candidates(List<String> regexes, String text) {
        List<Pattern> patterns = regexes.stream().map(Pattern::compile).toList();
        DocumentScan scan = new DocumentScan(List.of(patterns), List.of(List.of()));
        CandidateStarts starts = startsIn(scan, text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < starts.count(i); k++) {
                s.append(k == 0 ? "" : " ").append(starts.position(i, k));
            }
            out.add(s.toString());
        }
        return out;
    }

    @Test
    void literalsAlternationsAndClassesMarkExactlyWhereAMatchBegins() {
        assertEquals(List.of("1 7", "4"), candidates(List.of("ab", "c[de]"), "xab cd ab"));
        assertEquals(List.of("0 7"), candidates(List.of("(?:is|was) the"), "is the was the"));
        assertEquals(List.of("2"), candidates(List.of("\\p{Lu}\\p{Ll}+ died"), "a Zoë died"));
        assertEquals(List.of("0 6"), candidates(List.of("(?i:the) x"), "The x THE x"));
    }

    @Test
    void lookaroundIsDroppedSoItsCandidatesAreTheRegexWithoutIt() {
        // (?<!N) and (?!c) only ever reject: the automaton keeps the start, the regex then decides.
        assertEquals(List.of("0 2"), candidates(List.of("(?<!N)o"), "oNo"));
        assertEquals(List.of("0"), candidates(List.of("ab(?!c)"), "abc"));
    }

    @Test
    void aLongCountedRepeatBecomesOpenAndAShortOneIsExact() {
        // {2,3} is spelled out: "a" alone cannot begin a match; {1,300} reads as {1,}: more starts, never fewer.
        assertEquals(List.of("0 1"), candidates(List.of("a{2,3}b"), "aaab"));
        assertEquals(List.of("0 1 2"), candidates(List.of("a{1,300}b"), "aaab"));
    }

    @Test
    void whatIsNotRegularOrMatchesNothingIsLeftOutWithItsReason() {
        StartAutomaton automaton = new StartAutomaton(List.of(Pattern.compile("(\\w)\\1"), Pattern.compile("a*"),
                Pattern.compile("a(?U:b)"), Pattern.compile("ok"), Pattern.compile("(?x)a")));
        assertTrue(automaton.unsupportedReason(0).startsWith("the escape \\1"), automaton.unsupportedReason(0));
        assertEquals("it can match the empty string, so every position is a possible start",
                automaton.unsupportedReason(1));
        assertEquals("inline flag 'U' (only i, m and s are read)", automaton.unsupportedReason(2));
        assertNull(automaton.unsupportedReason(3));
        assertEquals("compile flags other than MULTILINE, CASE_INSENSITIVE and DOTALL", automaton.unsupportedReason(4));
        assertFalse(automaton.accelerated(0));
        assertTrue(automaton.accelerated(3));
    }

    @Test
    void aDocumentWithASurrogatePairIsLeftToTheSlowPath() {
        DocumentScan scan = new DocumentScan(List.of(List.of(Pattern.compile("ab"))), List.of(List.of()));
        assertNull(startsIn(scan, "ab \uD83D\uDE00 ab"));
        assertEquals(2, startsIn(scan, "ab ab").count(0));
    }

    /** Every built-in pattern, every labelled snippet: each start Matcher.find reports is a candidate. */
    @Test
    void everyBuiltInMatchStartIsACandidate() throws IOException {
        List<String> texts = LabelledTexts.all();
        String all = String.join("\n", texts);
        int matches = 0;
        long candidates = 0;
        for (DomainSpec d : FactfloorConfig.load(null, Map.of(), List.of()).domains()) {
            List<Pattern> group = d.compiledPatterns();
            DocumentScan scan = new DocumentScan(List.of(group), List.of(List.of()));
            CandidateStarts starts = startsIn(scan, all);
            for (int pattern = 0; pattern < group.size(); pattern++) {
                String name = d.name() + " pattern " + pattern;
                assertTrue(scan.accelerated(0, pattern), name);
                Matcher m = group.get(pattern).matcher(all);
                while (m.find()) {
                    int k = starts.firstAtOrAfter(pattern, m.start());
                    assertTrue(k < starts.count(pattern) && starts.position(pattern, k) == m.start(),
                            name + " matches at " + m.start() + " but it is no candidate");
                    matches++;
                }
                candidates += starts.count(pattern);
            }
        }
        assertTrue(matches > 1000, "only " + matches + " matches");
        // Tight enough to pay: on these snippets at most four candidates per real match.
        assertTrue(candidates <= 4L * matches, candidates + " candidates for " + matches + " matches");
    }

    /** A table too small for the text is dropped and rebuilt as it goes, and the candidates stay the same. */
    @Test
    void aFullDfaTableIsFlushedWithoutChangingTheCandidates() {
        List<Pattern> patterns = List.of(Pattern.compile("[a-c]{2}x[a-c]"), Pattern.compile("(?:ab|bc|ca)+y"));
        Random random = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("abcxy".charAt(random.nextInt(5)));
        }
        DocumentScan roomy = new DocumentScan(List.of(patterns), List.of(List.of()));
        DocumentScan cramped = new DocumentScan(List.of(patterns), List.of(List.of()), 4);
        CandidateStarts a = startsIn(roomy, text.toString());
        List<Integer> expected = positions(a, 0);
        expected.addAll(positions(a, 1));
        CandidateStarts b = startsIn(cramped, text.toString());
        List<Integer> actual = positions(b, 0);
        actual.addAll(positions(b, 1));
        assertEquals(expected, actual);
        assertEquals(0, roomy.flushes());
        assertTrue(cramped.flushes() > 10, "flushes: " + cramped.flushes());
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            int found = 0;
            while (m.find()) {
                found++;
            }
            assertTrue(found > 0);
        }
    }

    private static List<Integer> positions(CandidateStarts starts, int pattern) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < starts.count(pattern); k++) {
            out.add(starts.position(pattern, k));
        }
        return out;
    }
}
