package org.factfloor.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A run's output directory, committed atomically: everything is written under a hidden staging sibling, _SUCCESS
 * last, and the staging directory is renamed into place. A failed run leaves the previous output (or nothing)
 * and removes its staging directory; an existing output is replaced only when overwrite is set.
 */
public final class RunOutput {
    public static final String SUCCESS = "_SUCCESS";

    private final FileSystem fs;
    private final Path target;
    private final Path staging;
    private final boolean overwrite;

    private RunOutput(FileSystem fs, Path target, Path staging, boolean overwrite) {
        this.fs = fs;
        this.target = target;
        this.staging = staging;
        this.overwrite = overwrite;
    }

    /** Checks up front, before any Spark work, that the output may be written. */
    public static RunOutput prepare(String output, boolean overwrite, String runId, Configuration hadoop) {
        try {
            Path target = new Path(output);
            FileSystem fs = target.getFileSystem(hadoop);
            target = fs.makeQualified(target);
            if (fs.exists(target) && !overwrite) {
                throw new OutputExists(target.toString());
            }
            Path staging = new Path(target.getParent(), "." + target.getName() + ".staging-" + runId);
            if (fs.exists(staging)) {
                fs.delete(staging, true); // left by a crashed run with the same id: never part of any output
            }
            fs.mkdirs(staging);
            return new RunOutput(fs, target, staging, overwrite);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare output " + output + ": " + e.getMessage(), e);
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

    /** Writes _SUCCESS into the staging directory and moves it into place. */
    public void commit() {
        writeText(SUCCESS, "");
        try {
            Path replaced = null;
            if (fs.exists(target)) {
                if (!overwrite) {
                    throw new OutputExists(target.toString());
                }
                replaced = new Path(target.getParent(), "." + target.getName() + ".replaced-" + System.nanoTime());
                rename(target, replaced);
            }
            rename(staging, target);
            if (replaced != null) {
                fs.delete(replaced, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + staging + " as " + target + ": " + e.getMessage(), e);
        }
    }

    /** Removes the staging directory of a failed run; the published output is untouched. */
    public void abort() {
        try {
            fs.delete(staging, true);
        } catch (IOException e) {
            System.err.println("factfloor: could not remove staging directory " + staging + ": " + e.getMessage());
        }
    }

    /** The staging directory itself, for readers of what the run has written so far (the reports). */
    public String stagingDirectory() {
        return staging.toString();
    }

    public String target() {
        return target.toString();
    }

    private void rename(Path from, Path to) throws IOException {
        if (!fs.rename(from, to)) {
            throw new IOException("rename " + from + " → " + to + " returned false");
        }
    }
}
