package org.factfloor.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.factfloor.output.PausePoints;

/**
 * `factfloor` in its own JVM, started the way deploy/factfloor starts it (the packaged jar beside Spark's jars, local
 * mode, loopback), optionally told to pause at a {@link PausePoints named moment} so a test can SIGKILL it exactly
 * there. Its stdout and stderr are collected line by line.
 */
public final class FactfloorProcess implements AutoCloseable {
    public static final Path HOME = Path.of(System.getProperty("project.root")).toAbsolutePath().normalize();
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch paused = new CountDownLatch(1);
    private final Thread reader;

    private FactfloorProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::collect, "factfloor-child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts factfloor with these arguments; {@code pauseAt} null runs it through. */
    public static FactfloorProcess start(Path scratch, String pauseAt, String... args) throws IOException {
        return start(scratch, pauseAt, List.of(), args);
    }

    /**
     * The same with more jars on the classpath, e.g. the S3A connector, which a cluster supplies and the build's Spark
     * classpath does not hold.
     */
    public static FactfloorProcess start(Path scratch, String pauseAt, List<String> extraJars, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(System.getProperty("spark.jvm.options").trim().split("\\s+")));
        // C1 only: these runs last seconds, so compiling for peak speed costs more than it returns.
        command.addAll(List.of("-Xmx1g", "-XX:TieredStopAtLevel=1", "-Dlog4j2.configurationFile=" + HOME.resolve("conf/log4j2.properties"),
                "-Dspark.master=local[2]", "-Dspark.ui.enabled=false", "-Dspark.ui.showConsoleProgress=false",
                "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1",
                "-Dspark.local.dir=" + Files.createDirectories(scratch.resolve("spark-local")),
                "-Djava.io.tmpdir=" + Files.createDirectories(scratch.resolve("tmp")),
                "-cp", HOME.resolve("jobs/target/factfloor.jar") + ":"
                        + Files.readString(HOME.resolve("jobs/target/spark-classpath.txt")).trim()
                        + extraJars.stream().map(j -> ":" + j).collect(Collectors.joining()),
                "org.factfloor.cli.Main"));
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().remove(PausePoints.VARIABLE);
        if (pauseAt != null) {
            pb.environment().put(PausePoints.VARIABLE, pauseAt);
        }
        return new FactfloorProcess(pb.start());
    }

    /** Runs factfloor to the end and returns its exit code. */
    public static FactfloorProcess run(Path scratch, String... args) throws IOException, InterruptedException {
        FactfloorProcess p = start(scratch, null, args);
        p.exitCode();
        return p;
    }

    /** Waits until the process reports that it paused at its moment. */
    public void awaitPause() throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!paused.await(1, TimeUnit.SECONDS)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly().waitFor();
                reader.join(10_000);
                throw new AssertionError("never paused:\n" + output());
            }
        }
    }

    /** Waits until the process reports that it paused, then SIGKILLs it (Process.destroyForcibly on Unix). */
    public void killWhenPaused() throws InterruptedException {
        awaitPause();
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("still alive after SIGKILL");
        }
        if (process.exitValue() != 137) {
            throw new AssertionError("ended with " + process.exitValue() + " instead of by SIGKILL:\n" + output());
        }
    }

    public int exitCode() throws InterruptedException {
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("did not finish within " + TIMEOUT + ":\n" + output());
        }
        reader.join(10_000);
        return process.exitValue();
    }

    public String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    /** The lines starting with "factfloor: " (its own messages, not Spark's log). */
    public List<String> messages() {
        synchronized (lines) {
            return lines.stream().filter(l -> l.startsWith("factfloor: ")).toList();
        }
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private void collect() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                lines.add(line);
                if (line.startsWith(PausePoints.MARKER)) {
                    paused.countDown();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
