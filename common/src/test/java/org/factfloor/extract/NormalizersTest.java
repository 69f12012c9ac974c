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
    @CsvSource({"31 June 1954", "29 February 1900", "1954-13-01", "yesterday"})
    void impossibleDatesAreRejected(String written) {
        assertNull(DateNormalizer.iso(written));
    }

    @Test
    void personKeysFoldCaseDiacriticsAndHonorificsButKeepSuffixes() {
        assertEquals("jose garcia", Normalizers.person("Dr. José  García"));
        assertEquals("martin luther king jr", Normalizers.person("Martin Luther King, Jr."));
        assertEquals("anna lund", Normalizers.person("Anna Lund's"));
    }

    @Test
    void titleKeysDropQuotesPunctuationMarkupAndLigatures() {
        assertEquals("efficient fine-tuning", Normalizers.title("“Efficient ﬁne-tuning.”"));
        assertEquals("deep networks", Normalizers.title("*Deep Net-\nworks*"));
    }

    @Test
    void placeKeysDropTheLeadingArticle() {
        assertEquals("netherlands", Normalizers.place("The Netherlands"));
        assertEquals("sao tome", Normalizers.place("São Tomé"));
    }

    @Test
    void authorYearTakesTheFirstSurnameAndTheYear() {
        assertEquals("quist 2021", Normalizers.authorYear("Quist, N., Lorenz, L., & Vogel, H. (2021"));
        assertEquals("meyer 1999", Normalizers.authorYear("Meyer et al. (1999"));
        assertNull(Normalizers.authorYear("Meyer et al."));
    }
}
