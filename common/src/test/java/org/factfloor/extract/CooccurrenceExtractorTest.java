package org.factfloor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Exact counts of the cooccurrence extractor on small tables and documents, for every window kind. */
class CooccurrenceExtractorTest {
    private static final List<FactTable.Fact> CAPITALS = List.of(
            fact("France", "Paris", List.of("French Republic"), List.of()),
            fact("Mexico", "Mexico City", List.of(), List.of("Ciudad de México")),
            fact("Luxembourg", "Luxembourg", List.of(), List.of("Luxembourg City")),
            fact("Myanmar", "Naypyidaw", List.of("Burma"), List.of("Nay Pyi Taw")),
            fact("The Gambia", "Banjul", List.of(), List.of()),
            fact("United States", "Washington, D.C.", List.of("USA"), List.of("Washington")));

    static FactTable.Fact fact(String entity, String attribute, List<String> entityAliases,
                               List<String> attributeAliases) {
        return new FactTable.Fact(entity, attribute, entityAliases, attributeAliases);
    }

    static DomainSpec spec(CooccurrenceWindow window, String normalizer, Map<String, String> placeAliases) {
        return new DomainSpec("capital-mentions", "test", normalizer, normalizer, List.of(), 500, List.of(), null,
                null, placeAliases, ExtractionLimits.DEFAULT, 200, 0, 0,
                new CooccurrenceSpec("mem.tsv", FactTableFormat.TSV, "entity", "attribute", null, null, "|", window),
                null);
    }

    static FactMatcher matcher(List<FactTable.Fact> facts, CooccurrenceWindow window) {
        return FactMatcher.of(new FactTable("mem.tsv", facts), spec(window, "place", Map.of("burma", "myanmar",
                "french", "france", "washington, d.c", "washington"))); // keys as DomainParser folds them
    }

    /** entity -> attribute → mentions in one document. */
    private static Map<String, Integer> counts(FactMatcher m, String text) {
        Map<String, Integer> found = new TreeMap<>();
        new CooccurrenceExtractor(m).extract(text, (e, a, s) -> found.merge(e + " -> " + a, 1, Integer::sum));
        return found;
    }

    private static Map<String, Integer> counts(CooccurrenceWindow window, String text) {
        return counts(matcher(CAPITALS, window), text);
    }

    @Test
    void aSentenceWindowCountsEachSentenceHoldingBothNamesOnce() {
        String text = "Paris is the capital of France. Paris, France, is large; Paris again. France is a country."
                + " Paris is a city.";
        assertEquals(Map.of("france -> paris", 2), counts(CooccurrenceWindow.SENTENCE, text));
    }

    @Test
    void namesMatchAsWholeWordsAfterFoldingCaseAndDiacritics() {
        assertEquals(Map.of(), counts(CooccurrenceWindow.DOCUMENT, "Parisian food is popular in Franceville."));
        assertEquals(Map.of("france -> paris", 1), counts(CooccurrenceWindow.DOCUMENT, "PARIS (FRANCE)"));
        assertEquals(Map.of("mexico -> mexico city", 1), counts(CooccurrenceWindow.SENTENCE,
                "La Ciudad de Mexico es la capital de México."));
        assertEquals(Map.of("france -> paris", 1), counts(CooccurrenceWindow.SENTENCE,
                "The French \t  Republic's capital, Paris."), "white space runs fold to one space, 's ends a word");
    }

    @Test
    void aLongerNameWinsOverTheNamesItContains() {
        assertEquals(Map.of(), counts(CooccurrenceWindow.SENTENCE, "Mexico City is large."),
                "Mexico inside Mexico City is not a second occurrence");
        assertEquals(Map.of("mexico -> mexico city", 1), counts(CooccurrenceWindow.SENTENCE,
                "Mexico City is the capital of Mexico."));
        assertEquals(Map.of(), counts(CooccurrenceWindow.SENTENCE, "Luxembourg City is small."));
        assertEquals(Map.of("luxembourg -> luxembourg", 1), counts(CooccurrenceWindow.SENTENCE,
                "Luxembourg City is the capital of Luxembourg."));
    }

    @Test
    void aFactWhoseTwoSidesShareANameNeedsTwoOccurrences() {
        assertEquals(Map.of(), counts(CooccurrenceWindow.DOCUMENT, "Luxembourg is small."));
        assertEquals(Map.of("luxembourg -> luxembourg", 1), counts(CooccurrenceWindow.DOCUMENT,
                "Luxembourg is the capital of Luxembourg."));
    }

    @Test
    void aliasesAndTheNameWithoutALeadingTheAreNamesToo() {
        assertEquals(Map.of("myanmar -> naypyidaw", 1), counts(CooccurrenceWindow.SENTENCE,
                "Nay Pyi Taw replaced Rangoon as the capital of Burma."));
        assertEquals(Map.of("gambia -> banjul", 1), counts(CooccurrenceWindow.SENTENCE,
                "Banjul is in Gambia."));
        assertEquals(Map.of("united states -> washington", 1), counts(CooccurrenceWindow.SENTENCE,
                "Washington, D.C. is the capital of the USA."), "keys are normalised with the place alias table");
        assertEquals(Map.of(), counts(CooccurrenceWindow.SENTENCE, "The French eat in Paris."),
                "the alias table's demonyms are not names of the table's facts");
    }

    @Test
    void sentencesDoNotEndAtInitialsOrAbbreviationsButParagraphsEndAtLineBreaks() {
        assertEquals(Map.of("france -> paris", 1), counts(CooccurrenceWindow.SENTENCE,
                "J. Smith and Dr. Jones left France. St. Denis is near Paris. Paris is in France."));
        assertEquals(Map.of("france -> paris", 1), counts(CooccurrenceWindow.SENTENCE,
                "In France, e.g. near Paris, wine."), "a lower-case word after a period continues the sentence");
        assertEquals(Map.of(), counts(CooccurrenceWindow.PARAGRAPH, "France has wine.\nParis has wine."));
        assertEquals(Map.of("france -> paris", 1), counts(CooccurrenceWindow.PARAGRAPH,
                "France has wine. Paris has art.\nParis again."));
        assertEquals(Map.of("france -> paris", 1), counts(CooccurrenceWindow.DOCUMENT,
                "France has wine.\n\nParis has art. France and Paris."), "a document counts a fact once");
    }

    @Test
    void aCharacterWindowCountsEveryOccurrenceThatCompletesAPairWithinNCharacters() {
        CooccurrenceWindow ten = CooccurrenceWindow.characters(10);
        assertEquals(Map.of("france -> paris", 1), counts(ten, "Paris, in France"), "a gap of 5 characters");
        assertEquals(Map.of(), counts(ten, "Paris, the city of light in France"));
        assertEquals(Map.of("france -> paris", 2), counts(ten, "Paris, France, Paris, and more text."),
                "the second France-Paris pair is a second mention");
        assertEquals(Map.of(), counts(CooccurrenceWindow.characters(0), "Paris France"), "one space is a gap of 1");
        assertEquals(Map.of("france -> paris", 1), counts(CooccurrenceWindow.characters(1), "Paris France"));
    }

    @Test
    void stampsOfOneDocumentNeverLeakIntoTheNext() {
        CooccurrenceExtractor x = new CooccurrenceExtractor(matcher(CAPITALS, CooccurrenceWindow.characters(50)));
        List<String> found = new ArrayList<>();
        x.extract("Text about France", (e, a, s) -> found.add(e));
        x.extract("Paris is a city", (e, a, s) -> found.add(e));
        CooccurrenceExtractor y = new CooccurrenceExtractor(matcher(CAPITALS, CooccurrenceWindow.SENTENCE));
        y.extract("France", (e, a, s) -> found.add(e));
        y.extract("Paris", (e, a, s) -> found.add(e));
        assertEquals(List.of(), found);
    }

    @Test
    void theSurfaceRunsFromTheFirstNameToTheSecond() {
        List<String> surfaces = new ArrayList<>();
        new CooccurrenceExtractor(matcher(CAPITALS, CooccurrenceWindow.SENTENCE))
                .extract("Its capital, Paris, lies in northern France.", (e, a, s) -> surfaces.add(s));
        assertEquals(List.of("Paris, lies in northern France"), surfaces);
    }

    @Test
    void rowsWithTheSameKeysAreOneFactAndRejectedRowsAreCounted() {
        FactMatcher m = matcher(List.of(fact("France", "Paris", List.of(), List.of()),
                fact("the French Republic", "Paris", List.of(), List.of("Lutetia")),
                fact("Kingdom of France", "Paris", List.of(), List.of()),
                fact("", "Nowhere", List.of(), List.of())), CooccurrenceWindow.SENTENCE);
        assertEquals(2, m.facts(), "france and french republic are two keys; Kingdom of France is france");
        assertEquals(1, m.rowsRejected());
        assertTrue(m.memoryBytes() > 256 * 1024, "the root table alone is 256 KB");
    }

    @Test
    void aTableWithoutUsableRowsIsAnErrorNamingTheFile() {
        FactTableError e = assertThrows(FactTableError.class,
                () -> matcher(List.of(fact(" ", " ", List.of(), List.of())), CooccurrenceWindow.SENTENCE));
        assertTrue(e.getMessage().startsWith("fact table mem.tsv: no row"), e.getMessage());
    }
}
