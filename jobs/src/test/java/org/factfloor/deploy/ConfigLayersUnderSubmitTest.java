package org.factfloor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command reads the cluster layer under deploy/spark-submit.sh, not only `run` (issue 15). The stand-in
 * spark-submit does what Spark's does in client mode with what the wrapper hands it: every --conf becomes a system
 * property of the driver JVM, which runs factfloor's Main with the rest. The cluster config here counts mentions
 * and switches capitals off, so a command that read it says so.
 */
class ConfigLayersUnderSubmitTest {
    private static final Path HOME = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path dir;
    private Path clusterConfig;

    record Result(int exit, String stdout, String stderr) {
    }

    @BeforeEach
    void standInSparkSubmit() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path submit = bin.resolve("spark-submit");
        Files.writeString(submit, """
                #!/usr/bin/env bash
                properties=()
                while (($#)); do
                  case $1 in
                    --conf) properties+=("-D$2"); shift 2 ;;
                    --class | --files) shift 2 ;;
                    *) shift; break ;;
                  esac
                done
                exec java -cp "$TEST_CLASSPATH" -Dspark.master=local[1] -Dspark.ui.enabled=false \\
                  -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 "${properties[@]}" \\
                  org.factfloor.cli.Main "$@"
                """);
        assertTrue(submit.toFile().setExecutable(true));
        clusterConfig = Files.writeString(dir.resolve("cluster.conf"),
                "factfloor.count-unit = mentions\nfactfloor.domains.capitals.enabled = false\n");
    }

    private Result submit(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", HOME.resolve("deploy/spark-submit.sh").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        pb.environment().put("FACTFLOOR_JAR", Files.writeString(dir.resolve("factfloor.jar"), "jar").toString());
        pb.environment().put("FACTFLOOR_CLUSTER_CONFIG", clusterConfig.toString());
        pb.environment().put("TEST_CLASSPATH", System.getProperty("java.class.path"));
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        String err = new String(p.getErrorStream().readAllBytes());
        return new Result(p.waitFor(), out, err);
    }

    @Test
    void validateChecksTheConfigurationARunUnderTheWrapperUses() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.write(corpus.resolve("a.jsonl"), new byte[10]);
        Result r = submit("validate", "--input", corpus.toString());
        assertEquals(0, r.exit(), r.stderr());
        String first = r.stdout().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("config: ok (reference.conf < " + clusterConfig + "), domains: citations,"
                + " death-dates, count unit: mentions, digest "), first);
    }

    @Test
    void mergeCountsTheWayTheClusterConfigurationSays() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("_SUCCESS"), "");
        Files.writeString(run.resolve("_MANIFEST.json"), """
                {"corpus_id": "a", "run_id": "0123456789abcdef", "config_digest": "d", "count_unit": "documents",
                 "domains": ["citations", "death-dates"], "documents": 1}
                """);
        Result r = submit("merge", "--inputs", run.toString(), "--into", dir.resolve("cumulative").toString());
        assertEquals(2, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("factfloor: error: file:" + run + " counts documents, this merge mentions;"
                + " pass --count-unit documents"), r.stderr());
    }

    @Test
    void evaluateScoresTheDomainsTheClusterConfigurationEnables() throws Exception {
        Path set = Files.createDirectories(dir.resolve("set"));
        Result r = submit("evaluate", "--set", set.toString());
        assertEquals(2, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("no <domain>.eval file in " + set + " for the domains [citations, death-dates]"),
                r.stderr());
    }
}
