package org.factfloor.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A real Spark standalone cluster on 127.0.0.1 built from the Maven jars alone: a SPARK_HOME holding only jars/, one
 * Master and two Workers (1 core, 1 GB each), logs and work dirs under one directory in target/. Every process it
 * starts, and every process those start (executors), is stopped by PID on close.
 */
final class StandaloneCluster implements AutoCloseable {
    static final int WORKERS = 2;

    private final Path dir;
    private final Path sparkHome;
    private final List<String> jvmOptions;
    private final List<Process> started = new ArrayList<>();
    /** Children seen before their parent was killed or stopped (executors), checked again after close. */
    private final Set<ProcessHandle> children = new LinkedHashSet<>();
    private final List<Process> workers = new ArrayList<>();
    private String masterUrl;

    private StandaloneCluster(Path dir, Path sparkHome, List<String> jvmOptions) {
        this.dir = dir;
        this.sparkHome = sparkHome;
        this.jvmOptions = jvmOptions;
    }

    /** Lays out SPARK_HOME/jars from the build's Spark classpath (links, not 280 MB of copies) and starts the cluster. */
    static StandaloneCluster start(Path dir, Path sparkClasspath, List<String> jvmOptions) throws IOException {
        Path jars = Files.createDirectories(dir.resolve("spark-home/jars"));
        for (String jar : Files.readString(sparkClasspath).trim().split(":")) {
            Path source = Path.of(jar);
            Files.createSymbolicLink(jars.resolve(source.getFileName()), source);
        }
        StandaloneCluster cluster = new StandaloneCluster(dir, dir.resolve("spark-home"), jvmOptions);
        try {
            cluster.startDaemons();
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    private void startDaemons() throws IOException {
        int port = freePort();
        masterUrl = "spark://127.0.0.1:" + port;
        Path masterLog = dir.resolve("master.log");
        started.add(daemon("org.apache.spark.deploy.master.Master", masterLog, Map.of(),
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", "0"));
        awaitLog(masterLog, "I have been elected leader");
        for (int i = 1; i <= WORKERS; i++) {
            Path home = Files.createDirectories(dir.resolve("worker-" + i));
            Path log = home.resolve("worker.log");
            Process worker = daemon("org.apache.spark.deploy.worker.Worker", log,
                    // Without it every executor launch fails with "Cannot find any build directories".
                    Map.of("SPARK_SCALA_VERSION", "2.13",
                            "SPARK_LOCAL_DIRS", Files.createDirectories(home.resolve("local")).toString()),
                    "--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port", "0",
                    "--work-dir", Files.createDirectories(home.resolve("work")).toString(), masterUrl);
            started.add(worker);
            workers.add(worker);
        }
        for (int i = 1; i <= WORKERS; i++) {
            awaitLog(dir.resolve("worker-" + i + "/worker.log"), "Successfully registered with master");
        }
    }

    private Process daemon(String mainClass, Path log, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(java());
        command.add("-Xmx256m");
        command.add("-Dspark.master.rest.enabled=false");  // else the Master listens on fixed port 6066
        command.add("-cp");
        command.add(sparkHome.resolve("jars") + "/*");
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(environment());
        pb.environment().putAll(env);
        return pb.start();
    }

    /** java with Spark's Java 17 options, scratch space inside the cluster directory. */
    List<String> java() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Djava.io.tmpdir=" + dir.resolve("tmp"));
        return command;
    }

    Map<String, String> environment() {
        try {
            Files.createDirectories(dir.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_LOCAL_IP", "127.0.0.1");
    }

    String masterUrl() {
        return masterUrl;
    }

    Path sparkHome() {
        return sparkHome;
    }

    Path workDir(int worker) {
        return dir.resolve("worker-" + worker + "/work");
    }

    /** Tracks a process started for this cluster (a submission) so close() stops it too. */
    Process adopt(Process process) {
        started.add(process);
        return process;
    }

    /** SIGKILL one Worker by PID, as a lost node would; its executors are stopped on close if they outlive it. */
    void killWorker(int worker) throws IOException, InterruptedException {
        Process process = workers.get(worker - 1);
        process.descendants().forEach(children::add);
        Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0 || !process.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("could not SIGKILL worker " + worker + " (pid " + process.pid() + ")");
        }
    }

    /** Processes this cluster started, or that they started, that are still running. */
    List<ProcessHandle> alive() {
        return Stream.concat(started.stream().flatMap(p -> Stream.concat(Stream.of(p.toHandle()), p.descendants())),
                        children.stream())
                .filter(ProcessHandle::isAlive).distinct().toList();
    }

    /** SIGTERM then, after a grace period, SIGKILL to everything started, children first. */
    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).descendants().forEach(children::add);
        }
        List<ProcessHandle> all = new ArrayList<>(children);
        for (int i = started.size() - 1; i >= 0; i--) {
            all.add(started.get(i).toHandle());
        }
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception stillRunning) {
                p.destroyForcibly();
            }
        }
    }

    static void awaitLog(Path log, String line) {
        await(Duration.ofSeconds(60), () -> contains(log, line), log + " to show '" + line + "'");
    }

    static boolean contains(Path file, String text) {
        try {
            return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.ISO_8859_1).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    static void await(Duration timeout, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + what, e);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
