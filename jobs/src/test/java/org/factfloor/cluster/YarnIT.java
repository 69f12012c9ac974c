package org.factfloor.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
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
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.server.MiniYARNCluster;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * `deploy/spark-submit.sh --master yarn` on a real YARN: a ResourceManager and a NodeManager (MiniYARNCluster) in
 * this JVM on 127.0.0.1, Spark's YARN client (spark-yarn) in the submitter, the application master and executors
 * in containers the NodeManager launches. One executor is SIGKILLed mid-run; the outputs equal a local run's.
 */
@Tag("cluster")
class YarnIT {
    private static final Path HOME = Path.of(System.getProperty("project.root")).toAbsolutePath().normalize();
    private static final Path DIR = HOME.resolve("jobs/target/yarn-it");
    private static final List<String> TABLES = List.of("factoids", "entities", "spectrum", "summary", "sources");
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);

    private static MiniYARNCluster yarn;
    private static Path confDir;
    private static Path sparkHome;
    private static Path corpus;
    private static Path localOutput;

    @BeforeAll
    static void startYarn() throws IOException {
        deleteRecursively(DIR);
        Files.createDirectories(DIR);
        YarnConfiguration conf = new YarnConfiguration();
        conf.set(YarnConfiguration.RM_HOSTNAME, "127.0.0.1");
        // FIFO: the capacity scheduler (default) wants a capacity-scheduler.xml declaring its queues.
        conf.set(YarnConfiguration.RM_SCHEDULER,
                "org.apache.hadoop.yarn.server.resourcemanager.scheduler.fifo.FifoScheduler");
        conf.set(YarnConfiguration.NM_ADDRESS, "127.0.0.1:0");
        conf.set(YarnConfiguration.NM_LOCALIZER_ADDRESS, "127.0.0.1:0");
        conf.set(YarnConfiguration.NM_WEBAPP_ADDRESS, "127.0.0.1:0");
        conf.setInt(YarnConfiguration.NM_PMEM_MB, 4096);
        conf.setInt(YarnConfiguration.NM_VCORES, 4);
        conf.setInt(YarnConfiguration.RM_SCHEDULER_MINIMUM_ALLOCATION_MB, 128);
        conf.setInt(YarnConfiguration.RM_SCHEDULER_MAXIMUM_ALLOCATION_MB, 2048);
        conf.setBoolean(YarnConfiguration.NM_PMEM_CHECK_ENABLED, false);
        conf.setBoolean(YarnConfiguration.NM_VMEM_CHECK_ENABLED, false);
        // This machine's disk is shared and may be fuller than YARN's default 90 % limit for a healthy node.
        conf.setFloat(YarnConfiguration.NM_MAX_PER_DISK_UTILIZATION_PERCENTAGE, 100f);
        conf.set("fs.defaultFS", "file:///");
        conf.set("hadoop.tmp.dir", DIR.resolve("hadoop-tmp").toString());
        yarn = new MiniYARNCluster("factfloor", 1, 1, 1);
        yarn.init(conf);
        yarn.start();
        StandaloneCluster.await(Duration.ofSeconds(60), () -> yarn.getResourceManager().getRMContext()
                .getRMNodes().size() == 1, "the NodeManager to register");
        confDir = Files.createDirectories(DIR.resolve("hadoop-conf"));
        Configuration effective = yarn.getConfig();
        try (OutputStream out = Files.newOutputStream(confDir.resolve("yarn-site.xml"))) {
            effective.writeXml(out);
        }
        sparkHome = Files.createDirectories(DIR.resolve("spark-home/jars"));
        List<String> jars = new ArrayList<>(List.of(Files.readString(HOME.resolve("jobs/target/spark-classpath.txt"))
                .trim().split(":")));
        Arrays.stream(System.getProperty("surefire.test.class.path", "").split(":"))
                .filter(j -> j.contains("/spark-yarn_")).forEach(jars::add);
        for (String jar : jars) {
            Path source = Path.of(jar);
            Files.createSymbolicLink(sparkHome.resolve(source.getFileName()), source);
        }
        sparkHome = sparkHome.getParent();
        new CorpusGenerator(new GeneratorOptions(DIR.resolve("gen"), 4000, 0, 16, 2027, true)).generate();
        corpus = DIR.resolve("gen/corpus");
        localOutput = DIR.resolve("local-output");
        new RunJob(TestSpark.session(), FactfloorConfig.load(null, Map.of(), List.of()))
                .run(new RunOptions(List.of(corpus.toString()), localOutput.toString(), "generated", false, false));
    }

    @AfterAll
    static void stopYarn() {
        if (yarn != null) {
            yarn.stop();
        }
    }

    @Test
    void aRunOnYarnThatLosesAnExecutorEqualsTheLocalRun() throws Exception {
        Path output = DIR.resolve("yarn-output");
        Path log = DIR.resolve("submit.log");
        Process submit = submit(log, "run", "--input", corpus.toString(), "--output", output.toString(),
                "--corpus-id", "generated");
        Path containerLogs = Path.of(yarn.getNodeManager(0).getConfig().get(YarnConfiguration.NM_LOG_DIRS)
                .split(",")[0]);
        String lost;
        try {
            StandaloneCluster.await(RUN_TIMEOUT, () -> busyContainer(containerLogs) != null || !submit.isAlive(),
                    "an executor in a YARN container to run a task");
            lost = busyContainer(containerLogs);
            assertTrue(lost != null && submit.isAlive(), () -> "no task ran on an executor: " + tail(log));
            String container = lost;
            ProcessHandle executor = executors().stream()
                    .filter(p -> p.info().commandLine().orElse("").contains(container)).findFirst().orElseThrow();
            executor.destroyForcibly();
            assertTrue(submit.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "finished; log " + log);
            assertEquals(0, submit.exitValue(), () -> tail(log));
        } finally {
            submit.destroyForcibly();
        }
        assertTrue(Files.readString(log, StandardCharsets.ISO_8859_1).contains(lost + " on host: localhost. Exit"
                + " status: 137"), "the driver saw the executor's container killed: " + log);
        assertTrue(unfinishedTasks(containerLogs, lost) > 0, "the executor died with a task running");
        SparkSession spark = TestSpark.session();
        for (String table : TABLES) {
            assertEquals(rows(spark, localOutput.resolve(table)), rows(spark, output.resolve(table)), table);
        }
        assertEquals(Files.readString(localOutput.resolve("summary.json")),
                Files.readString(output.resolve("summary.json")));
    }

    private static Process submit(Path log, String... factfloorArgs) throws IOException {
        Path bin = Files.createDirectories(DIR.resolve("bin"));
        List<String> java = new ArrayList<>();
        java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        java.addAll(Arrays.asList(System.getProperty("spark.jvm.options").trim().split("\\s+")));
        java.add("-Xmx768m");
        java.add("-Djava.io.tmpdir=" + Files.createDirectories(DIR.resolve("tmp")));
        java.add("-Dlog4j2.configurationFile=" + HOME.resolve("conf/log4j2.properties"));
        Path script = bin.resolve("spark-submit");
        Files.writeString(script, "#!/usr/bin/env bash\nexec " + java.stream().map(a -> "'" + a + "'")
                .collect(Collectors.joining(" ")) + " -cp \"$HADOOP_CONF_DIR:$SPARK_HOME/jars/*\""
                + " org.apache.spark.deploy.SparkSubmit \"$@\"\n");
        assertTrue(script.toFile().setExecutable(true));
        String javaHome = System.getProperty("java.home");
        List<String> command = new ArrayList<>(List.of("bash", HOME.resolve("deploy/spark-submit.sh").toString(),
                "--master", "yarn", "--deploy-mode", "client", "--num-executors", "2", "--executor-cores", "1",
                "--executor-memory", "512m", "--driver-memory", "768m",
                "--conf", "spark.yarn.am.memory=384m",
                // The jars are on this machine already: no upload of 280 MB into the staging directory.
                "--conf", "spark.yarn.jars=local:" + sparkHome.resolve("jars") + "/*",
                "--conf", "spark.yarn.appMasterEnv.JAVA_HOME=" + javaHome,
                "--conf", "spark.executorEnv.JAVA_HOME=" + javaHome,
                "--conf", "spark.yarn.stagingDir=file://" + Files.createDirectories(DIR.resolve("staging")),
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.ui.enabled=false", "--conf", "spark.ui.showConsoleProgress=false",
                "--conf", "spark.yarn.maxAppAttempts=1"));
        command.addAll(Arrays.asList(factfloorArgs));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("HADOOP_CONF_DIR", confDir.toString());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        return pb.start();
    }

    /** A container of an executor (not the application master, container 1) that has started a task. */
    private static String busyContainer(Path logs) {
        try (Stream<Path> files = Files.walk(logs)) {
            return files.filter(f -> f.getFileName().toString().equals("stderr"))
                    .filter(f -> !f.getParent().getFileName().toString().endsWith("_000001"))
                    .filter(f -> StandaloneCluster.contains(f, "Executor: Running task"))
                    .map(f -> f.getParent().getFileName().toString()).findFirst().orElse(null);
        } catch (IOException | UncheckedIOException e) {
            return null; // a container directory appeared or went while walking: look again
        }
    }

    /** Tasks a container's executor logged as started and never as finished (by TID). */
    private static long unfinishedTasks(Path logs, String container) throws IOException {
        Pattern event = Pattern.compile("Executor: (Running|Finished) task .*\\(TID (\\d+)\\)");
        Set<String> running = new HashSet<>();
        try (Stream<Path> files = Files.walk(logs)) {
            Path stderr = files.filter(f -> f.endsWith(Path.of(container, "stderr"))).findFirst().orElseThrow();
            for (String line : Files.readAllLines(stderr, StandardCharsets.ISO_8859_1)) {
                Matcher m = event.matcher(line);
                if (m.find()) {
                    if (m.group(1).equals("Running")) {
                        running.add(m.group(2));
                    } else {
                        running.remove(m.group(2));
                    }
                }
            }
        }
        return running.size();
    }

    /** Executor JVMs the NodeManager in this JVM launched (its containers are this process's descendants). */
    private static List<ProcessHandle> executors() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().orElse("").endsWith("/java")) // not the bash that launched it
                .filter(p -> p.info().commandLine().orElse("").contains("YarnCoarseGrainedExecutorBackend")).toList();
    }

    private static List<String> rows(SparkSession spark, Path table) {
        return spark.read().parquet(table.toString()).collectAsList().stream().map(Row::toString).sorted().toList();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
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
