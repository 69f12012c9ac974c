package org.factfloor.extract;

/** Heap bytes of arrays and strings on a 64-bit JVM with compressed references, for the memory the matcher reports. */
final class Memory {
    /** Object header plus length of an array (compressed class pointers). */
    private static final long ARRAY_HEADER = 16;
    /** A String object and its byte[] header, before the characters. */
    private static final long STRING_OVERHEAD = 24 + ARRAY_HEADER;

    private Memory() {
    }

    static long ints(long n) {
        return align(ARRAY_HEADER + 4 * n);
    }

    static long chars(long n) {
        return align(ARRAY_HEADER + 2 * n);
    }

    static long bytes(long n) {
        return align(ARRAY_HEADER + n);
    }

    static long references(long n) {
        return align(ARRAY_HEADER + 4 * n);
    }

    /** A string of Latin-1 characters (compact strings); others take two bytes a character. */
    static long string(String s) {
        boolean latin1 = true;
        for (int i = 0; i < s.length() && latin1; i++) {
            latin1 = s.charAt(i) < 256;
        }
        return STRING_OVERHEAD + align((long) s.length() * (latin1 ? 1 : 2));
    }

    private static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }
}
