package org.factfloor.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.factfloor.TestSpark;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.crash.FactfloorProcess;
import org.factfloor.input.InputError;
import org.factfloor.job.MergeJob;
import org.factfloor.job.MergeOptions;
import org.factfloor.job.MergeResult;
import org.factfloor.job.RunJob;
import org.factfloor.job.RunOptions;
import org.factfloor.job.RunResult;
import org.factfloor.output.AlreadyCommitted;
import org.factfloor.output.OutputLocked;
import org.factfloor.output.RunOutput;
import org.factfloor.sample.CorpusGenerator;
import org.factfloor.sample.GeneratorOptions;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * factfloor on S3 through the S3A connector (hadoop-aws on Spark's Hadoop line) against a real S3 server on
 * 127.0.0.1: S3Proxy over an in-memory store, with AWS signatures, path-style URLs, and credentials that reach the
 * connector only through configuration (conf/s3.conf layered under a generated file, as a user's --config would).
 * Shards are read from one bucket and the output written to another; the publish is write-then-marker, and a run
 * killed between moving its objects and writing _SUCCESS is finished by its rerun.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class S3IT {
    private static final Path DIR = FactfloorProcess.HOME.resolve("jobs/target/s3-it");
    private static final String IDENTITY = "factfloor-test";
    private static final String CREDENTIAL = "factfloor-test-secret";

    private static BlobStoreContext store;
    private static S3Proxy proxy;
    private static Path endpointConfig;
    private static FactfloorConfig config;
    private static Path corpus;
    private static RunResult local;
    private static RunResult onS3;

    @BeforeAll
    static void startS3AndRunLocally() throws Exception {
        StorageTests.deleteRecursively(DIR);
        Files.createDirectories(DIR);
        store = ContextBuilder.newBuilder("transient").credentials(IDENTITY, CREDENTIAL).build(BlobStoreContext.class);
        store.getBlobStore().createContainerInLocation(null, "corpora");
        store.getBlobStore().createContainerInLocation(null, "factfloor");
        proxy = S3Proxy.builder().blobStore(store.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, IDENTITY, CREDENTIAL)
                // The AWS SDK 2.3x sends a checksum header (x-amz-checksum-crc32, on bulk deletes) that S3Proxy
                // 2.6.0 answers with 501 unless told to ignore headers it does not know.
                .ignoreUnknownHeaders(true).build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(20);
        }
        // What a user of an S3-compatible store writes into their --config file, over conf/s3.conf.
        endpointConfig = DIR.resolve("s3-test.conf");
        Files.writeString(endpointConfig, "include file(\"" + FactfloorProcess.HOME.resolve("conf/s3.conf") + "\")\n"
                + "factfloor.spark {\n"
                + "  \"spark.hadoop.fs.s3a.endpoint\" = \"http://127.0.0.1:" + proxy.getPort() + "\"\n"
                + "  \"spark.hadoop.fs.s3a.path.style.access\" = true\n"
                + "  \"spark.hadoop.fs.s3a.endpoint.region\" = us-east-1\n"
                + "  \"spark.hadoop.fs.s3a.connection.ssl.enabled\" = false\n"
                + "  \"spark.hadoop.fs.s3a.access.key\" = " + IDENTITY + "\n"
                + "  \"spark.hadoop.fs.s3a.secret.key\" = " + CREDENTIAL + "\n"
                + "}\n");
        config = FactfloorConfig.load(endpointConfig.toFile(), Map.of(), List.of());
        // Spark copies spark.hadoop.* into the Hadoop configuration when a session starts; this JVM's shared session
        // is already running, so the test does the same copy.
        Configuration hadoop = TestSpark.session().sparkContext().hadoopConfiguration();
        config.spark().forEach((k, v) -> {
            if (k.startsWith("spark.hadoop.")) {
                hadoop.set(k.substring("spark.hadoop.".length()), v);
            }
        });
        new CorpusGenerator(new GeneratorOptions(DIR.resolve("gen"), 1500, 0, 5, 44, true)).generate();
        corpus = DIR.resolve("gen/corpus");
        s3("corpora").copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(corpus.toString()),
                new org.apache.hadoop.fs.Path("s3a://corpora/drop"));
        local = new RunJob(TestSpark.session(), config).run(new RunOptions(List.of(corpus.toString()),
                DIR.resolve("local-output").toString(), "drop", false, false));
    }

    @AfterAll
    static void stopS3() throws Exception {
        if (proxy != null) {
            proxy.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    @Order(1)
    void aRunFromOneBucketIntoAnotherEqualsTheLocalRun() throws IOException {
        assertEquals(5, s3("corpora").listStatus(new org.apache.hadoop.fs.Path("s3a://corpora/drop")).length);
        String output = "s3a://factfloor/runs/drop";
        onS3 = new RunJob(TestSpark.session(), config).run(new RunOptions(List.of("s3a://corpora/drop"), output,
                "drop", false, false));
        assertEquals(local.documents(), onS3.documents());
        SparkSession spark = TestSpark.session();
        Map<String, String> sameNames = Map.of("s3a://corpora/drop", "file:" + corpus, onS3.runId(), local.runId());
        for (String table : StorageTests.TABLES) {
            assertEquals(StorageTests.rows(spark, DIR.resolve("local-output").resolve(table).toString(), Map.of()),
                    StorageTests.rows(spark, output + "/" + table, sameNames), table);
        }
        assertTrue(s3().exists(new org.apache.hadoop.fs.Path(output + "/_SUCCESS")));
        assertEquals(List.of("drop"), StorageTests.names(s3(), "s3a://factfloor/runs"),
                "no lock, staging or marker left beside the output");
        assertFalse(s3().exists(new org.apache.hadoop.fs.Path(output + "/_MOVING")));
        assertThrows(AlreadyCommitted.class, () -> new RunJob(TestSpark.session(), config).run(new RunOptions(
                List.of("s3a://corpora/drop"), output, "drop", false, false)));
    }

    @Test
    @Order(2)
    void theLockRefusesASecondWriterOnS3() {
        Configuration hadoop = TestSpark.session().sparkContext().hadoopConfiguration();
        RunOutput first = RunOutput.prepare("s3a://factfloor/runs/locked", false, "0123456789abcdef", hadoop);
        OutputLocked second = assertThrows(OutputLocked.class, () -> RunOutput.prepare("s3a://factfloor/runs/locked",
                false, "0123456789abcdef", hadoop));
        assertTrue(second.getMessage().startsWith("output s3a://factfloor/runs/locked is being written by another"
                + " factfloor run (pid " + ProcessHandle.current().pid() + " on "), second.getMessage());
        first.abort();
        RunOutput.prepare("s3a://factfloor/runs/locked", false, "0123456789abcdef", hadoop).abort();
    }

    @Test
    @Order(3)
    void aCumulativeOnS3IsReplacedWholeByEachMerge() throws IOException {
        String cumulative = "s3a://factfloor/cumulative";
        MergeJob merge = new MergeJob(TestSpark.session(), config);
        merge.merge(new MergeOptions(List.of("s3a://factfloor/runs/drop"), null, cumulative, null, false, false));
        Path other = DIR.resolve("gen-other");
        new CorpusGenerator(new GeneratorOptions(other, 500, 0, 2, 45, true)).generate();
        RunResult second = new RunJob(TestSpark.session(), config).run(new RunOptions(List.of(other.resolve("corpus")
                .toString()), "s3a://factfloor/runs/other", "other", false, false));
        MergeResult merged = merge.merge(new MergeOptions(List.of("s3a://factfloor/runs/other"), null, cumulative,
                null, false, false));
        assertEquals(List.of("drop", "other"), merged.corpusIds());
        long documents = TestSpark.session().read().parquet(cumulative + "/sources").collectAsList().stream()
                .mapToLong(r -> r.<Long>getAs("documents")).sum();
        assertEquals(onS3.documents() + second.documents(), documents, "each corpus counted once");
        assertEquals(List.of("cumulative", "runs"), StorageTests.names(s3(), "s3a://factfloor"));
    }

    @Test
    @Order(4)
    void aRunKilledBetweenMovingItsObjectsAndWritingSuccessIsFinishedByItsRerun() throws Exception {
        String output = "s3a://factfloor/runs/killed";
        try (FactfloorProcess killed = FactfloorProcess.start(DIR, "publish-renamed", s3aJars(), "run", "--input",
                "s3a://corpora/drop", "--output", output, "--corpus-id", "drop", "--config",
                endpointConfig.toString())) {
            killed.killWhenPaused();
        }
        FileSystem fs = s3();
        assertTrue(fs.exists(new org.apache.hadoop.fs.Path(output + "/summary")), "the objects were moved");
        assertFalse(fs.exists(new org.apache.hadoop.fs.Path(output + "/_SUCCESS")), "but the output is not trusted");
        assertThrows(InputError.class, () -> new MergeJob(TestSpark.session(), config).merge(new MergeOptions(
                List.of(output), null, "s3a://factfloor/never", null, false, false)), "merge refuses it");

        AlreadyCommitted done = assertThrows(AlreadyCommitted.class, () -> new RunJob(TestSpark.session(), config)
                .run(new RunOptions(List.of("s3a://corpora/drop"), output, "drop", false, false)));
        assertEquals(output, done.output());
        SparkSession spark = TestSpark.session();
        for (String table : StorageTests.TABLES) {
            assertEquals(StorageTests.rows(spark, "s3a://factfloor/runs/drop/" + table, Map.of()),
                    StorageTests.rows(spark, output + "/" + table, Map.of()), table);
        }
        assertTrue(StorageTests.names(fs, "s3a://factfloor/runs").stream().noneMatch(n -> n.startsWith(".killed.")));
    }

    /** The output bucket's file system (S3A has one per bucket). */
    private static FileSystem s3() throws IOException {
        return s3("factfloor");
    }

    private static FileSystem s3(String bucket) throws IOException {
        return new org.apache.hadoop.fs.Path("s3a://" + bucket + "/").getFileSystem(
                TestSpark.session().sparkContext().hadoopConfiguration());
    }

    /** The S3A connector and the AWS SDK from this test's classpath: what a cluster adds for s3a://. */
    private static List<String> s3aJars() {
        return Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                        .split(":"))
                .filter(j -> j.contains("/hadoop-aws-") || j.contains("/software/amazon/")).toList();
    }
}
