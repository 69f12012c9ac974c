package org.factfloor.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.factfloor.TestSpark;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.job.MergeJob;
import org.factfloor.job.MergeOptions;
import org.factfloor.job.RunJob;
import org.factfloor.job.RunOptions;
import org.factfloor.output.AlreadyCommitted;
import org.factfloor.output.Manifest;
import org.factfloor.sample.CorpusGenerator;
import org.factfloor.sample.GeneratorOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * `run` and `merge --into` SIGKILLed at each named moment (reading, the shuffle, between Parquet tables, each step of
 * publishing) in their own JVM: the output is then either absent or whole and identical to an uninterrupted run's,
 * the rerun (without --overwrite) succeeds and cleans up, a cumulative directory holds every corpus exactly once,
 * and of two runs into one output only one publishes. Needs the packaged jar, so it runs in the integration-test
 * phase (jobs/pom.xml).
 */
@Tag("cluster")
class KilledRunIT {
    private static final Path DIR = FactfloorProcess.HOME.resolve("jobs/target/killed-run-it");
    private static final List<String> TABLES = List.of("factoids", "entities", "spectrum", "summary", "sources");
    private static final List<String> MERGED_TABLES = List.of("factoids", "entities", "spectrum", "summary",
            "sources", "delta");

    private static final FactfloorConfig CONFIG = FactfloorConfig.load(null, Map.of(), List.of());

    private static Path corpusA;
    private static Path runA;
    private static Path runB;
    private static Path cumulativeA;
    private static Path cumulativeAB;
    private static long documentsA;
    private static long documentsB;

    @BeforeAll
    static void runUninterrupted() throws Exception {
        deleteRecursively(DIR);
        Files.createDirectories(DIR);
        corpusA = generate("a", 1);
        Path corpusB = generate("b", 2);
        runA = DIR.resolve("run-a");
        runB = DIR.resolve("run-b");
        rerun(corpusA, runA, "a");
        rerun(corpusB, runB, "b");
        cumulativeA = DIR.resolve("cumulative-a");
        mergeInto(cumulativeA, runA);
        cumulativeAB = copy(cumulativeA, DIR.resolve("cumulative-ab"));
        mergeInto(cumulativeAB, runB);
        documentsA = documents(runA);
        documentsB = documents(runB);
        assertEquals(documentsA + documentsB, documents(cumulativeAB));
    }

    @ParameterizedTest
    @ValueSource(strings = {"reading", "shuffle-write", "parquet-written", "publish-renamed"})
    void aRunKilledAtAnyMomentLeavesNothingOrTheWholeOutputAndItsRerunSucceeds(String moment) throws Exception {
        Path output = DIR.resolve("killed-" + moment);
        kill(moment, args(corpusA, output, "a"));
        boolean published = moment.equals("publish-renamed");
        assertEquals(published, Files.exists(output), "only a run killed after its rename has an output");
        if (published) {
            assertSameOutput(runA, output, TABLES);
        } else {
            assertTrue(siblings(output).stream().anyMatch(n -> n.startsWith("." + output.getFileName()
                    + ".staging-")), "the killed run left its staging directory");
        }
        assertTrue(siblings(output).contains("." + output.getFileName() + ".lock"), "the killed run held the lock");

        String messages = rerun(corpusA, output, "a");
        assertSameOutput(runA, output, TABLES);
        assertEquals(List.of(), siblings(output), "no lock, staging or replaced directory is left");
        assertTrue(messages.contains("factfloor: taking over file:" + DIR + "/." + output.getFileName()
                + ".lock from an interrupted run (process "), messages);
        assertEquals(!published, messages.contains(", the partial output of an interrupted run"), messages);
        assertEquals(published, messages.contains("factfloor: output file:" + output + " already holds run "), messages);
    }

    /** The command-line retry a scheduler makes: exit 0, and the output the killed run had finished is published. */
    @Test
    void aRunKilledAfterStagingEverythingIsPublishedByTheRerunWhichExitsZero() throws Exception {
        Path output = DIR.resolve("killed-publish-staged");
        kill("publish-staged", args(corpusA, output, "a"));
        assertFalse(Files.exists(output));
        FactfloorProcess rerun = FactfloorProcess.run(DIR, args(corpusA, output, "a"));
        assertEquals(0, rerun.exitCode(), rerun.output());
        String messages = String.join("\n", rerun.messages());
        assertTrue(messages.contains(": an interrupted run had finished it"), messages);
        assertTrue(messages.contains("factfloor: output file:" + output + " already holds run "), messages);
        assertSameOutput(runA, output, TABLES);
        assertEquals(List.of(), siblings(output));
    }

    @ParameterizedTest
    @ValueSource(strings = {"publish-staged", "publish-old-removed", "publish-renamed"})
    void aMergeIntoKilledAtAnyMomentNeverCountsACorpusTwice(String moment) throws Exception {
        Path cumulative = copy(cumulativeA, DIR.resolve("cumulative-killed-" + moment));
        kill(moment, "merge", "--into", cumulative.toString(), "--inputs", runB.toString());
        if (moment.equals("publish-old-removed")) {
            assertFalse(Files.exists(cumulative), "between the renames the old version is aside, the new one staged");
        } else {
            assertEquals(moment.equals("publish-renamed") ? documentsA + documentsB : documentsA,
                    documents(cumulative));
        }
        // The scheduler's retry (deploy/airflow): a corpus already inside is skipped, not added again.
        new MergeJob(TestSpark.session(), CONFIG).merge(new MergeOptions(List.of(runB.toString()), null,
                cumulative.toString(), null, false, true));
        assertEquals(documentsA + documentsB, documents(cumulative));
        assertSameOutput(cumulativeAB, cumulative, MERGED_TABLES);
        assertEquals(List.of(), siblings(cumulative));
    }

    @Test
    void aSecondRunIntoAnOutputBeingWrittenFailsWithOneLineAndTheFirstIsUnharmed() throws Exception {
        Path output = DIR.resolve("contended");
        try (FactfloorProcess first = FactfloorProcess.start(DIR, "reading", args(corpusA, output, "a"))) {
            first.awaitPause();
            FactfloorProcess second = FactfloorProcess.run(DIR, args(corpusA, output, "a"));
            assertEquals(2, second.exitCode(), second.output());
            List<String> messages = second.messages();
            assertEquals(1, messages.size(), second.output());
            assertTrue(messages.get(0).startsWith("factfloor: error: output file:" + output + " is being written by"
                    + " another factfloor run (pid " + first.pid() + " on "), messages.get(0));
            assertTrue(messages.get(0).endsWith(", lock file:" + DIR + "/.contended.lock); wait for it to finish"
                    + " and rerun, or choose another --output"), messages.get(0));
            assertFalse(Files.exists(output));
            assertEquals(1, siblings(output).stream().filter(n -> n.startsWith(".contended.staging-")).count(),
                    "the first run's staging directory is untouched");
        }
    }

    @Test
    void ofTwoRunsStartedOneSecondApartExactlyOnePublishes() throws Exception {
        Path output = DIR.resolve("simultaneous");
        try (FactfloorProcess first = FactfloorProcess.start(DIR, null, args(corpusA, output, "a"))) {
            Thread.sleep(1000);
            try (FactfloorProcess second = FactfloorProcess.start(DIR, null, args(corpusA, output, "a"))) {
                List<Integer> codes = new ArrayList<>(List.of(first.exitCode(), second.exitCode()));
                codes.sort(Comparator.naturalOrder());
                assertEquals(List.of(0, 2), codes, first.output() + "\n----\n" + second.output());
            }
        }
        assertSameOutput(runA, output, TABLES);
        assertEquals(List.of(), siblings(output));
    }

    private static void kill(String moment, String... args) throws Exception {
        try (FactfloorProcess killed = FactfloorProcess.start(DIR, moment, args)) {
            killed.killWhenPaused();
        }
    }

    /** The same run in this JVM; returns what it printed on stderr (its cleanup reports). */
    private static String rerun(Path corpus, Path output, String corpusId) {
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(new TeeStream(captured, stderr), true, StandardCharsets.UTF_8));
        try {
            new RunJob(TestSpark.session(), CONFIG).run(new RunOptions(List.of(corpus.toString()), output.toString(),
                    corpusId, false, false));
        } catch (AlreadyCommitted done) { // the command line prints this and exits 0
            System.err.println("factfloor: " + done.getMessage());
        } finally {
            System.setErr(stderr);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static void mergeInto(Path cumulative, Path run) {
        new MergeJob(TestSpark.session(), CONFIG).merge(new MergeOptions(List.of(run.toString()), null,
                cumulative.toString(), null, false, false));
    }

    private static String[] args(Path corpus, Path output, String corpusId) {
        return new String[] {"run", "--input", corpus.toString(), "--output", output.toString(), "--corpus-id",
                corpusId};
    }

    /** Same rows in every table (file names differ between runs), the same summary.json, and _SUCCESS. */
    private static void assertSameOutput(Path expected, Path actual, List<String> tables) throws IOException {
        assertTrue(Files.exists(actual.resolve("_SUCCESS")), actual + " is committed");
        SparkSession spark = TestSpark.session();
        for (String table : tables) {
            List<String> want = rows(spark, expected.resolve(table));
            assertTrue(want.size() > 2, table + " has rows");
            assertEquals(want, rows(spark, actual.resolve(table)), table + " equals the uninterrupted run's");
        }
        assertEquals(Files.readString(expected.resolve("summary.json")),
                Files.readString(actual.resolve("summary.json")));
    }

    private static List<String> rows(SparkSession spark, Path table) {
        return spark.read().parquet(table.toString()).collectAsList().stream().map(Row::toString).sorted().toList();
    }

    private static long documents(Path output) throws IOException {
        Map<String, Object> manifest = Manifest.parse(Files.readString(output.resolve("_MANIFEST.json")));
        return (Long) manifest.get("documents");
    }

    /** Hidden siblings of an output: its lock file, staging and replaced directories. */
    private static List<String> siblings(Path output) throws IOException {
        String prefix = "." + output.getFileName() + ".";
        try (Stream<Path> all = Files.list(output.getParent())) {
            return all.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted().toList();
        }
    }

    private static Path generate(String name, long seed) throws IOException {
        new CorpusGenerator(new GeneratorOptions(DIR.resolve("gen-" + name), 1200, 0, 6, seed, true)).generate();
        return DIR.resolve("gen-" + name + "/corpus");
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Copies what is written to two streams: stderr stays visible in the test log while the test reads it. */
    private static final class TeeStream extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        TeeStream(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }
    }
}
