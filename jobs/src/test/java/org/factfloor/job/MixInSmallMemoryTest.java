package org.factfloor.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.spark.launcher.JavaModuleOptions;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.factfloor.TestSpark;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.sample.CorpusGenerator;
import org.factfloor.sample.GeneratorOptions;
import org.factfloor.stats.MixtureMoments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `mix` when the distinct factoids do not fit in execution memory (issue 17, scale): `factfloor mix` runs in its own
 * JVM with the run benchmark's 512 MB heap, spark.memory.fraction lowered to {@value #MEMORY_FRACTION} (about 20 MB
 * of execution memory for two tasks, against roughly 45,000 distinct keys of factoids and entities) and Spark's spill
 * thresholds at {@value #SPILL_EVERY} rows, so the grouped sum falls back from its hash map to sorting and spills,
 * which a listener's task metrics prove. The figures must
 * not move: weights of 1 are exactly `merge` of the runs, fractional weights exactly the expectations of the
 * generators' ground truth.
 */
class MixInSmallMemoryTest {
    private static final List<String> GENERATED_DOMAINS = MixChecks.GENERATED_DOMAINS;
    /**
     * The share of (heap − 300 MB) Spark's unified memory gets: 0.6 by default. Memory alone made the test flaky:
     * at 0.03 a task sometimes could not get its first 256 KB page (UNABLE_TO_ACQUIRE_MEMORY), at 0.06 nothing
     * spilled. So memory is small but enough for a page per task, and Spark's own spill thresholds make the
     * aggregation fall back to sorting and the sorters spill after {@value #SPILL_EVERY} rows, as they do when the
     * keys outgrow memory (about 45,000 keys here).
     */
    private static final String MEMORY_FRACTION = "0.1";
    private static final String SPILL_EVERY = "2000";
    private static final int DOCUMENTS = 20_000;

    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static FactfloorConfig config;
    private static String runA;
    private static String runB;

    @BeforeAll
    static void generateAndRun() throws IOException {
        spark = TestSpark.session();
        config = FactfloorConfig.load(null, Map.of(), GENERATED_DOMAINS);
        new CorpusGenerator(new GeneratorOptions(dir.resolve("a"), DOCUMENTS, 0, 2, 31, true)).generate();
        new CorpusGenerator(new GeneratorOptions(dir.resolve("b"), DOCUMENTS, 0, 2, 32, true,
                GeneratorOptions.Mix.STANDARD, 1_000_000)).generate();
        runA = run("a");
        runB = run("b");
    }

    @Test
    void weightsOfOneEqualTheMergeExactlyWhileTheJoinSpills() throws Exception {
        String merged = new MergeJob(spark, config).merge(new MergeOptions(List.of(runA, runB),
                dir.resolve("merged").toString(), null, null, false, false)).output();
        Properties spills = mixInSmallMemory("ones", runA + "=1", runB + "=1");
        assertSpilled(spills);
        MixChecks.assertSameFiguresAsMerge(spark, merged, dir.resolve("mix-ones").toString());
    }

    @Test
    void fractionalWeightsGiveTheGroundTruthsExpectationsWhileTheJoinSpills() throws Exception {
        double[] weights = {0.5, 0.2};
        Properties spills = mixInSmallMemory("fractional", runA + "=0.5", runB + "=0.2");
        assertSpilled(spills);
        Map<String, MixtureMoments> expected = MixChecks.groundTruthMoments(weights, dir.resolve("a"),
                dir.resolve("b"));
        Map<String, Row> actual = MixChecks.summaryByDomain(spark, dir.resolve("mix-fractional").toString());
        assertEquals(GENERATED_DOMAINS.size(), expected.size());
        for (Map.Entry<String, MixtureMoments> e : expected.entrySet()) {
            Row row = actual.get(e.getKey());
            // sums of the same doubles in another order (the spilled join streams its keys sorted): 1e-9 relative
            assertEquals(e.getValue().n(), row.<Double>getAs("n"), 1e-9 * e.getValue().n(), e.getKey());
            assertEquals(e.getValue().n1(), row.<Double>getAs("n1"), 1e-9 * e.getValue().n1(), e.getKey());
            assertEquals(e.getValue().distinct(), row.<Double>getAs("distinct"), 1e-9 * e.getValue().distinct(),
                    e.getKey());
            assertEquals(e.getValue().count(2), row.<Double>getAs("n2"), 1e-9 * e.getValue().count(2), e.getKey());
        }
    }

    private static void assertSpilled(Properties spills) {
        System.out.println("spilled in small memory: " + spills);
        assertTrue(Long.parseLong(spills.getProperty(SpillTotals.TASKS)) > 0, spills.toString());
        assertTrue(Long.parseLong(spills.getProperty(SpillTotals.MEMORY)) > 0, "no task spilled: " + spills);
        assertTrue(Long.parseLong(spills.getProperty(SpillTotals.DISK)) > 0, "nothing went to disk: " + spills);
    }

    /** `factfloor mix` in a JVM of its own with a 512 MB heap and little Spark memory; returns its spill totals. */
    private static Properties mixInSmallMemory(String name, String... sources) throws Exception {
        Path scratch = Files.createDirectories(dir.resolve("jvm-" + name));
        Path totals = scratch.resolve("spills.properties");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:+IgnoreUnrecognizedVMOptions"));
        command.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptionArray()));
        command.addAll(List.of("-Xmx512m", "-Dspark.memory.fraction=" + MEMORY_FRACTION,
                "-Dspark.shuffle.spill.numElementsForceSpillThreshold=" + SPILL_EVERY,
                "-Dspark.sql.TungstenAggregate.testFallbackStartsAt=" + SPILL_EVERY + "," + SPILL_EVERY,
                "-Dspark.extraListeners=" + SpillTotals.class.getName(), "-D" + SpillTotals.FILE + "=" + totals,
                "-Dspark.master=local[2]", "-Dspark.ui.enabled=false", "-Dspark.ui.showConsoleProgress=false",
                "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1",
                "-Dspark.local.dir=" + Files.createDirectories(scratch.resolve("spark-local")),
                "-Djava.io.tmpdir=" + Files.createDirectories(scratch.resolve("tmp")),
                "-cp", System.getProperty("java.class.path"), "org.factfloor.cli.Main", "mix",
                "--output", dir.resolve("mix-" + name).toString()));
        command.addAll(List.of("--domains", String.join(",", GENERATED_DOMAINS)));
        for (String source : sources) {
            command.addAll(List.of("--input", source));
        }
        Path log = scratch.resolve("output.log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        if (!p.waitFor(4, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("mix did not finish within 4 minutes:\n" + Files.readString(log));
        }
        assertEquals(0, p.exitValue(), Files.readString(log));
        Properties spills = new Properties();
        try (InputStream in = Files.newInputStream(totals)) {
            spills.load(in);
        }
        return spills;
    }

    private static String run(String corpus) {
        return new RunJob(spark, config).run(new RunOptions(List.of(dir.resolve(corpus).resolve("corpus").toString()),
                dir.resolve("run-" + corpus).toString(), corpus, false, false)).output();
    }
}
