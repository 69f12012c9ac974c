package org.factfloor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "7 June 1954|1954-06-07", "June 7, 1954|1954-06-07", "7th June 1954|1954-06-07", "Jun. 7 1954|1954-06-07",
        "1954-06-07|1954-06-07", "07/06/1954|1954-06-07", "6/13/1954|1954-06-13", "June 1954|1954-06",
        "1954|1954", "c. 1954|1954", "44 BC|-0043", "AD 79|0079", "1st of May 1900|1900-05-01",
        "Sept. 3, 1939|1939-09-03", "1954-06|1954-06",
    })
    void datesBecomeIsoAtTheirPrecision(String written, String iso) {
        assertEquals(iso, DateNormalizer.iso(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the 7th of June, 1954|1954-06-07", "Tuesday, June 7, 1954|1954-06-07", "7-Jun-1954|1954-06-07",
        "1954/06/07|1954-06-07", "07.06.1954|1954-06-07", "June, 1954|1954-06", "circa 1954|1954", "ca. 1954|1954",
        "early 1954|1954", "mid-1954|1954", "44 BCE|-0043", "1 BC|0000", "79 CE|0079", "19 August AD 14|0014-08-19",
        "c. 212 BC|-0211", "June 7th, 1954|1954-06-07", "3rd Sept. 1939|1939-09-03", "Abt. 1850|1850", "699|0699",
    })
    void moreWrittenFormsBecomeIso(String written, String iso) {
        assertEquals(iso, DateNormalizer.iso(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12 March 1890 – 7 June 1954|1954-06-07", "1912–1954|1954", "1912-1954|1954", "1912—1954|1954",
        "1912 - 1954|1954", "1890–95|1895", "c. 100 – 44 BC|-0043", "1888 to 1953|1953", "7 June 1954|1954-06-07",
    })
    void rangeEndReadsEnDashesEmDashesAndHyphens(String written, String iso) {
        assertEquals(iso, DateNormalizer.rangeEnd(written));
    }

    @ParameterizedTest
    @CsvSource({"31 June 1954", "29 February 1900", "1954-13-01", "yesterday", "0 BC", "12", "1954s"})
    void impossibleDatesAreRejected(String written) {
        assertNull(DateNormalizer.iso(written));
    }

    @Test
    void personKeysFoldCaseDiacriticsAndHonorificsButKeepSuffixes() {
        assertEquals("jose garcia", Normalizers.person("Dr. José  García"));
        assertEquals("martin luther king jr", Normalizers.person("Martin Luther King, Jr."));
        assertEquals("anna lund", Normalizers.person("Anna Lund's"));
        assertEquals("soren kierkegaard", Normalizers.person("Søren  Kierkegaard"));
        assertEquals("j r r tolkien", Normalizers.person("J.R.R. Tolkien"));
        assertEquals("j r r tolkien", Normalizers.person("J. R. R. Tolkien"));
        assertEquals("ethel smyth", Normalizers.person("Dame Ethel Smyth"));
        assertEquals("john paul ii", Normalizers.person("Pope John Paul II"));
        assertEquals("mary walker", Normalizers.person("Prof. Mary Walker, PhD"));
        assertEquals("john smith", Normalizers.person("Ｊｏｈｎ Smith"));
        // a hyphenated word of dropped words is dropped like them; a hyphenated name is not
        java.util.Set<String> dropped = java.util.Set.of("danish", "norwegian", "geologist");
        assertEquals("jens esmark", Normalizers.person("Danish-Norwegian Geologist Jens Esmark", dropped));
        assertEquals("jean-paul sartre", Normalizers.person("Jean-Paul Sartre", dropped));
        assertNull(Normalizers.person("Queen of Scots"));
    }

    @Test
    void titleKeysDropQuotesPunctuationMarkupAndLigatures() {
        assertEquals("efficient fine-tuning", Normalizers.title("“Efficient ﬁne-tuning.”"));
        assertEquals("deep networks", Normalizers.title("*Deep Net-\nworks*"));
        assertEquals("typhoid in victorian london", Normalizers.title("<i>Typhoid in {Victorian} London</i>."));
        assertEquals("fine-tuning - a survey", Normalizers.title("Fine‐tuning — a Survey"));
        assertEquals("why do cooperatives survive", Normalizers.title("\"Why Do Cooperatives Survive?\""));
    }

    @Test
    void placeKeysDropTheLeadingArticle() {
        assertEquals("netherlands", Normalizers.place("The Netherlands"));
        assertEquals("sao tome", Normalizers.place("São Tomé"));
        assertEquals("siam", Normalizers.place("the Kingdom of Siam"));
        assertEquals("republic of the congo", Normalizers.place("Republic of the Congo"));
        assertEquals("germany", Normalizers.place("Germany's"));
    }

    @Test
    void placeAliasesFoldCommonNames() {
        Normalizer place = Normalizers.byName("place", java.util.Map.of("burma", "myanmar", "usa", "united states"));
        assertEquals("myanmar", place.key("Burma"));
        assertEquals("united states", place.key("the USA"));
        assertEquals("france", place.key("France"));
    }

    @Test
    void authorYearTakesTheFirstSurnameAndTheYear() {
        assertEquals("quist 2021", Normalizers.authorYear("Quist, N., Lorenz, L., & Vogel, H. (2021"));
        assertEquals("meyer 1999", Normalizers.authorYear("Meyer et al. (1999"));
        // a colon ends the first author; a title word with a comma and a lower-case word after it is no author
        assertEquals("bergren 1997", Normalizers.authorYear("Bergren DR: Sensory receptor activation by mediators of"
                + " defense reflexes in guinea-pig lungs. Respir Physiol 108: 195-204, 1997"));
        assertEquals("gutstein 1999", Normalizers.authorYear("Gutstein WH. Vasopasm, vascular injury, and"
                + " atherogenesis: A perspective. Hum Pathol 1999"));
        assertNull(Normalizers.authorYear("Meyer et al."));
        assertEquals("smith 2019", Normalizers.authorYear("J. Smith, K. Lee, and M. Park, \"Title,\" J. Appl., 2019"));
        assertEquals("smith 2019", Normalizers.authorYear("Smith JA, Lee K. Title. J Appl Stat. 2019"));
        assertEquals("okafor 2021", Normalizers.authorYear("Okafor N. Remittances and credit in 1990s Nigeria. World Dev. 2021"));
        assertEquals("smith 2019", Normalizers.authorYear("John Smith and Kim Lee},\n  year={2019"));
        assertEquals("king 1963", Normalizers.authorYear("M. L. King Jr., \"Letter,\" 1963"));
        assertEquals("berg 2013", Normalizers.authorYear("van der Berg, J., & de Vries, P. (2013"));
        // a given name and an initial before the surname, then a quoted title: the surname is the author
        assertEquals("ong 1958", Normalizers.authorYear("Walter J. Ong, \"Ramus and Talon Inventory\" (Harvard University Press, 1958"));
    }

    /**
     * The normalisers skip a regex when the key lacks the characters it needs; these keys sit at the edge of each
     * such test (a line terminator after the last character, before which $ also matches; quotes and degrees at
     * the ends; ASCII and non-ASCII folding). The expected keys are what the regexes alone gave.
     */
    @Test
    void keysAtTheEdgesOfEachShortcutAreWhatTheRegexesGive() {
        assertEquals("bob\u0085", Normalizers.person("Bob’s\u0085"));
        assertEquals("bob\u0085", Normalizers.place("Bob'\u0085"));
        assertEquals("bob's\u0085", Normalizers.title("Bob’s\u0085"));
        assertEquals("james", Normalizers.person("James'"));
        assertEquals("agnes", Normalizers.person("Agnes"));
        assertEquals("john smith", Normalizers.person("John Smith, PhD"));
        assertEquals("john smith\u0085", Normalizers.person("John Smith OBE\u0085"));
        assertEquals("title\u0085", Normalizers.title("title.\u0085"));
        assertEquals("title", Normalizers.title("«Title»"));
        assertEquals("«title»", Normalizers.person("«Title»"));
        assertEquals("bold markup & more", Normalizers.title("*Bold* <i>markup</i> &amp; more"));
        assertEquals("hyphenated", Normalizers.title("hyphen-\nated"));
        assertEquals("a title-with dashes", Normalizers.title("A title\u2014with dashes"));
        assertEquals("van cleef", Normalizers.person("\"Lee\" Van Cleef"));
        assertEquals("jane doe", Normalizers.person("  Dr.  Jane   Doe  "));
        assertEquals("siam", Normalizers.place("The Kingdom of Siam"));
        assertEquals("x x", TextFold.fold("x\u000Bx"));
        assertEquals("a", TextFold.fold("a \u001F"));
        assertEquals("spaced", TextFold.fold("\u2003spaced\u2003"));
        assertEquals("unicode fine", TextFold.fold("Ünïcödé ﬁne"));
        assertEquals("emile zola", TextFold.fold("ÉMILE  Zola\t"));
        assertEquals("1954-06-07", DateNormalizer.iso("(7 June 1954)"));
        assertEquals("1954-06-07", DateNormalizer.iso("June 7, 1954;"));
        assertEquals("-0043", DateNormalizer.iso("44 b.c."));
        assertNull(DateNormalizer.iso("1954\u0085"));
        assertNull(DateNormalizer.iso("."));
        assertNull(Normalizers.title(" "));
        assertEquals("smith 2020", Normalizers.authorYear("Smith, J. (12345) 1999 Title 2020x 20201"));
        assertEquals("smith 1500", Normalizers.authorYear("Smith 1499 1500"));
        assertEquals("lee 2099", Normalizers.authorYear("Lee K 2099, 2100"));
    }

    /** Real references (GROBID citation data, CC BY 4.0): a middle initial, French lists, possessives. */
    @Test
    void authorYearReadsTheFirstAuthorOfRealReferences() {
        assertEquals("cochran 1977", Normalizers.authorYear("William G. Cochran. Sampling Techniques. 1977"));
        assertEquals("keller 1994", Normalizers.authorYear("Arthur M. Keller and Julie Basu. A predicate-based"
                + " caching scheme. In Proceedings of PDIS-94, 1994"));
        assertEquals("bains 1996", Normalizers.authorYear("Bains W. Virtually sequenced: the next genomic"
                + " generation. Nature Biotechnol 1996"));
        assertEquals("michel 1979", Normalizers.authorYear("M. A. MICHEL, G. MOUSSET et J. SIMONET. 1979"));
        assertEquals("talmon 1952", Normalizers.authorYear("J. L. Talmon's, \"The Origins\" (1952"));
        assertEquals("李建香 2009", Normalizers.authorYear("李建香. 張從正補法思想淺談. 光明中醫. 2009"));
    }
}
