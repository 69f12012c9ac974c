package org.factfloor.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The byte check against Java's strict UTF-8 decoder, which the line check used to run. */
class Utf8Test {
    @Test
    void agreesWithTheStrictDecoderOnRandomBytes() {
        Random random = new Random(20261201);
        // Bytes drawn mostly from the ranges where the rules lie (lead bytes, continuation bytes, edges).
        int[] pool = {0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec,
                0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff};
        int invalid = 0;
        for (int n = 0; n < 200_000; n++) {
            byte[] b = new byte[random.nextInt(7)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : pool[random.nextInt(pool.length)]);
            }
            boolean strict = strictlyDecodes(b);
            assertEquals(strict, Utf8.wellFormed(b, 0, b.length), () -> hex(b));
            invalid += strict ? 0 : 1;
        }
        assertTrue(invalid > 50_000 && invalid < 190_000, "the draw must give both kinds: " + invalid + " invalid");
    }

    @Test
    void readsOnlyItsRange() {
        byte[] b = "ab\u00e9\u20ac\uD83D\uDE00".getBytes(StandardCharsets.UTF_8);
        assertTrue(Utf8.wellFormed(b, 0, b.length));
        assertFalse(Utf8.wellFormed(b, 0, 3), "é cut after its first byte");
        assertTrue(Utf8.wellFormed(b, 2, 4));
        assertFalse(Utf8.wellFormed(b, 3, b.length), "a continuation byte first");
    }

    private static boolean strictlyDecodes(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(String.format("%02x ", x & 0xff));
        }
        return s.toString();
    }
}
