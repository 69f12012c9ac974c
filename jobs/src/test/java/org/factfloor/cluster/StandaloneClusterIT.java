package org.factfloor.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.factfloor.TestSpark;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.job.RunJob;
import org.factfloor.job.RunOptions;
import org.factfloor.sample.CorpusGenerator;
import org.factfloor.sample.GeneratorOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The cluster jar on a real standalone cluster, submitted with deploy/spark-submit.sh through Spark's SparkSubmit
 * entry point in client mode: its outputs equal a local-mode run's, also when a Worker is SIGKILLed mid-job.
 * Runs in the integration-test phase, after the jar is packaged (jobs/pom.xml).
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterIT {
    private static final int SHARDS = 40;
    private static final int DOCUMENTS = 16_000;
    private static final List<String> TABLES = List.of("factoids", "entities", "spectrum", "summary", "sources");
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(4);

    private static final Path HOME = Path.of(System.getProperty("project.root")).toAbsolutePath().normalize();
    private static final Path DIR = HOME.resolve("jobs/target/cluster-it");

    private static StandaloneCluster cluster;
    private static Path corpus;
    private static Path localOutput;
    private static Path submitBin;

    @BeforeAll
    static void startClusterAndRunLocally() throws IOException {
        deleteRecursively(DIR);
        Files.createDirectories(DIR);
        cluster = StandaloneCluster.start(DIR, HOME.resolve("jobs/target/spark-classpath.txt"), jvmOptions());
        submitBin = sparkSubmitOnPath();
        new CorpusGenerator(new GeneratorOptions(DIR.resolve("gen"), DOCUMENTS, 0, SHARDS, 2026, true)).generate();
        corpus = DIR.resolve("gen/corpus");
        localOutput = DIR.resolve("local-output");
        new RunJob(TestSpark.session(), FactfloorConfig.load(null, Map.of(), List.of()))
                .run(new RunOptions(List.of(corpus.toString()), localOutput.toString(), "generated", false, false));
    }

    @AfterAll
    static void stopEverything() {
        if (cluster != null) {
            cluster.close();
            assertEquals(List.of(), cluster.alive(), "processes left running after the test");
        }
    }

    @Test
    @Order(1)
    void clusterRunEqualsLocalRun() throws Exception {
        Path output = DIR.resolve("cluster-output");
        Path log = DIR.resolve("submit-1.log");
        Process submit = submit(log, DIR, List.of("--conf", "spark.eventLog.enabled=true",
                "--conf", "spark.eventLog.dir=file:" + Files.createDirectories(DIR.resolve("events")),
                "--conf", "spark.eventLog.compress=false", "--conf", "spark.eventLog.rolling.enabled=false"),
                "run", "--input", corpus.toString(), "--output", output.toString(), "--corpus-id", "generated");
        assertSucceeded(submit, log);
        assertSameTables(localOutput, output);
        String events = eventLog();
        assertTrue(events.contains("\"spark.serializer\":\"org.apache.spark.serializer.KryoSerializer\""),
                "conf/cluster.conf reached the session");
        assertTrue(events.contains("\"spark.master\":\"" + cluster.masterUrl() + "\""), "ran on the standalone master");
    }

    @Test
    @Order(2)
    void runSurvivesLosingAWorkerWhileTasksRun() throws Exception {
        Path output = DIR.resolve("cluster-output-worker-lost");
        Path log = DIR.resolve("submit-2.log");
        Set<Path> earlierApps = apps(2);
        Process submit = submit(log, DIR, List.of(),
                "run", "--input", corpus.toString(), "--output", output.toString(), "--corpus-id", "generated");
        StandaloneCluster.await(RUN_TIMEOUT, () -> runningTask(2, earlierApps) || !submit.isAlive(),
                "a task to run on worker 2");
        assertTrue(submit.isAlive(), "the job was still running when worker 2 started a task");
        cluster.killWorker(2);
        assertSucceeded(submit, log);
        assertTrue(Files.readString(log, StandardCharsets.ISO_8859_1).contains("Lost executor"),
                "the driver saw the executor of worker 2 go: " + log);
        assertTrue(unfinishedTasks(2, earlierApps) > 0, "worker 2 died with a task running");
        assertSameTables(localOutput, output);
    }

    @Test
    @Order(3)
    void badSubmissionsExitTwoWithAMessageNamingTheProblem() throws Exception {
        Path log = DIR.resolve("submit-bad-option.log");
        Process submit = submit(log, DIR, List.of(), "run", "--no-such-option");
        assertTrue(submit.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        assertEquals(2, submit.exitValue());
        assertTrue(Files.readString(log).contains("Unknown option: '--no-such-option'"), Files.readString(log));

        // As in YARN or Kubernetes cluster mode: the submitter's path is not on the driver, the shipped copy sits in
        // the driver's working directory. This copy has a typo, so the run must stop naming the shipped file.
        Path driverDir = Files.createDirectories(DIR.resolve("driver-cwd"));
        Files.writeString(driverDir.resolve("shipped.conf"), "factfloor.count-units = mentions\n");
        log = DIR.resolve("submit-shipped-config.log");
        submit = submit(log, driverDir, List.of(), "run", "--config", "/not/on/this/node/shipped.conf");
        assertTrue(submit.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        assertEquals(2, submit.exitValue());
        String output = Files.readString(log);
        assertTrue(output.contains("factfloor: error: factfloor.count-units")
                && output.contains(driverDir.resolve("shipped.conf").toString()), output);
    }

    private static Process submit(Path log, Path workingDir, List<String> extraOptions, String... factfloorArgs)
            throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", HOME.resolve("deploy/spark-submit.sh").toString(),
                "--master", cluster.masterUrl(), "--deploy-mode", "client", "--executor-memory", "640m",
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.ui.enabled=false", "--conf", "spark.ui.showConsoleProgress=false",
                "--conf", "spark.local.dir=" + Files.createDirectories(DIR.resolve("driver-local"))));
        command.addAll(extraOptions);
        command.addAll(Arrays.asList(factfloorArgs));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(cluster.environment());
        pb.environment().put("PATH", submitBin + ":" + System.getenv("PATH"));
        return cluster.adopt(pb.start());
    }

    private static void assertSucceeded(Process submit, Path log) throws Exception {
        boolean finished = submit.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(finished, "the submission finished within " + RUN_TIMEOUT + "; log: " + log);
        assertEquals(0, submit.exitValue(), () -> "exit code of the submission; log " + log + ":\n" + tail(log));
    }

    /** Same rows in every table (file names and partitioning differ between runs) and the same summary.json. */
    private static void assertSameTables(Path expected, Path actual) throws IOException {
        SparkSession spark = TestSpark.session();
        for (String table : TABLES) {
            List<String> want = rows(spark, expected.resolve(table));
            List<String> got = rows(spark, actual.resolve(table));
            assertTrue(want.size() > 2, table + " has rows");
            assertEquals(want, got, table + " of the cluster run equals the local run's");
        }
        assertEquals(Files.readString(expected.resolve("summary.json")), Files.readString(actual.resolve("summary.json")));
        assertTrue(Files.exists(actual.resolve("_SUCCESS")));
    }

    private static List<String> rows(SparkSession spark, Path table) {
        return spark.read().parquet(table.toString()).collectAsList().stream().map(Row::toString).sorted().toList();
    }

    /** An executor of a new application on this worker has logged a task start (work/app-*&#47;N/stderr, INFO). */
    private static boolean runningTask(int worker, Set<Path> earlierApps) {
        return apps(worker).stream().filter(app -> !earlierApps.contains(app))
                .flatMap(StandaloneClusterIT::executorDirs)
                .anyMatch(executor -> StandaloneCluster.contains(executor.resolve("stderr"), "Running task"));
    }

    /** Tasks an executor of a new application on this worker started and never finished (by TID in its stderr). */
    private static long unfinishedTasks(int worker, Set<Path> earlierApps) {
        Pattern event = Pattern.compile("Executor: (Running|Finished) task .*\\(TID (\\d+)\\)");
        Set<String> running = new HashSet<>();
        apps(worker).stream().filter(app -> !earlierApps.contains(app)).flatMap(StandaloneClusterIT::executorDirs)
                .forEach(executor -> {
                    try (Stream<String> lines = Files.lines(executor.resolve("stderr"), StandardCharsets.ISO_8859_1)) {
                        lines.map(event::matcher).filter(Matcher::find).forEach(m -> {
                            if (m.group(1).equals("Running")) {
                                running.add(m.group(2));
                            } else {
                                running.remove(m.group(2));
                            }
                        });
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        return running.size();
    }

    private static Stream<Path> executorDirs(Path app) {
        try (Stream<Path> executors = Files.list(app)) {
            return executors.toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static Set<Path> apps(int worker) {
        try (Stream<Path> apps = Files.list(cluster.workDir(worker))) {
            return apps.collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String eventLog() throws IOException {
        // Spark 4 writes rolling event logs: a directory of files per application.
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(DIR.resolve("events"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    /** spark-submit as bin/spark-submit runs it: SparkSubmit on SPARK_HOME/jars with Spark's Java 17 options. */
    private static Path sparkSubmitOnPath() throws IOException {
        Path bin = Files.createDirectories(DIR.resolve("bin"));
        List<String> java = new ArrayList<>(cluster.java());
        java.add("-Xmx768m");
        java.add("-Dlog4j2.configurationFile=" + HOME.resolve("conf/log4j2.properties"));
        String script = "#!/usr/bin/env bash\nexec " + java.stream().map(a -> "'" + a + "'")
                .collect(Collectors.joining(" "))
                + " -cp \"$SPARK_HOME/jars/*\" org.apache.spark.deploy.SparkSubmit \"$@\"\n";
        Path submit = bin.resolve("spark-submit");
        Files.writeString(submit, script);
        assertTrue(submit.toFile().setExecutable(true));
        return bin;
    }

    private static List<String> jvmOptions() {
        return Arrays.stream(System.getProperty("spark.jvm.options").trim().split("\\s+")).toList();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
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
}
