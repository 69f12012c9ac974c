package org.factfloor.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.SparkSession;
import org.factfloor.TestSpark;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.crash.FactfloorProcess;
import org.factfloor.input.MixedCorpus;
import org.factfloor.job.RunJob;
import org.factfloor.job.RunOptions;
import org.factfloor.job.RunResult;
import org.factfloor.output.AlreadyCommitted;
import org.factfloor.output.OutputLocked;
import org.factfloor.output.RunOutput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * factfloor on a real HDFS: a NameNode and a DataNode (MiniDFSCluster, hadoop-client-minicluster on Spark's Hadoop
 * line) in this JVM on 127.0.0.1. A mixed-format corpus read from hdfs:// and written there gives the same tables
 * as a local run; publishing, the lock and the recovery after a SIGKILL work on HDFS's rename and create.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HdfsIT {
    private static final Path DIR = FactfloorProcess.HOME.resolve("jobs/target/hdfs-it");

    private static MiniDFSCluster hdfs;
    private static String root;
    private static Path localOutput;
    private static RunResult local;
    private static RunResult onHdfs;

    @BeforeAll
    static void startHdfsAndRunLocally() throws IOException {
        StorageTests.deleteRecursively(DIR);
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, DIR.resolve("dfs").toString());
        hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
        hdfs.waitActive();
        root = "hdfs://127.0.0.1:" + hdfs.getNameNodePort();
        Path corpus = MixedCorpus.write(DIR, 800, 19);
        FileSystem fs = hdfs.getFileSystem();
        fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(corpus.toString()),
                new org.apache.hadoop.fs.Path(root + "/corpora/mixed"));
        localOutput = DIR.resolve("local-output");
        local = job().run(new RunOptions(List.of(corpus.toString()), localOutput.toString(), "mixed", false, false));
    }

    @AfterAll
    static void stopHdfs() {
        if (hdfs != null) {
            hdfs.shutdown();
        }
    }

    @Test
    @Order(1)
    void aRunFromHdfsToHdfsEqualsTheLocalRun() throws IOException {
        String output = root + "/factfloor/mixed";
        onHdfs = job().run(new RunOptions(List.of(root + "/corpora/mixed"), output, "mixed", false, false));
        assertEquals(local.documents(), onHdfs.documents());
        assertEquals(4, Arrays.stream(hdfs.getFileSystem().listStatus(
                new org.apache.hadoop.fs.Path(root + "/corpora/mixed"))).count(), "three formats, four files");
        SparkSession spark = TestSpark.session();
        Map<String, String> sameNames = Map.of(root + "/corpora/mixed", "file:" + DIR.resolve("mixed"),
                onHdfs.runId(), local.runId());
        for (String table : StorageTests.TABLES) {
            assertEquals(StorageTests.rows(spark, localOutput.resolve(table).toString(), Map.of()),
                    StorageTests.rows(spark, output + "/" + table, sameNames), table);
        }
        assertTrue(hdfs.getFileSystem().exists(new org.apache.hadoop.fs.Path(output + "/_SUCCESS")));
        assertEquals(List.of("mixed"), StorageTests.names(hdfs.getFileSystem(), root + "/factfloor"),
                "no lock, staging or replaced directory beside the output");
        assertThrows(AlreadyCommitted.class, () -> job().run(new RunOptions(List.of(root + "/corpora/mixed"), output,
                "mixed", false, false)));
    }

    @Test
    @Order(2)
    void theLockIsAnAtomicCreateOnTheNameNode() throws IOException {
        Configuration hadoop = TestSpark.session().sparkContext().hadoopConfiguration();
        String output = root + "/factfloor/locked";
        RunOutput first = RunOutput.prepare(output, false, "0123456789abcdef", hadoop);
        OutputLocked second = assertThrows(OutputLocked.class,
                () -> RunOutput.prepare(output, false, "0123456789abcdef", hadoop));
        assertTrue(second.getMessage().startsWith("output " + output + " is being written by another factfloor run"
                + " (pid " + ProcessHandle.current().pid() + " on "), second.getMessage());
        first.abort();
        assertEquals(List.of(), StorageTests.names(hdfs.getFileSystem(), root + "/factfloor").stream()
                .filter(n -> n.startsWith(".locked.")).toList(), "abort removed the lock and the staging directory");
        RunOutput.prepare(output, false, "0123456789abcdef", hadoop).abort();
    }

    @Test
    @Order(3)
    void aRunKilledOnHdfsAfterStagingIsPublishedByItsRerun() throws Exception {
        String output = root + "/factfloor/killed";
        String[] run = {"run", "--input", root + "/corpora/mixed", "--output", output, "--corpus-id", "mixed"};
        try (FactfloorProcess killed = FactfloorProcess.start(DIR, "publish-staged", run)) {
            killed.killWhenPaused();
        }
        FileSystem fs = hdfs.getFileSystem();
        assertFalse(fs.exists(new org.apache.hadoop.fs.Path(output)));
        List<String> left = StorageTests.names(fs, root + "/factfloor");
        assertTrue(left.contains(".killed.lock") && left.stream().anyMatch(n -> n.startsWith(".killed.staging-")),
                left.toString());
        FactfloorProcess rerun = FactfloorProcess.run(DIR, run);
        assertEquals(0, rerun.exitCode(), rerun.output());
        String messages = String.join("\n", rerun.messages());
        assertTrue(messages.contains(": an interrupted run had finished it") && messages.contains("already holds run "),
                messages);
        SparkSession spark = TestSpark.session();
        Map<String, String> sameRun = Map.of(StorageTests.runId(fs, output), onHdfs.runId());
        for (String table : StorageTests.TABLES) {
            assertEquals(StorageTests.rows(spark, root + "/factfloor/mixed/" + table, Map.of()),
                    StorageTests.rows(spark, output + "/" + table, sameRun), table);
        }
        assertFalse(StorageTests.names(fs, root + "/factfloor").stream().anyMatch(n -> n.startsWith(".killed.")));
    }

    private static RunJob job() {
        return new RunJob(TestSpark.session(), FactfloorConfig.load(null, Map.of(), List.of()));
    }
}
