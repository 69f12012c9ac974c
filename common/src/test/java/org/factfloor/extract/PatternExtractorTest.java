package org.factfloor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-document budget, the overlapping windows and the prefilter regions of the pattern extractor. */
class PatternExtractorTest {

    private static DomainSpec domain(List<String> prefilter, int reach, List<String> patterns, ExtractionLimits limits) {
        return new DomainSpec("test", "test", "raw", "raw", prefilter, reach, patterns, null, null, Map.of(), limits,
                10, 0, 0);
    }

    private static List<String> run(Extractor extractor, String text) {
        List<String> found = new ArrayList<>();
        extractor.extract(text, (e, a, s) -> found.add(e + "=" + a));
        return found;
    }

    /**
     * The lookahead (?!c) before c can never hold, so the regex fails everywhere after trying every way to split
     * the a's; the automaton's superset (without the lookahead) admits the text, so the regex does run.
     */
    @Test
    void aCatastrophicPatternStopsAtItsBudgetAndKeepsWhatItFound() {
        Extractor x = domain(List.of(), 100,
                List.of("(?<entity>k\\d)=(?<attribute>v)", "(?<entity>(?:.*a){12})(?!c)(?<attribute>c)"),
                ExtractionLimits.DEFAULT).newExtractor();
        String text = "k1=v " + "a".repeat(40) + "c";
        long started = System.nanoTime();
        assertEquals(List.of("k1=v"), run(x, text));
        assertTrue(x.exceededBudget());
        assertTrue((System.nanoTime() - started) / 1e9 < 20, "the budget bounds the work");
        assertEquals(List.of("k2=v"), run(x, "k2=v"), "the next document starts with a fresh budget");
        assertFalse(x.exceededBudget());
    }

    /**
     * The second pattern's match at 0 ("Xxbb!") overlaps the mention the first took ("Xx") and is never tried: the
     * search resumes after the mention and finds "bb!", which resuming after the dropped match would have missed.
     * The same on the slower path, which a document with a surrogate pair takes.
     */
    @Test
    void aCandidateInsideATakenMentionIsSkippedAndTheSearchResumesAfterTheMention() {
        Extractor x = domain(List.of(), 100, List.of("(?<entity>X)(?<attribute>x)",
                "(?<entity>X?x?b)(?<attribute>b!?)"), ExtractionLimits.DEFAULT).newExtractor();
        assertEquals(List.of("X=x", "b=b!"), run(x, "Xxbb!"));
        assertEquals(List.of("X=x", "b=b!"), run(x, "Xxbb! \uD83D\uDE00"));
    }

    /**
     * Every match of the second pattern at 0 would begin with "aM", inside the mention the first took at 1, and no
     * other candidate of it follows: the confirm is left out (else its catastrophic (.*x){12} would run out of
     * budget only to give a match dropped as an overlap).
     */
    @Test
    void aConfirmWhoseEveryMatchWouldOverlapTheNextMentionIsLeftOut() {
        Extractor x = domain(List.of(), 100, List.of("(?<entity>M)(?<attribute>m)",
                "(?<entity>a)(?<attribute>M(?:.*x){12}(?!c)c)"), ExtractionLimits.DEFAULT).newExtractor();
        assertEquals(List.of("M=m"), run(x, "aMm" + "x".repeat(40) + "c"));
        assertFalse(x.exceededBudget());
    }

    /**
     * The second pattern's match at 0 ("a Mm b;") overlaps the mention "Mm" and is dropped, and the search goes on
     * after it, so its candidate "b;" inside that match is never tried. Leaving the confirm at 0 out would be wrong
     * here: a match from 0 may end past that next candidate, and the search would then find "b;".
     */
    @Test
    void aConfirmIsKeptWhenItsMatchCouldEndPastTheNextCandidate() {
        Extractor x = domain(List.of(), 100, List.of("(?<entity>M)(?<attribute>m)",
                "(?<entity>[ab])(?<attribute>[^;]*;)"), ExtractionLimits.DEFAULT).newExtractor();
        assertEquals(List.of("M=m"), run(x, "a Mm b;"));
        assertEquals(List.of("M=m", "b=;"), run(x, "a Mm; b;"));
    }

    /** Without a b after the a's no match can exist, and the automaton proves it without running the regex. */
    @Test
    void aCatastrophicPatternThatCannotMatchIsNeverRun() {
        Extractor x = domain(List.of(), 100, List.of("(?<entity>(?:.*a){12})(?<attribute>b)"),
                ExtractionLimits.DEFAULT).newExtractor();
        assertEquals(List.of(), run(x, "a".repeat(40) + "c"));
        assertFalse(x.exceededBudget());
    }

    @Test
    void aLongDocumentIsReadInOverlappingWindowsAndEveryMentionCountsOnce() {
        Extractor x = domain(List.of(), 100, List.of("(?<entity>k\\d+)=(?<attribute>v\\d+)"),
                new ExtractionLimits(1000, 50, 5000)).newExtractor();
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; text.length() < 20_000; i++) {
            String fact = "k" + i + "=v" + i;
            text.append(fact).append(' ').append("x".repeat(i % 37));
            expected.add(fact);
        }
        assertEquals(expected, run(x, text.toString()));
        assertFalse(x.exceededBudget());
    }

    @Test
    void onlyTextNearAPrefilterLiteralIsSearched() {
        Extractor x = domain(List.of("capital"), 40,
                List.of("(?<attribute>[A-Z]\\w+) is the capital of (?<entity>[A-Z]\\w+)", "(?<entity>[A-Z]\\w+) has (?<attribute>\\w+)"),
                ExtractionLimits.DEFAULT).newExtractor();
        String far = " ".repeat(200);
        assertEquals(List.of("France=Paris", "Lyon=trams"),
                run(x, "Paris is the capital of France." + far + "Rome has ruins." + far + "capital Lyon has trams."));
    }
}
