package org.factfloor.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.factfloor.TestSpark;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.job.RunJob;
import org.factfloor.job.RunOptions;
import org.factfloor.job.RunResult;
import org.factfloor.job.TooMuchBadInput;
import org.factfloor.sample.CorpusGenerator;
import org.factfloor.sample.GeneratorOptions;
import org.factfloor.sample.GroundTruth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `run` end to end on Spark over shards of every format, and over a directory of damaged shards. */
class RunOnMessyInputTest {
    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static FactfloorConfig config;
    private static Path faults;

    @BeforeAll
    static void setUp() throws IOException {
        spark = TestSpark.session();
        config = FactfloorConfig.load(null, Map.of(), List.of());
        faults = dir.resolve("faults");
        Files.write(FaultCorpus.write(faults.resolve("good.jsonl"), FaultCorpus.goodLines(0, 10)),
                FaultCorpus.goodLines(0, 10));
        FaultCorpus.malformedJsonLine(faults);
        FaultCorpus.binary(faults, "binary.txt");
        FaultCorpus.truncatedGzip(faults);
        FaultCorpus.empty(faults, "empty.jsonl");
    }

    @Test
    void shardsInEveryFormatGiveTheGroundTruth() throws IOException {
        new CorpusGenerator(new GeneratorOptions(dir.resolve("gen"), 500, 0, 5, 11, false)).generate();
        List<Read.Result> shards = Read.all(dir.resolve("gen/corpus").toString(), Read.DEFAULTS,
                new BadInputPolicy(true, false));
        Path mixed = dir.resolve("mixed");
        CorpusFormats.parquet(shards.get(0).docs(), mixed.resolve("part-0.parquet"), CompressionCodecName.SNAPPY);
        CorpusFormats.warc(shards.get(1).docs(), mixed.resolve("part-1.warc.gz"), false, "gzip");
        CorpusFormats.warc(shards.get(2).docs(), mixed.resolve("part-2.warc.wet.zst"), true, "zstd");
        CorpusFormats.jsonl(shards.get(3).docs(), mixed.resolve("part-3.jsonl.bz2"), "bzip2");
        CorpusFormats.jsonl(shards.get(4).docs(), mixed.resolve("nested/part-4.ndjson"), "none");

        Path out = dir.resolve("mixed-out");
        RunResult result = new RunJob(spark, config).run(new RunOptions(List.of(mixed.toString()), out.toString(),
                "mixed", false, false));
        assertEquals(500, result.documents());
        assertEquals(0, result.badRecords());
        Map<String, List<Long>> expected = new TreeMap<>();
        for (GroundTruth.Row r : GroundTruth.read(dir.resolve("gen/ground-truth/factoids.tsv"))) {
            expected.put(r.domain() + "|" + r.entity() + "|" + r.attribute(), List.of(r.documents(), r.mentions()));
        }
        Map<String, List<Long>> actual = new TreeMap<>();
        for (Row r : spark.read().parquet(out.resolve("factoids").toString()).collectAsList()) {
            actual.put(r.getAs("domain") + "|" + r.getAs("entity") + "|" + r.getAs("attribute"),
                    List.of(r.<Long>getAs("documents"), r.<Long>getAs("mentions")));
        }
        assertEquals(expected, actual);
        Map<String, String> formats = new TreeMap<>();
        for (Row r : spark.read().parquet(out.resolve("sources").toString()).collectAsList()) {
            String path = r.getAs("path");
            formats.put(path.substring(path.lastIndexOf('/') + 1), r.getAs("format") + "/" + r.getAs("compression")
                    + "/" + r.getAs("units") + "/" + r.getAs("documents") + "/" + r.getAs("status"));
        }
        assertEquals(Map.of("part-0.parquet", "parquet/none/100/100/ok", "part-1.warc.gz", "warc/gzip/100/100/ok",
                "part-2.warc.wet.zst", "wet/zstd/100/100/ok", "part-3.jsonl.bz2", "jsonl/bzip2/100/100/ok",
                "part-4.ndjson", "jsonl/none/100/100/ok"), formats);
    }

    @Test
    void damagedShardsAreCountedQuarantinedAndReconciled() throws IOException {
        Path out = dir.resolve("faults-out");
        RunResult result = new RunJob(spark, config).run(new RunOptions(List.of(faults.toString()), out.toString(),
                "faults", false, false, true, 1.0));
        assertEquals(10 + 10 + 100, result.documents());
        assertEquals(3, result.badRecords());
        Map<String, Row> sources = new TreeMap<>();
        for (Row r : spark.read().parquet(out.resolve("sources").toString()).collectAsList()) {
            String path = r.getAs("path");
            sources.put(path.substring(path.lastIndexOf('/') + 1), r);
            long bad = r.<String, Long>getJavaMap(r.fieldIndex("bad_records")).values().stream()
                    .mapToLong(Long::longValue).sum();
            assertEquals(r.<Long>getAs("units"), r.<Long>getAs("documents") + bad, "good + bad = units: " + path);
        }
        assertEquals(List.of("binary.txt", "empty.jsonl", "good.jsonl", "malformed.jsonl", "truncated.jsonl.gz"),
                List.copyOf(sources.keySet()));
        assertEquals("unreadable", sources.get("binary.txt").getAs("status"));
        assertEquals("empty", sources.get("empty.jsonl").getAs("status"));
        assertEquals(Map.of("empty_file", 1L), sources.get("empty.jsonl").getJavaMap(
                sources.get("empty.jsonl").fieldIndex("warnings")));
        assertEquals("ok", sources.get("good.jsonl").getAs("status"));
        assertEquals("partial", sources.get("malformed.jsonl").getAs("status"));
        assertEquals(List.of("malformed_json at line 6"), sources.get("malformed.jsonl").getList(
                sources.get("malformed.jsonl").fieldIndex("bad_record_locations")));
        assertEquals(101L, sources.get("truncated.jsonl.gz").<Long>getAs("units"));

        List<Row> quarantined = spark.read().parquet(out.resolve("quarantine").toString())
                .orderBy("path").collectAsList();
        assertEquals(2, quarantined.size(), "records with bytes to copy; a truncated stream has none");
        Row binary = quarantined.get(0);
        assertEquals("binary_file", binary.getAs("reason"));
        assertEquals("file start", binary.getAs("location"));
        byte[] expected = java.util.Arrays.copyOf(Files.readAllBytes(faults.resolve("binary.txt")), 4096);
        assertArrayEquals(expected, binary.getAs("record"), "the copy is byte for byte the file's start");
        Row malformed = quarantined.get(1);
        assertEquals("malformed_json", malformed.getAs("reason"));
        assertEquals("line 6", malformed.getAs("location"));
        assertEquals("{\"id\":\"cut\",\"text\":\"Paris is the",
                new String(malformed.<byte[]>getAs("record"), StandardCharsets.UTF_8));
        String manifest = Files.readString(out.resolve("_MANIFEST.json"));
        assertTrue(manifest.contains("\"truncated_compressed_stream\" : 1"), manifest);
    }

    @Test
    void failFastStopsAtTheFirstBadRecordNamingIt() throws IOException {
        Path out = dir.resolve("fail-fast-out");
        Exception e = assertThrows(Exception.class, () -> new RunJob(spark, config).run(
                new RunOptions(List.of(faults.resolve("malformed.jsonl").toString()), out.toString(), "ff", false,
                        true)));
        BadInputException cause = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            cause = t instanceof BadInputException b ? b : cause;
        }
        assertTrue(cause != null && cause.getMessage().startsWith("malformed_json (") && cause.getMessage()
                .contains("malformed.jsonl at line 6"), String.valueOf(e));
        try (var siblings = Files.list(dir)) {
            assertFalse(siblings.anyMatch(p -> p.getFileName().toString().contains("fail-fast-out")),
                    "a failed run leaves no output and no staging directory");
        }
    }

    @Test
    void aFileTheFileSystemRefusesFailsTheRun() {
        DenyingFileSystem.register(spark.sparkContext().hadoopConfiguration());
        String input = DenyingFileSystem.SCHEME + "://" + faults.resolve("good.jsonl");
        Exception e = assertThrows(Exception.class, () -> new RunJob(spark, config).run(new RunOptions(
                List.of(input), dir.resolve("denied-out").toString(), "denied", false, false)));
        UnreadableInput cause = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            cause = t instanceof UnreadableInput u ? u : cause;
        }
        assertTrue(cause != null && cause.getMessage().startsWith("cannot read input file denied:"
                + faults.resolve("good.jsonl") + ": Permission denied"), String.valueOf(e));
    }

    @Test
    void tooMuchBadInputFailsTheRunNamingTheWorstSource() {
        Path out = dir.resolve("max-bad-out");
        TooMuchBadInput e = assertThrows(TooMuchBadInput.class, () -> new RunJob(spark, config).run(
                new RunOptions(List.of(faults.toString()), out.toString(), "max-bad", false, false, false, 0.5)));
        assertTrue(e.getMessage().startsWith("1 source(s) have more than 0.5000 of their units bad, worst: file:"
                + faults.resolve("binary.txt") + " (1 of 1 bad: {binary_file=1})"), e.getMessage());
        assertFalse(Files.exists(out));
    }
}
