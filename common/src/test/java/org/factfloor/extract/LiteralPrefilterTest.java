package org.factfloor.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralPrefilterTest {

    @Test
    void yearOnlyLifeSpansAreAdmittedByADigitNextToADash() {
        LiteralPrefilter p = new LiteralPrefilter(List.of("died", "\\d–", "\\d-\\d"));
        assertTrue(p.mayMatch("Anna Lund (1912–1954) was a poet."));
        assertTrue(p.mayMatch("Anna Lund (1912-1954) was a poet."));
        assertFalse(p.mayMatch("The well-known poet – beloved by many – wrote in Swedish."));
        assertTrue(p.mayMatch("She DIED young."));
    }

    @Test
    void hitsAreTheAnchorPositionsInOrder() {
        LiteralPrefilter p = new LiteralPrefilter(List.of("capital", "\\d\\d\\d\\d)"));
        String text = "Capital (2019) and capital.";
        assertEquals(0, p.nextHit(text, 0, text.length()));
        assertEquals(13, p.nextHit(text, 1, text.length()));
        assertEquals(19, p.nextHit(text, 14, text.length()));
        assertEquals(-1, p.nextHit(text, 20, text.length()));
    }

    @Test
    void nonAsciiLiteralsAreFound() {
        LiteralPrefilter p = new LiteralPrefilter(List.of("†"));
        assertTrue(p.mayMatch("Anna Lund (†1911)"));
        assertFalse(p.mayMatch("Anna Lund (1911)"));
    }

    @Test
    void anEmptyListAcceptsEverythingAndADigitOnlyLiteralIsAProblem() {
        assertTrue(new LiteralPrefilter(List.of()).mayMatch("anything"));
        assertNull(LiteralPrefilter.problem("\\d–"));
        assertTrue(LiteralPrefilter.problem("\\d\\d").contains("no fixed character"));
    }
}
