package org.factfloor.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.factfloor.config.InputFormat;
import org.factfloor.config.InputSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the input settings and the bad-input policy change in how one file is read. */
class ReaderOptionsTest {
    @TempDir
    Path dir;

    @Test
    void dottedPathsReachIntoNestedObjectsAndAMissingIdIsFileAndLine() throws IOException {
        Path file = FaultCorpus.write(dir.resolve("nested.jsonl"), ("""
                {"meta":{"source":{"id":"n-1"}},"content":{"lang":"en","body":"Paris is the capital of France."}}
                {"content":{"body":"Rome is the capital of Italy."},"meta":{"source":{}}}
                {"content":"flat","body":"not on the path"}
                """).getBytes(StandardCharsets.UTF_8));
        InputSettings nested = new InputSettings(InputFormat.AUTO, "auto", "content.body", "meta.source.id", "line", 1 << 20);
        Read.Result r = Read.one(file.toString(), nested);
        assertEquals(List.of(new CorpusFormats.Doc("n-1", "Paris is the capital of France."),
                new CorpusFormats.Doc("file:" + file + ":2",
                        "Rome is the capital of Italy.")), r.docs());
        assertEquals(Map.of("missing_text", 1L), r.counters().problems());
    }

    @Test
    void paragraphAndFileUnitsOfPlainText() throws IOException {
        Path file = FaultCorpus.write(dir.resolve("doc.txt"),
                "first line\nsame paragraph\n\n\nsecond paragraph\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("first line\nsame paragraph\n", "second paragraph\n"),
                Read.one(file.toString(), Read.settings("auto", "paragraph", 1 << 20)).docs().stream()
                        .map(CorpusFormats.Doc::text).toList());
        assertEquals(List.of("first line\nsame paragraph\n\n\nsecond paragraph\n"),
                Read.one(file.toString(), Read.settings("auto", "file", 1 << 20)).docs().stream()
                        .map(CorpusFormats.Doc::text).toList());
        assertEquals(3, Read.one(file.toString()).good(), "line unit: blank lines are not documents");
    }

    @Test
    void paragraphLongerThanTheLimitIsOneBadUnitAndTheNextIsRead() throws IOException {
        String longParagraph = ("a line of forty characters, more or less\n").repeat(40);
        Path file = FaultCorpus.write(dir.resolve("long.txt"), ("short one\n\n" + longParagraph + "\nlast one\n")
                .getBytes(StandardCharsets.UTF_8));
        Read.Result r = Read.one(file.toString(), Read.settings("auto", "paragraph", 1024));
        assertEquals(List.of("short one\n", "last one\n"), r.docs().stream().map(CorpusFormats.Doc::text).toList());
        assertEquals(Map.of("over_long_record", 1L), r.counters().problems());
        assertEquals(List.of("over_long_record at line 3"), r.counters().locations());
        assertEquals(3, r.counters().units());
    }

    @Test
    void unknownNamesAreListedAsSkippedAndAForcedFormatReadsThem() throws IOException {
        Path file = FaultCorpus.write(dir.resolve("shard.data"), FaultCorpus.goodLines(0, 4));
        FaultCorpus.write(dir.resolve("shard.jsonl"), FaultCorpus.goodLines(4, 2));
        InputListing listing = InputListing.of(List.of(dir.toString(), file.toString()), Read.DEFAULTS,
                new Configuration());
        assertEquals(1, listing.files().size());
        assertEquals(List.of("file:" + file + " (unknown extension; set --format to read it)"), listing.skipped());
        assertEquals(4, Read.one(file.toString(), Read.settings("jsonl", "line", 1 << 20)).good());
        InputError none = assertThrows(InputError.class,
                () -> InputListing.of(List.of(file.toString()), Read.DEFAULTS, new Configuration()));
        assertEquals("no corpus files found under " + file + " (skipped: file:" + file + " (unknown extension; set"
                + " --format to read it)); expected *.jsonl, *.json, *.ndjson, *.txt, *.parquet, *.warc, *.wet"
                + " (optionally .gz, .bz2, .zst), or set --format", none.getMessage());
    }

    @Test
    void failFastNamesFileLocationAndReason() throws IOException {
        Path file = FaultCorpus.malformedJsonLine(dir);
        BadInputException e = assertThrows(BadInputException.class,
                () -> Read.all(file.toString(), Read.DEFAULTS, new BadInputPolicy(true, false)));
        assertEquals("malformed_json (Unexpected end-of-input in VALUE_STRING) in "
                + "file:" + file + " at line 6 (run without --fail-fast to"
                + " skip and count bad records instead)", e.getMessage());
    }

    @Test
    void quarantineKeepsReasonLocationAndBytes() throws IOException {
        Read.Result r = Read.one(FaultCorpus.malformedJsonLine(dir).toString());
        QuarantinedRecord q = r.counters().quarantined().get(0);
        assertEquals("line 6", q.location());
        assertEquals("malformed_json", q.kind());
        assertEquals("{\"id\":\"cut\",\"text\":\"Paris is the", new String(q.record(), StandardCharsets.UTF_8));
    }
}
