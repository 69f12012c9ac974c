package org.factfloor.input;

/**
 * Checks bytes as UTF-8 without decoding them, by the well-formed byte sequences of The Unicode Standard, Table 3-7
 * (what Java's strict decoder accepts: no overlong forms, no surrogates, nothing above U+10FFFF). A line is
 * checked once and decoded once, by whoever needs its text, instead of being decoded to find out.
 */
final class Utf8 {
    private Utf8() {
    }

    /** Whether b[from, to) is well-formed UTF-8. */
    static boolean wellFormed(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xff;
            int n;
            int low = 0x80;
            int high = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                n = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                n = 2;
                if (c == 0xe0) {
                    low = 0xa0; // E0 80..9F would be overlong
                } else if (c == 0xed) {
                    high = 0x9f; // ED A0..BF would be a surrogate
                }
            } else if (c >= 0xf0 && c <= 0xf4) {
                n = 3;
                if (c == 0xf0) {
                    low = 0x90; // overlong
                } else if (c == 0xf4) {
                    high = 0x8f; // above U+10FFFF
                }
            } else {
                return false; // a continuation byte, C0, C1 or F5..FF in first place
            }
            if (i + n >= to) {
                return false; // cut short
            }
            int second = b[i + 1] & 0xff;
            if (second < low || second > high) {
                return false;
            }
            for (int k = 2; k <= n; k++) {
                if ((b[i + k] & 0xc0) != 0x80) {
                    return false;
                }
            }
            i += n + 1;
        }
        return true;
    }
}
