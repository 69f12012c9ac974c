package org.factfloor.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of one decoded file, as bytes first: a line is checked (length, UTF-8, NUL bytes) before it becomes a
 * String, so one bad line is one bad unit and never poisons its neighbours. A UTF-8 byte-order mark at the start
 * and a CR before each LF are dropped. A file whose first bytes are mostly control characters or invalid UTF-8 is
 * a binary file: one bad unit, no lines.
 */
final class LineInput {
    static final int QUARANTINE_BYTES = 4096;
    private static final int SNIFF_BYTES = 8192;

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean started;
    private boolean eof;
    private byte[] line = new byte[1 << 12];
    private int length;
    private long overLong;
    private long number;
    /** The good line's length without a final CR. */
    private int end;
    /** The good line decoded, once asked for. */
    private String text;
    private String problem;
    private String detail;

    LineInput(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = (int) maxBytes;
    }

    /** Reads the next line; false at the end of the file. Then {@link #problem()} is null for a good line. */
    boolean next() throws IOException {
        if (!started) {
            start();
            if (problem != null) {
                return true;
            }
        }
        length = 0;
        overLong = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                if (eof || !fill()) {
                    eof = true;
                    if (!any) {
                        return false;
                    }
                    break;
                }
            }
            any = true;
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            append(position, end);
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        number++;
        check();
        return true;
    }

    /** The good line's text, without its line end (decoded on the first call: JSONL reads the bytes instead). */
    String text() {
        if (text == null && problem == null) {
            text = new String(line, 0, end, StandardCharsets.UTF_8);
        }
        return text;
    }

    /** The good line's bytes, [0, {@link #end()}): well-formed UTF-8 without NUL bytes. Valid until next(). */
    byte[] bytes() {
        return line;
    }

    int end() {
        return end;
    }

    /** Whether the good line is empty or only white space, as String.isBlank says, mostly without decoding it. */
    boolean isBlank() {
        for (int i = 0; i < end; i++) {
            byte b = line[i];
            if (b < 0) {
                return text().isBlank(); // a Unicode space, perhaps
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    /** Why the line is bad (invalid_utf8, nul_byte, over_long_record, binary_file), or null. */
    String problem() {
        return problem;
    }

    String detail() {
        return detail;
    }

    long number() {
        return number;
    }

    /** The start of the line's bytes, for quarantine. */
    byte[] raw() {
        return Arrays.copyOf(line, Math.min(length, QUARANTINE_BYTES));
    }

    private void start() throws IOException {
        started = true;
        int n = in.readNBytes(buffer, 0, SNIFF_BYTES);
        limit = n;
        eof = n < SNIFF_BYTES;
        if (n >= 3 && (buffer[0] & 0xff) == 0xef && (buffer[1] & 0xff) == 0xbb && (buffer[2] & 0xff) == 0xbf) {
            position = 3;
        }
        if (isBinary(buffer, position, limit)) {
            text = null;
            length = Math.min(limit, QUARANTINE_BYTES);
            System.arraycopy(buffer, 0, ensure(length), 0, length);
            problem = "binary_file";
            detail = "the first " + limit + " bytes are mostly control characters or invalid UTF-8";
            position = limit;
            eof = true;
        }
    }

    /** More than a tenth of the sampled characters are control characters or undecodable: not text. */
    private static boolean isBinary(byte[] b, int from, int to) {
        if (to <= from) {
            return false;
        }
        String sample = new String(b, from, to - from, StandardCharsets.UTF_8);
        int suspicious = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c == '\uFFFD' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b)
                    || c == 0x7f) {
                suspicious++;
            }
        }
        return suspicious * 10 > sample.length();
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Keeps at most maxBytes of a line; beyond that only counts, so an endless line costs no memory. */
    private void append(int from, int to) {
        int n = to - from;
        int room = maxBytes - length;
        if (n > room) {
            overLong += n - Math.max(room, 0);
            n = Math.max(room, 0);
        }
        if (n > 0) {
            System.arraycopy(buffer, from, ensure(length + n), length, n);
            length += n;
        }
    }

    private byte[] ensure(int capacity) {
        if (line.length < capacity) {
            line = Arrays.copyOf(line, Math.max(capacity, (int) Math.min(maxBytes, 2L * line.length)));
        }
        return line;
    }

    /** Checks the line's bytes; it is decoded only when its text is asked for. */
    private void check() {
        text = null;
        problem = null;
        detail = null;
        if (overLong > 0) {
            problem = "over_long_record";
            detail = (length + overLong) + " bytes, more than factfloor.input.max-record-bytes = " + maxBytes;
            return;
        }
        end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        if (!Utf8.wellFormed(line, 0, end)) {
            problem = "invalid_utf8";
            detail = "bytes that are not UTF-8";
            return;
        }
        for (int i = 0; i < end; i++) {
            if (line[i] == 0) { // in UTF-8 no other character has a zero byte
                problem = "nul_byte";
                detail = "NUL byte at character " + new String(line, 0, i, StandardCharsets.UTF_8).length();
                return;
            }
        }
    }
}
