package org.factfloor.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.spark.SparkConf;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerApplicationEnd;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * A Spark listener (registered with spark.extraListeners in a child JVM) that sums the spill metrics of every task
 * and writes them, when the application ends, to the properties file named by {@value #FILE}: the proof that a job
 * ran out of execution memory and went to disk, not an assumption.
 */
public final class SpillTotals extends SparkListener {
    public static final String FILE = "spark.factfloor.test.spillTotals";
    public static final String MEMORY = "memory_bytes_spilled";
    public static final String DISK = "disk_bytes_spilled";
    public static final String TASKS = "tasks";

    private final Path file;
    private long memory;
    private long disk;
    private long tasks;

    public SpillTotals(SparkConf conf) {
        this.file = Path.of(conf.get(FILE));
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
        TaskMetrics m = end.taskMetrics();
        if (m != null) {
            memory += m.memoryBytesSpilled();
            disk += m.diskBytesSpilled();
            tasks++;
        }
    }

    @Override
    public synchronized void onApplicationEnd(SparkListenerApplicationEnd end) {
        Properties p = new Properties();
        p.setProperty(MEMORY, Long.toString(memory));
        p.setProperty(DISK, Long.toString(disk));
        p.setProperty(TASKS, Long.toString(tasks));
        try (var out = Files.newOutputStream(file)) {
            p.store(out, "spill metrics summed over every task");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
