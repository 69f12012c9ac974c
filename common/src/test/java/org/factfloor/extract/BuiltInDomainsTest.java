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
        "Andorra la Vella is the capital and largest city of Andorra.|andorra -> andorra la vella",
        "Port of Spain is the capital of Trinidad and Tobago.|trinidad and tobago -> port of spain",
    })
    void capitalsAreFoundInEachSurfaceForm(String text, String expected) {
        assertEquals(List.of(expected), extract("capitals", text));
    }

    /** capitals keeps the present; a past state or a former-capital adjective is routed to former-capitals. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Bonn was the capital of West Germany from 1949 to 1990.|former-capitals|west germany => bonn",
        "Kyoto, the former capital of Japan, has many temples.|former-capitals|japan => kyoto",
        "St. Petersburg served as the capital of Russia from 1712 to 1918.|former-capitals|russia => st. petersburg",
        "Astana was named the capital of Kazakhstan in 1997.|capitals|kazakhstan => astana",
        "Brasília became the capital of Brazil in 1960.|capitals|brazil => brasilia",
        "Lucknow (the capital of Uttar Pradesh) is a large city.|capitals|uttar pradesh => lucknow",
    })
    void tenseDecidesBetweenCapitalsAndFormerCapitals(String text, String domain, String expected) {
        List<String> found = new java.util.ArrayList<>();
        new DocumentExtractor(CONFIG.domains()).extract(text, f -> found.add(f.domain() + "|" + f.entity() + " => "
                + f.attribute()));
        assertEquals(List.of(domain + "|" + expected), found);
    }

    /** Death dates of people only, under full names; what is refused is named by its reason. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Lieutenant General Henry Dubar (1980–1990) led the army.|death-dates:office-span",
        "Radama I (1810–1828) invited missionaries.|death-dates:office-span",
        "Ivory Coast (1893–1960) was a French colony.|death-dates:place",
        // a span this short is refused before the place is looked up
        "Ivory Coast (1997–1999) hosted peacekeepers.|death-dates:office-span",
        "The Principality of Lebanon (1516–1842) was autonomous.|death-dates:polity",
        "Kings of Portugal (1581–1640) were Habsburgs.|death-dates:title",
        "Painters of Leeds\\n\\nSome say that Smith died in 1990.|death-dates:single-word-name",
        // peoples, lines of rulers and events with a span of their own (English Wikipedia, CC BY-SA 3.0)
        "Terminal Woodland Indians (c. AD 900–1650) lived along the river.|death-dates:group",
        "Rival Dynasties (1332–1501)|death-dates:group",
        "Repopulation of Constantinople (1453–1478)|death-dates:event",
        // a viceroyalty, a ruling house, a place and buildings with the years they were built (English Wikipedia)
        "Spain ruled through the Viceroyalty of Peru (1542–1821).|death-dates:polity",
        "House of Savoy (1807–1840)|death-dates:group",
        "New Netherland (1614–1664) was a Dutch colony.|death-dates:place",
        "Les Invalides (1670-1708) houses the tomb of Napoleon.|death-dates:building",
        "Abbey of Saint-Germain-des-Prés (1014-1163)|death-dates:building",
        "Montana Territory (1864–1889) was admitted as a state.|death-dates:polity",
        "Malayan Emergency (1948–1960)|death-dates:event",
        "Rule of Bani Khalid (1670–1783)|death-dates:event",
        "Second International (1888–1916)|death-dates:organisation",
        // two bare years in the same or the next decade: a term of office, a product, a team
        "Keijo Korhonen (1983–1988) was the foreign minister.|death-dates:office-span",
        "Northwest Airlines (1993–2002) flew the route.|death-dates:office-span",
    })
    void whatIsNotAPersonsDeathIsRefusedWithItsReason(String text, String rejection) {
        DocumentExtractor extractor = new DocumentExtractor(List.of(CONFIG.domain("death-dates")));
        List<String> found = new java.util.ArrayList<>();
        extractor.extract(text.replace("\\n", "\n"), f -> found.add(f.entity()));
        assertEquals(List.of(), found);
        assertEquals(java.util.Map.of(rejection, 1), extractor.rejections());
    }

    @Test
    void aOneWordNameIsTheFullNameTheDocumentIntroduced() {
        String text = "Michelangelo\n\nMichelangelo di Lodovico Buonarroti Simoni (6 March 1475 – 18 February 1564)"
                + " was a sculptor. Later, Umaru Yar'Adua of the People's Democratic Party came to power. Much later,"
                + " Yar'Adua died on 5 May 2010. Michelangelo died in Rome in 1564.";
        assertEquals(java.util.Set.of("michelangelo di lodovico buonarroti simoni -> 1564-02-18",
                "umaru yar'adua -> 2010-05-05", "michelangelo di lodovico buonarroti simoni -> 1564"),
                java.util.Set.copyOf(extract("death-dates", text)));
    }

    /** Past the subject's lead, two people sharing the word make a one-word name ambiguous: it is not resolved. */
    @Test
    void aOneWordNameTwoEarlierPeopleShareIsNotResolved() {
        String text = "Julio-Claudian dynasty\n\n" + "the dynasty ruled for many years. ".repeat(40)
                + "Marcus Vipsanius Agrippa married Julia. Their son Agrippa Postumus was exiled. Agrippa died in 12 BC.";
        DocumentExtractor extractor = new DocumentExtractor(List.of(CONFIG.domain("death-dates")));
        List<String> found = new java.util.ArrayList<>();
        extractor.extract(text, f -> found.add(f.entity()));
        assertEquals(List.of(), found);
        assertEquals(java.util.Map.of("death-dates:single-word-name", 1), extractor.rejections());
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
