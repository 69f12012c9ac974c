package org.factfloor.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.factfloor.config.InputFormat;
import org.factfloor.config.InputSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault suite of issue 5: every kind of damaged input, read by the real reader, with the exact number of good
 * records it must still yield, the exact bad units by kind, and good + bad = units read.
 */
class FaultSuiteTest {
    @TempDir
    Path dir;

    private static void assertCounts(Read.Result r, long good, Map<String, Long> bad) {
        assertEquals(good, r.good(), "good records of " + r.file().path() + "; problems " + r.counters().problems());
        assertEquals(good, r.counters().documents());
        assertEquals(bad, r.counters().problems(), "bad units of " + r.file().path());
        assertEquals(r.counters().units(), r.counters().documents() + r.counters().bad(), "good + bad = units");
    }

    @Test
    void truncatedGzipKeepsEveryRecordBeforeTheCut() throws IOException {
        Read.Result r = Read.one(FaultCorpus.truncatedGzip(dir).toString());
        assertCounts(r, 100, Map.of("truncated_compressed_stream", 1L));
        assertEquals("good-99", r.docs().get(99).id());
        assertTrue(r.counters().locations().get(0).startsWith("truncated_compressed_stream at line 101"),
                r.counters().locations().toString());
    }

    @Test
    void gzipCorruptedInTheMiddleKeepsEveryRecordBeforeTheDamage() throws IOException {
        Read.Result r = Read.one(FaultCorpus.gzipCorruptedInTheMiddle(dir).toString());
        assertCounts(r, 100, Map.of("corrupt_compressed_stream", 1L));
    }

    @Test
    void plainFileNamedGzIsReadAsPlainAndNoted() throws IOException {
        Read.Result r = Read.one(FaultCorpus.plainFileNamedGz(dir).toString());
        assertCounts(r, 100, Map.of());
        assertEquals(Map.of("compression_mismatch", 1L), r.counters().warnings());
        assertEquals("gzip", r.file().compression(), "the listing goes by the name; the reader by the bytes");
    }

    @Test
    void invalidUtf8LosesOnlyItsLine() throws IOException {
        assertCounts(Read.one(FaultCorpus.invalidUtf8(dir, "latin1.jsonl").toString()), 9,
                Map.of("invalid_utf8", 1L));
        Read.Result text = Read.one(FaultCorpus.invalidUtf8(dir, "latin1.txt").toString());
        assertCounts(text, 9, Map.of("invalid_utf8", 1L));
        assertEquals("invalid_utf8 at line 5", text.counters().locations().get(0));
        assertEquals("latin1", new String(text.counters().quarantined().get(0).record(),
                StandardCharsets.ISO_8859_1).substring(7, 13), "the quarantined copy is the record's own bytes");
    }

    @Test
    void nulBytesLoseOnlyTheirLine() throws IOException {
        assertCounts(Read.one(FaultCorpus.nulBytes(dir, "nul.jsonl").toString()), 9, Map.of("nul_byte", 1L));
        assertCounts(Read.one(FaultCorpus.nulBytes(dir, "nul.txt").toString()), 9, Map.of("nul_byte", 1L));
    }

    @Test
    void binaryFileAmongTextShardsIsOneBadUnit() throws IOException {
        Files.write(dir.resolve("shard-1.txt"), FaultCorpus.goodLines(0, 10));
        Files.write(dir.resolve("shard-3.txt"), FaultCorpus.goodLines(10, 10));
        FaultCorpus.binary(dir, "shard-2.txt");
        List<Read.Result> all = Read.all(dir.toString(), Read.DEFAULTS, new BadInputPolicy(false, false));
        assertEquals(3, all.size());
        assertCounts(all.get(0), 10, Map.of());
        assertCounts(all.get(1), 0, Map.of("binary_file", 1L));
        assertCounts(all.get(2), 10, Map.of());
    }

    @Test
    void emptyFileHasNoUnitsAndIsNoted() throws IOException {
        for (String name : List.of("empty.jsonl", "empty.txt", "empty.jsonl.gz")) {
            Read.Result r = Read.one(FaultCorpus.empty(dir, name).toString());
            assertCounts(r, 0, Map.of());
            assertEquals(0, r.counters().units());
            assertTrue(r.counters().warnings().containsKey("empty_file"), name + " " + r.counters().warnings());
        }
    }

    @Test
    void emptyJsonlLineIsOneBadUnit() throws IOException {
        assertCounts(Read.one(FaultCorpus.emptyJsonLine(dir).toString()), 10, Map.of("empty_line", 1L));
    }

    @Test
    void malformedJsonLineBetweenGoodLinesIsOneBadUnit() throws IOException {
        Read.Result r = Read.one(FaultCorpus.malformedJsonLine(dir).toString());
        assertCounts(r, 10, Map.of("malformed_json", 1L));
        assertEquals("malformed_json at line 6", r.counters().locations().get(0));
    }

    @Test
    void missingNullAndNonStringTextAreCountedApart() throws IOException {
        assertCounts(Read.one(FaultCorpus.unusableText(dir).toString()), 3,
                Map.of("missing_text", 2L, "non_string_text", 2L));
    }

    @Test
    void fiftyMegabyteLineIsOneDocumentReadInAStream() throws IOException {
        Read.Result r = Read.one(FaultCorpus.hugeLine(dir, 50).toString());
        assertCounts(r, 2, Map.of());
        String text = r.docs().get(0).text();
        assertTrue(text.length() > 50 << 20, "length " + text.length());
        assertTrue(text.startsWith("Paris is the capital") && text.endsWith("Rome is the capital of Italy."));
    }

    @Test
    void lineLongerThanTheLimitIsSkippedWithoutBufferingIt() throws IOException {
        Read.Result r = Read.one(FaultCorpus.hugeLine(dir, 2).toString(), Read.settings("auto", "line", 1 << 20));
        assertCounts(r, 1, Map.of("over_long_record", 1L));
        assertEquals(LineInput.QUARANTINE_BYTES, r.counters().quarantined().get(0).record().length);
    }

    @Test
    void deeplyNestedJsonIsReadAndAbsurdNestingIsOneBadUnit() throws IOException {
        Path file = FaultCorpus.write(dir.resolve("deep.jsonl"), (FaultCorpus.deeplyNested(5000)
                + FaultCorpus.deeplyNested(200_000) + FaultCorpus.good(1)).getBytes(StandardCharsets.UTF_8));
        Read.Result r = Read.one(file.toString());
        assertCounts(r, 2, Map.of("malformed_json", 1L));
        assertEquals("deep", r.docs().get(0).id());
    }

    @Test
    void byteOrderMarkAndCrlfReadAsNormal() throws IOException {
        for (String name : List.of("bom.jsonl", "bom.txt")) {
            Read.Result r = Read.one(FaultCorpus.bomAndCrlf(dir, name).toString());
            assertCounts(r, 10, Map.of());
            assertTrue(r.docs().stream().noneMatch(d -> d.text().contains("\r") || d.text().contains("\uFEFF")));
        }
        assertEquals("good-0", Read.one(dir.resolve("bom.jsonl").toString()).docs().get(0).id());
    }

    @Test
    void fileDeletedAfterListingIsOneBadUnitAndTheRunGoesOn() throws IOException {
        Path file = FaultCorpus.write(dir.resolve("gone.jsonl"), FaultCorpus.goodLines(0, 3));
        Configuration hadoop = new Configuration();
        SourceFile listed = InputListing.of(List.of(file.toString()), Read.DEFAULTS, hadoop).files().get(0);
        Files.delete(file);
        Read.Result r = Read.file(listed, Read.DEFAULTS, new BadInputPolicy(false, false), hadoop);
        assertCounts(r, 0, Map.of("file_vanished", 1L));
    }

    @Test
    void fileTheFileSystemRefusesFailsTheRunNamingIt() throws IOException {
        Path file = FaultCorpus.write(dir.resolve("secret.jsonl"), FaultCorpus.goodLines(0, 3));
        Configuration hadoop = DenyingFileSystem.register(new Configuration());
        SourceFile listed = new SourceFile(DenyingFileSystem.SCHEME + "://" + file, 10, InputFormat.JSONL, "none");
        UnreadableInput e = assertThrows(UnreadableInput.class,
                () -> Read.file(listed, Read.DEFAULTS, new BadInputPolicy(false, false), hadoop));
        assertTrue(e.getMessage().startsWith("cannot read input file " + listed.path() + ": Permission denied"),
                e.getMessage());
    }

    @Test
    void corruptParquetFooterIsOneBadUnit() throws IOException {
        Path file = CorpusFormats.parquet(List.of(new CorpusFormats.Doc("a", "Paris is the capital of France.")),
                dir.resolve("broken.parquet"), CompressionCodecName.UNCOMPRESSED);
        byte[] bytes = Files.readAllBytes(file);
        for (int i = bytes.length - 12; i < bytes.length - 4; i++) {
            bytes[i] = (byte) 0xff;
        }
        Files.write(file, bytes);
        assertCounts(Read.one(file.toString()), 0, Map.of("corrupt_parquet", 1L));
    }

    @Test
    void parquetRowsWithoutTextAreBadRowsAndAMissingColumnMakesEveryRowBad() throws IOException {
        Path file = CorpusFormats.parquet(List.of(new CorpusFormats.Doc("a", "Paris is the capital of France."),
                        new CorpusFormats.Doc("b", null), new CorpusFormats.Doc("c", "Rome is the capital of Italy.")),
                dir.resolve("rows.parquet"), CompressionCodecName.ZSTD);
        assertCounts(Read.one(file.toString()), 2, Map.of("missing_text", 1L));
        Read.Result body = Read.one(file.toString(), new InputSettings(InputFormat.AUTO, "auto", "body",
                "id", "line", 1 << 20));
        assertCounts(body, 0, Map.of("missing_text", 3L));
    }

    @Test
    void truncatedWarcRecordKeepsTheRecordsBeforeIt() throws IOException {
        List<CorpusFormats.Doc> docs = List.of(new CorpusFormats.Doc("a", "Paris is the capital of France."),
                new CorpusFormats.Doc("b", "Rome is the capital of Italy."),
                new CorpusFormats.Doc("c", "Madrid is the capital of Spain. " + "x".repeat(2000)));
        Path file = CorpusFormats.warc(docs, dir.resolve("cut.warc.wet"), true, "none");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 1000));
        Read.Result r = Read.one(file.toString());
        assertCounts(r, 2, Map.of("truncated_warc_record", 1L));
        assertEquals("http://example.org/b", r.docs().get(1).id());
    }
}
