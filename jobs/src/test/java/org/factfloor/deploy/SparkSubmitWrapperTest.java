package org.factfloor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/spark-submit.sh's grammar: spark-submit options before the subcommand, factfloor's after, both unchanged;
 * the wrapper adds class, jar and config; a bad command line exits 2 with one line. A stand-in spark-submit on PATH
 * prints what it was given (StandaloneClusterIT runs the wrapper against Spark's real SparkSubmit).
 */
class SparkSubmitWrapperTest {
    private static final Path HOME = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    private static final Path CLUSTER_CONF = HOME.resolve("conf/cluster.conf");

    @TempDir
    Path dir;
    private Path jar;

    record Result(int exit, List<String> stdout, String stderr) {
    }

    @BeforeEach
    void standInSparkSubmit() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path submit = bin.resolve("spark-submit");
        Files.writeString(submit, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        assertTrue(submit.toFile().setExecutable(true));
        jar = Files.writeString(dir.resolve("factfloor.jar"), "jar");
    }

    private Result wrapper(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", HOME.resolve("deploy/spark-submit.sh").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().put("FACTFLOOR_JAR", jar.toString());
        pb.environment().remove("FACTFLOOR_CLUSTER_CONFIG");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        String err = new String(p.getErrorStream().readAllBytes());
        return new Result(p.waitFor(), out.lines().toList(), err);
    }

    @Test
    void optionsBeforeTheSubcommandGoToSparkSubmitAndTheRestToFactfloor() throws Exception {
        Path userConfig = Files.writeString(dir.resolve("my.conf"), "factfloor.count-unit = mentions\n");
        Result r = wrapper(Map.of(), "--master", "yarn", "--deploy-mode=cluster", "-c", "spark.x=1", "--verbose",
                "--files", "a.txt", "run", "--input", "hdfs:///c", "-c", "ignored-not-here.conf", "--config",
                userConfig.toString(), "--verbose");
        assertEquals(0, r.exit(), r.stderr());
        assertEquals(List.of("--master", "yarn", "--deploy-mode=cluster", "-c", "spark.x=1", "--verbose",
                "--class", "org.factfloor.cli.Main",
                "--files", "a.txt," + CLUSTER_CONF + "," + userConfig,
                "--conf", "spark.factfloor.config=" + CLUSTER_CONF,
                jar.toString(), "run", "--input", "hdfs:///c", "-c", "ignored-not-here.conf", "--config",
                userConfig.toString(), "--verbose"), r.stdout());
    }

    @Test
    void aConfigInsideTheImageIsNamedNotShipped() throws Exception {
        Result r = wrapper(Map.of("FACTFLOOR_JAR", "local:///opt/factfloor/factfloor.jar",
                "FACTFLOOR_CLUSTER_CONFIG", "local:///opt/factfloor/conf/cluster.conf"),
                "--master", "k8s://https://k8s.example:6443", "generate", "--output", "/data/g", "--documents", "10");
        assertEquals(0, r.exit(), r.stderr());
        assertEquals(List.of("--master", "k8s://https://k8s.example:6443", "--class", "org.factfloor.cli.Main",
                "--conf", "spark.factfloor.config=/opt/factfloor/conf/cluster.conf",
                "local:///opt/factfloor/factfloor.jar", "generate", "--output", "/data/g", "--documents", "10"),
                r.stdout());
    }

    @Test
    void badCommandLinesExitTwoWithOneLineNamingTheFix() throws Exception {
        assertRejected(wrapper(Map.of(), "--master", "yarn"), "no factfloor subcommand");
        assertRejected(wrapper(Map.of(), "--master"), "spark-submit option --master needs a value");
        assertRejected(wrapper(Map.of(), "--class", "x.Y", "run"), "--class is set by the wrapper");
        assertRejected(wrapper(Map.of(), "--executor-mem", "1g", "run"), "unknown spark-submit option --executor-mem");
        assertRejected(wrapper(Map.of(), "--master", "yarn", "factfloor.jar", "run"),
                "'factfloor.jar' is not a factfloor subcommand");
        assertRejected(wrapper(Map.of("FACTFLOOR_JAR", dir.resolve("missing.jar").toString()), "run"),
                "cluster jar " + dir.resolve("missing.jar") + " not found");
        assertRejected(wrapper(Map.of("FACTFLOOR_CLUSTER_CONFIG", "/no/such.conf"), "run"),
                "cluster config /no/such.conf not found");
        assertRejected(wrapper(Map.of("PATH", "/usr/bin:/bin", "SPARK_HOME", dir.resolve("no-spark").toString()), "run"),
                "spark-submit is neither on PATH nor in $SPARK_HOME/bin");
    }

    private static void assertRejected(Result r, String message) {
        assertEquals(2, r.exit(), r.stderr());
        assertTrue(r.stderr().startsWith("deploy/spark-submit.sh: error: ") && r.stderr().contains(message), r.stderr());
        assertEquals(1, r.stderr().lines().count(), r.stderr());
        assertEquals(List.of(), r.stdout(), "spark-submit was not run");
    }
}
