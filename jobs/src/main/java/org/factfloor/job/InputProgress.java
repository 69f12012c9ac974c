package org.factfloor.job;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.RDDInfo;
import org.factfloor.input.SourceFile;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Counts input files and bytes done from Spark's task-end events. {@link RunJob#aggregate} reads one file per
 * task, partition i being file i of {@link org.factfloor.input.InputListing#bySizeDescending()}, in an RDD named
 * {@link #INPUT_FILES}; the stage holding that RDD is the reading stage. A retried or recomputed partition counts once.
 */
final class InputProgress extends SparkListener implements AutoCloseable {
    static final String INPUT_FILES = "factfloor input files";

    private final SparkContext spark;
    private final long[] bytesByPartition;
    private final long totalBytes;
    private final ProgressDisplay display;
    private final Set<Integer> readingStages = new HashSet<>();
    private final BitSet done = new BitSet();
    private long bytesDone;
    private int running;
    private long startedNanos;
    private boolean finished;
    private ScheduledExecutorService ticker;

    private InputProgress(SparkContext spark, List<SourceFile> filesInTaskOrder, ProgressDisplay display) {
        this.spark = spark;
        this.bytesByPartition = filesInTaskOrder.stream().mapToLong(SourceFile::bytes).toArray();
        this.totalBytes = filesInTaskOrder.stream().mapToLong(SourceFile::bytes).sum();
        this.display = display;
    }

    static InputProgress watch(SparkSession spark, List<SourceFile> filesInTaskOrder, ProgressDisplay display) {
        InputProgress progress = new InputProgress(spark.sparkContext(), filesInTaskOrder, display);
        spark.sparkContext().addSparkListener(progress);
        return progress;
    }

    @Override
    public synchronized void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        for (RDDInfo rdd : CollectionConverters.asJava(submitted.stageInfo().rddInfos())) {
            if (INPUT_FILES.equals(rdd.name()) && readingStages.add(submitted.stageInfo().stageId())) {
                readingStarted();
            }
        }
    }

    @Override
    public synchronized void onTaskStart(SparkListenerTaskStart start) {
        if (readingStages.contains(start.stageId())) {
            fileOpened();
        }
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
        if (readingStages.contains(end.stageId())) {
            fileEnded(end.taskInfo().partitionId(), end.taskInfo().successful());
        }
    }

    /** Reading began: Spark's stage over the files was submitted, or the driver started on them. */
    synchronized void readingStarted() {
        if (startedNanos == 0) {
            startedNanos = System.nanoTime();
            startTicker();
        }
    }

    synchronized void fileOpened() {
        running++;
    }

    /** @param partition the file's position in the task order the progress was made with (largest first) */
    synchronized void fileEnded(int partition, boolean successful) {
        running = Math.max(0, running - 1);
        if (finished || !successful || partition < 0 || partition >= bytesByPartition.length
                || done.get(partition)) {
            return;
        }
        done.set(partition);
        bytesDone += bytesByPartition[partition];
        if (done.cardinality() == bytesByPartition.length) {
            finish();
        } else {
            display.show(snapshot());
        }
    }

    synchronized ProgressSnapshot snapshot() {
        return new ProgressSnapshot(done.cardinality(), running, bytesByPartition.length, bytesDone, totalBytes,
                startedNanos == 0 ? 0 : System.nanoTime() - startedNanos);
    }

    /** Stops listening; shows the last state if reading did not finish (the run failed). */
    @Override
    public void close() {
        spark.removeSparkListener(this);
        finish();
    }

    private void startTicker() {
        long millis = display.refresh().toMillis();
        if (millis <= 0) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "factfloor-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::tick, millis, millis, TimeUnit.MILLISECONDS);
    }

    private synchronized void tick() {
        if (!finished) {
            display.show(snapshot());
        }
    }

    private synchronized void finish() {
        if (finished) {
            return;
        }
        finished = true;
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (startedNanos != 0) {
            display.done(snapshot());
        }
    }
}
