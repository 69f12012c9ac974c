package org.factfloor.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.factfloor.TestSpark;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.sample.BernoulliSample;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small local run written by the driver ({@link DriverCounts}) holds exactly what Spark's jobs write for the same
 * input: every table, in the same row order within each file, summary.json, report.md and the manifest. The inputs
 * cover real text (Wikipedia articles from ../shared/corpora, with non-ASCII keys whose order is by code point),
 * bad records of several kinds, several files with factoids in more than one, both count units and both kinds of
 * sample. The driver's run also starts no Spark job at all, which is what it is for.
 */
class DriverPathEquivalenceTest {
    private static final Path HOME = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final Path WIKIPEDIA = HOME.resolve("../shared/corpora/wikipedia-ab/part-00.jsonl.gz");
    private static final List<String> TABLES = List.of("factoids", "entities", "spectrum", "summary", "sources",
            "prediction");

    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static final AtomicInteger JOBS = new AtomicInteger();

    @BeforeAll
    static void inputs() throws IOException {
        spark = TestSpark.session();
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart jobStart) {
                JOBS.incrementAndGet();
            }
        });
        Path wiki = Files.createDirectories(dir.resolve("in/wiki"));
        List<String> articles = lines(WIKIPEDIA, 100);
        gzip(wiki.resolve("a.jsonl.gz"), articles.subList(0, 50));
        gzip(wiki.resolve("b.jsonl.gz"), articles.subList(40, 100)); // 10 articles in both: factoids of two files
        Path messy = Files.createDirectories(dir.resolve("in/messy"));
        List<String> records = new ArrayList<>(articles.subList(0, 20));
        records.add(5, "{\"id\":\"broken\",\"text\":\"Paris is the capital of");
        records.add(9, "{\"id\":\"no-text\"}");
        records.add(12, "not json at all");
        gzip(messy.resolve("m.jsonl.gz"), records);
        Files.writeString(messy.resolve("plain.txt"), "Lisbon is the capital of Portugal. Paris is the capital of"
                + " France.\n\nMarie Curie (7 November 1867 – 4 July 1934) was a physicist.\n");
        Files.copy(HOME.resolve("local-data/corpus/part-00000.jsonl.gz"), Files.createDirectories(
                dir.resolve("in/generated")).resolve("part-00000.jsonl.gz"));
    }

    @AfterEach
    void spark() {
        spark.conf().unset(DriverCounts.ENABLED);
    }

    @Test
    void realTextAcrossTwoFiles() throws Exception {
        assertSameOutputs("wiki", config(), null);
    }

    @Test
    void badRecordsAndPlainText() throws Exception {
        assertSameOutputs("messy", config(), null);
    }

    @Test
    void generatedTextCountedByMentions() throws Exception {
        assertSameOutputs("generated", FactfloorConfig.load(null, Map.of("factfloor.count-unit", "mentions"),
                List.of()), null);
    }

    @Test
    void documentAndFileSamples() throws Exception {
        assertSameOutputs("wiki", config(), new BernoulliSample(0.5, BernoulliSample.Unit.DOCUMENTS, 7));
        assertSameOutputs("wiki", config(), new BernoulliSample(0.5, BernoulliSample.Unit.FILES, 2));
    }

    @Test
    void largeOrQuarantinedRunsKeepSparksPath() {
        assertTrue(DriverCounts.applies(spark, ShufflePartitions.SMALL_INPUT_BYTES, false, false));
        assertEquals(false, DriverCounts.applies(spark, ShufflePartitions.SMALL_INPUT_BYTES + 1, false, false));
        assertEquals(false, DriverCounts.applies(spark, 1, true, false));
        assertEquals(false, DriverCounts.applies(spark, 1, false, true));
        spark.conf().set(DriverCounts.ENABLED, "false");
        assertEquals(false, DriverCounts.applies(spark, 1, false, false));
    }

    private static void assertSameOutputs(String input, FactfloorConfig config, BernoulliSample sample)
            throws Exception {
        String name = input + (sample == null ? "" : "-" + sample.unit().name().toLowerCase(Locale.ROOT) + "-sample");
        spark.conf().set(DriverCounts.ENABLED, "false");
        RunResult bySpark = run(input, name + "-spark", config, sample);
        spark.conf().set(DriverCounts.ENABLED, "true");
        int jobsBefore = JOBS.get();
        RunResult byDriver = run(input, name + "-driver", config, sample);
        spark.sparkContext().listenerBus().waitUntilEmpty();
        assertEquals(jobsBefore, JOBS.get(), "the driver's run started Spark jobs");
        assertTrue(byDriver.documents() > 0);
        assertEquals(bySpark.documents(), byDriver.documents());
        assertEquals(bySpark.badRecords(), byDriver.badRecords());
        assertEquals(fingerprint(name + "-spark"), fingerprint(name + "-driver"), name);
        for (String table : List.of("factoids", "entities")) {
            assertEquals(rowsInFileOrder(out(name + "-spark").resolve(table)),
                    rowsInFileOrder(out(name + "-driver").resolve(table)), name + " " + table);
        }
    }

    private static RunResult run(String input, String output, FactfloorConfig config, BernoulliSample sample) {
        return new RunJob(spark, config).run(new RunOptions(List.of(dir.resolve("in").resolve(input).toString()),
                out(output).toString(), input, false, false, false, 1, sample));
    }

    private static Map<String, String> fingerprint(String output) throws IOException {
        // The run ids and paths are the same on both paths except for the output's name, which the print hides.
        return OutputFingerprint.of(spark, out(output), TABLES, "file:" + dir.resolve("in"), "file:" + out(output));
    }

    /** Per data file (by its directory, since names are random): the rows in the order the file holds them. */
    private static Map<String, List<String>> rowsInFileOrder(Path table) throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(table)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".parquet")).sorted().toList()) {
                rows.put(table.relativize(file.getParent()).toString(), spark.read().parquet(file.toString())
                        .collectAsList().stream().map(Row::toString).toList());
            }
        }
        assertTrue(!rows.isEmpty(), table + " has no data file");
        return rows;
    }

    private static FactfloorConfig config() {
        return FactfloorConfig.load(null, Map.of(), List.of());
    }

    private static Path out(String name) {
        return dir.resolve("out").resolve(name);
    }

    private static List<String> lines(Path gz, int count) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz));
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while (lines.size() < count && (line = reader.readLine()) != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static void gzip(Path file, List<String> lines) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
