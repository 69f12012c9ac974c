package org.factfloor.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A run's output directory, committed atomically by its one writer. The writer holds the output's
 * {@link OutputLock}, writes everything under a staging sibling unique to its attempt, _SUCCESS last, and
 * {@link Publisher publishes} it. Before it starts it cleans up what killed runs left ({@link InterruptedRuns}).
 * A failed run leaves the previous output (or nothing) and removes its staging directory; an existing output is
 * replaced only when overwrite is set, and a rerun of the very same run into its committed output is
 * {@link AlreadyCommitted}.
 */
public final class RunOutput {
    public static final String SUCCESS = "_SUCCESS";
    private static final String MANIFEST = "_MANIFEST.json";

    private final FileSystem fs;
    private final Path target;
    private final Path staging;
    private final boolean overwrite;
    private final OutputLock lock;
    private final Publisher publisher;
    private final String expectedRunId;
    private final boolean conditional;
    /** Set once publishing starts: from then on the staging directory may be the only complete copy. */
    private boolean publishing;

    private RunOutput(FileSystem fs, Path target, Path staging, boolean overwrite, OutputLock lock,
                      Publisher publisher, boolean conditional, String expectedRunId) {
        this.fs = fs;
        this.target = target;
        this.staging = staging;
        this.overwrite = overwrite;
        this.lock = lock;
        this.publisher = publisher;
        this.conditional = conditional;
        this.expectedRunId = expectedRunId;
    }

    /** Checks up front, before any Spark work, that the output may be written, and takes its lock. */
    public static RunOutput prepare(String output, boolean overwrite, String runId, Configuration hadoop) {
        return open(output, overwrite, runId, hadoop, false, null);
    }

    /**
     * For a read-modify-write of the output (merge --into): publishes only if the output still holds the run it was
     * read as ({@code baseRunId}; null = it did not exist), so a merge that another merge overtook fails instead of
     * dropping that merge's corpora.
     */
    public static RunOutput prepareReplacing(String output, String baseRunId, String runId, Configuration hadoop) {
        return open(output, true, runId, hadoop, true, baseRunId);
    }

    /** Cleans up after killed runs of this output (under its lock), e.g. before reading it as a merge base. */
    public static void recoverInterrupted(String output, Configuration hadoop) {
        try {
            Path target = new Path(output);
            FileSystem fs = target.getFileSystem(hadoop);
            target = fs.makeQualified(target);
            if (!fs.exists(target.getParent())) {
                return;
            }
            OutputLock lock = OutputLock.acquire(fs, target);
            try {
                InterruptedRuns.recover(fs, target, new Publisher(fs, target));
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot inspect " + output + ": " + e.getMessage(), e);
        }
    }

    private static RunOutput open(String output, boolean overwrite, String runId, Configuration hadoop,
                                  boolean conditional, String expectedRunId) {
        OutputLock lock = null;
        try {
            Path target = new Path(output);
            FileSystem fs = target.getFileSystem(hadoop);
            target = fs.makeQualified(target);
            fs.mkdirs(target.getParent());
            lock = OutputLock.acquire(fs, target);
            Publisher publisher = new Publisher(fs, target);
            InterruptedRuns.recover(fs, target, publisher);
            if (fs.exists(target) && !overwrite) {
                if (InterruptedRuns.committed(fs, target) && runId.equals(runIdOf(fs, target))) {
                    throw new AlreadyCommitted(target.toString(), runId);
                }
                throw new OutputExists(target.toString());
            }
            Path staging = new Path(target.getParent(),
                    "." + target.getName() + ".staging-" + runId + "-" + lock.attempt());
            if (!fs.mkdirs(staging)) {
                throw new IOException("mkdirs " + staging + " returned false");
            }
            return new RunOutput(fs, target, staging, overwrite, lock, publisher, conditional, expectedRunId);
        } catch (IOException | RuntimeException e) {
            if (lock != null) {
                lock.release();
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot prepare output " + output + ": " + e.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }

    /** Where a table or file goes while the run is in progress. */
    public String staged(String name) {
        return new Path(staging, name).toString();
    }

    public void writeText(String name, String content) {
        try (OutputStream out = fs.create(new Path(staging, name), true)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name + " under " + staging + ": " + e.getMessage(), e);
        }
    }

    /** Writes _SUCCESS into the staging directory and publishes it, if this run still holds the lock. */
    public void commit() {
        PausePoints.reach("publish-staging");
        writeText(SUCCESS, "");
        PausePoints.reach("publish-staged");
        try {
            lock.checkHeld();
            boolean exists = fs.exists(target);
            if (exists && !overwrite) {
                throw new OutputExists(target.toString());
            }
            if (conditional) {
                String now = exists ? runIdOf(fs, target) : null;
                if (!Objects.equals(now, expectedRunId)) {
                    throw new IOException(target + " changed while this run was working (it now holds run "
                            + now + ", this run started from " + expectedRunId + "); rerun it to add to the new"
                            + " version");
                }
            }
            publishing = true;
            publisher.publish(staging, lock.attempt());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + staging + " as " + target + ": " + e.getMessage(), e);
        } finally {
            lock.release();
        }
    }

    /**
     * Removes the staging directory of a failed run; the published output is untouched. A publish that failed
     * halfway keeps its staging directory, which the next run into this output publishes.
     */
    public void abort() {
        try {
            if (!publishing) {
                fs.delete(staging, true);
            }
        } catch (IOException e) {
            System.err.println("factfloor: could not remove staging directory " + staging + ": " + e.getMessage()
                    + "; the next run into " + target + " removes it");
        } finally {
            lock.release();
        }
    }

    /** The staging directory itself, for readers of what the run has written so far (the reports). */
    public String stagingDirectory() {
        return staging.toString();
    }

    public String target() {
        return target.toString();
    }

    private static String runIdOf(FileSystem fs, Path dir) throws IOException {
        Path manifest = new Path(dir, MANIFEST);
        if (!fs.exists(manifest)) {
            return null;
        }
        try (InputStream in = fs.open(manifest)) {
            return Manifest.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).get("run_id") instanceof
                    String id ? id : null;
        }
    }
}
