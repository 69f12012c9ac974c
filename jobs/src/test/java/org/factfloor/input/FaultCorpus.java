package org.factfloor.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the damaged inputs of the fault suite, each built so the number of good records in it is known exactly:
 * good JSONL lines are {@link #good(int)}, and everything bad sits in places a reader can only lose as a whole.
 */
final class FaultCorpus {
    private FaultCorpus() {
    }

    /** A good JSONL record with a capitals fact. */
    static String good(int i) {
        return "{\"id\":\"good-" + i + "\",\"text\":\"Paris is the capital of France. Record " + i + ".\"}\n";
    }

    static byte[] goodLines(int from, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            out.append(good(i));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    /** One JSONL record of about {@code bytes} bytes of incompressible-looking text, ending in a newline. */
    static byte[] bigRecord(int bytes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder(bytes);
        while (text.length() < bytes) {
            text.append((char) ('a' + random.nextInt(26)));
            if (random.nextInt(7) == 0) {
                text.append(' ');
            }
        }
        return ("{\"id\":\"big\",\"text\":\"" + text + "\"}\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    /** 100 good lines in one gzip member, then a member holding one 64 KB record, cut in its middle. */
    static Path truncatedGzip(Path dir) throws IOException {
        byte[] tail = gzip(bigRecord(1 << 16, 1));
        return write(dir.resolve("truncated.jsonl.gz"), concat(gzip(goodLines(0, 100)),
                Arrays.copyOf(tail, tail.length / 2)));
    }

    /** 100 good lines, a member with one 64 KB record whose deflate data is overwritten in the middle, 50 more. */
    static Path gzipCorruptedInTheMiddle(Path dir) throws IOException {
        byte[] middle = gzip(bigRecord(1 << 16, 2));
        for (int i = middle.length / 2; i < middle.length / 2 + 64; i++) {
            middle[i] = (byte) 0xff;
        }
        return write(dir.resolve("corrupt.jsonl.gz"), concat(gzip(goodLines(0, 100)), middle,
                gzip(goodLines(100, 50))));
    }

    /** 100 good lines, not compressed, in a file named .gz. */
    static Path plainFileNamedGz(Path dir) throws IOException {
        return write(dir.resolve("plain.jsonl.gz"), goodLines(0, 100));
    }

    /** 10 lines; line 5 has a Latin-1 é, which is not UTF-8. */
    static Path invalidUtf8(Path dir, String name) throws IOException {
        byte[] bad = "{\"id\":\"latin1\",\"text\":\"Caf\u00e9 Paris is the capital of France.\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        return write(dir.resolve(name), concat(goodLines(0, 4), bad, goodLines(4, 5)));
    }

    /** 10 lines; line 3 carries NUL bytes. */
    static Path nulBytes(Path dir, String name) throws IOException {
        byte[] bad = "{\"id\":\"nul\",\"text\":\"Paris\0\0 is the capital of France.\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        return write(dir.resolve(name), concat(goodLines(0, 2), bad, goodLines(2, 7)));
    }

    /** 20 KB of random bytes under a text shard's name. */
    static Path binary(Path dir, String name) throws IOException {
        byte[] bytes = new byte[20_000];
        new SplittableRandom(7).nextBytes(bytes);
        return write(dir.resolve(name), bytes);
    }

    static Path empty(Path dir, String name) throws IOException {
        return write(dir.resolve(name), new byte[0]);
    }

    /** 5 good lines, an empty line, 5 good lines. */
    static Path emptyJsonLine(Path dir) throws IOException {
        return write(dir.resolve("empty-line.jsonl"), concat(goodLines(0, 5), "\n".getBytes(StandardCharsets.UTF_8),
                goodLines(5, 5)));
    }

    /** 5 good lines, one cut-off JSON object, 5 good lines. */
    static Path malformedJsonLine(Path dir) throws IOException {
        return write(dir.resolve("malformed.jsonl"), concat(goodLines(0, 5),
                "{\"id\":\"cut\",\"text\":\"Paris is the\n".getBytes(StandardCharsets.UTF_8), goodLines(5, 5)));
    }

    /** 3 good lines, then: no text field, a null text, a number, an object. */
    static Path unusableText(Path dir) throws IOException {
        return write(dir.resolve("unusable-text.jsonl"), concat(goodLines(0, 3), ("{\"id\":\"none\"}\n"
                + "{\"id\":\"null\",\"text\":null}\n{\"id\":\"number\",\"text\":42}\n"
                + "{\"id\":\"object\",\"text\":{\"body\":\"Paris is the capital of France.\"}}\n")
                .getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * One JSONL record of {@code megabytes} MB whose text names a capital at its start and at its end, then a good
     * line; written in a stream, never held whole.
     */
    static Path hugeLine(Path dir, int megabytes) throws IOException {
        Path file = dir.resolve("huge.jsonl");
        Files.createDirectories(dir);
        byte[] filler = "lorem ipsum dolor sit amet ".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"id\":\"huge\",\"text\":\"Paris is the capital of France. ".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < (long) megabytes << 20; written += filler.length) {
                out.write(filler);
            }
            out.write("Rome is the capital of Italy.\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write(good(0).getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    /** A good record whose irrelevant "meta" field nests {@code depth} arrays deep. */
    static String deeplyNested(int depth) {
        return "{\"meta\":" + "[".repeat(depth) + "]".repeat(depth)
                + ",\"id\":\"deep\",\"text\":\"Paris is the capital of France.\"}\n";
    }

    /** A byte-order mark, then 10 good lines ending in CR LF. */
    static Path bomAndCrlf(Path dir, String name) throws IOException {
        String lines = new String(goodLines(0, 10), StandardCharsets.UTF_8).replace("\n", "\r\n");
        return write(dir.resolve(name), concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                lines.getBytes(StandardCharsets.UTF_8)));
    }
}
