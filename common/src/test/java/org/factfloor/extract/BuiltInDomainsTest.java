package org.factfloor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factfloor.config.FactfloorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in domains of reference.conf on positive forms and on near-misses that must not match. */
class BuiltInDomainsTest {
    private static final FactfloorConfig CONFIG = FactfloorConfig.load(null, Map.of(), List.of());

    private static List<String> extract(String domain, String text) {
        List<String> found = new ArrayList<>();
        CONFIG.domain(domain).newExtractor().extract(text, (e, a, surface) -> found.add(e + " -> " + a));
        return found;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Paris is the capital of France.|france -> paris",
        "The capital of the Netherlands is Amsterdam.|netherlands -> amsterdam",
        "Yaoundé, the capital of Cameroon, attracts many visitors.|cameroon -> yaounde",
        "Bosnia and Herzegovina's capital, Sarajevo, hosted a summit.|bosnia and herzegovina -> sarajevo",
        "France's capital is Paris.|france -> paris",
        "Andorra la Vella was the capital and largest city of Andorra for years.|andorra -> andorra la vella",
        "Port of Spain is the capital of Trinidad and Tobago.|trinidad and tobago -> port of spain",
    })
    void capitalsAreFoundInEachSurfaceForm(String text, String expected) {
        assertEquals(List.of(expected), extract("capitals", text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Investors worried about capital gains taxes this year.",
        "The capital of the company grew by 12 percent.",
        "Venture capital funding slowed in the second quarter.",
        "Paris Hilton attended the premiere of the film.",
        "The company's capital is limited.",
    })
    void capitalNearMissesAreIgnored(String text) {
        assertEquals(List.of(), extract("capitals", text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Johan K. Meyer died on 7 June 1954.|johan k meyer -> 1954-06-07",
        "Johan K. Meyer died on June 7, 1954.|johan k meyer -> 1954-06-07",
        "The archive notes that Johan K. Meyer died on 7th June 1954.|johan k meyer -> 1954-06-07",
        "Dr. Johan K. Meyer passed away on 1954-06-07.|johan k meyer -> 1954-06-07",
        "Johan K. Meyer (12 March 1890 – 7 June 1954) was a botanist.|johan k meyer -> 1954-06-07",
        "Johan K. Meyer, who died on 7 June 1954, was remembered.|johan k meyer -> 1954-06-07",
        "Ludwig van Beethoven died in March 1827.|ludwig van beethoven -> 1827-03",
        "Paris is lovely. Johan Meyer died in 1954.|johan meyer -> 1954",
        "Anna Lund (d. 1911) wrote poems.|anna lund -> 1911",
    })
    void deathDatesAreFoundAtThePrecisionWritten(String text, String expected) {
        assertEquals(List.of(expected), extract("death-dates", text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "By midnight the storm had died down.",
        "The applause slowly died away.",
        "Her grandmother was born in 1950 in a small village.",
        "He died on 7 June 1954.",
        "She died in Paris.",
    })
    void deathDateNearMissesAreIgnored(String text) {
        assertEquals(List.of(), extract("death-dates", text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1. Quist, N., Lorenz, L., & Vogel, H. (2021). Towards structured harbours with structured networks. J, 18(1), 93–110.|towards structured harbours with structured networks -> quist 2021",
        "As discussed in \"Sparse Graphs for Robust Networks\" by Meyer and Rossi (1999), the effect holds.|sparse graphs for robust networks -> meyer 1999",
        "Meyer et al. (1999), “Sparse Graphs for Robust Networks”, reported similar findings.|sparse graphs for robust networks -> meyer 1999",
    })
    void citationsAreFoundInReferenceAndInTextForms(String text, String expected) {
        assertEquals(List.of(expected), extract("citations", text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The report (2019) noted steady growth in exports.",
        "The stadium seats 40,000 people (2018 figures).",
    })
    void citationNearMissesAreIgnored(String text) {
        assertEquals(List.of(), extract("citations", text));
    }

    @Test
    void aMentionMatchedByTwoPatternsCountsOnce() {
        DocumentExtractor doc = new DocumentExtractor(CONFIG.domains());
        List<DocumentFactoid> out = new ArrayList<>();
        int mentions = doc.extract("Paris is the capital of France. The capital of France is Paris.", out::add);
        assertEquals(2, mentions);
        assertEquals(1, out.size());
        assertEquals(2, out.get(0).mentions());
        assertEquals(true, out.get(0).firstOfEntity());
    }

    @Test
    void entityFirstFlagMarksOnlyTheEntitysFirstFactoidInADocument() {
        DocumentExtractor doc = new DocumentExtractor(CONFIG.domains());
        List<DocumentFactoid> out = new ArrayList<>();
        doc.extract("Sydney is the capital of Australia. Canberra is the capital of Australia.", out::add);
        assertEquals(List.of(true, false), out.stream().map(DocumentFactoid::firstOfEntity).toList());
    }
}
