package org.factfloor.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The text a pattern spells out, which the prefilter-literal warning compares literals with. */
class PatternTextTest {
    private static String text(String regex) {
        return PatternText.of(regex).replace(PatternText.CUT, '#');
    }

    @Test
    void fixedTextIsKeptAndGroupSyntaxDropped() {
        assertEquals("# is the capital of #", text("(?<attribute>\\p{Lu}+) is the (?i:capital) of (?<entity>.+)"));
        assertEquals("passed away", text("passed\\s+away"));
        assertEquals("(0000)", text("\\((?:1[5-9]\\d{2})\\)"));
    }

    @Test
    void optionalPartsAndLookaroundsAreNotText() {
        assertEquals("color", text("colou?r"));
        assertEquals("capital", text("(?:the )?capital"));
        assertEquals("died", text("(?<![\\p{L}])died(?=\\s)"));
        assertEquals("#", text("[^a-z]"));
        assertEquals("a#b", text("a|b"));
    }

    @Test
    void aLiteralMayStickOutOfEitherEndByOneCharacter() {
        assertTrue(PatternText.canHold(text("\\d{4}"), PatternText.literal("\\d\\d\\d\\d.")));
        assertTrue(PatternText.canHold(text("\\d{4}"), PatternText.literal("(\\d\\d\\d\\d")));
        assertFalse(PatternText.canHold(text("\\d{3}"), PatternText.literal("\\d\\d\\d\\d.")));
        assertFalse(PatternText.canHold(text("died on"), PatternText.literal("born")));
    }
}
