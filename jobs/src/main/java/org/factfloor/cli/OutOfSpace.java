package org.factfloor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * A run that failed because a disk filled up (ENOSPC anywhere in the cause chain: Spark reports a task's I/O error
 * as text inside its own exception), restated as one line naming the fullest of the directories the run wrote to,
 * the output or the scratch space, and what to do. Exit code 1: the run failed; its staging directory is gone.
 */
final class OutOfSpace extends RuntimeException {
    private static final String ENOSPC = "No space left on device";

    private OutOfSpace(String message, Throwable cause) {
        super(message, cause);
    }

    /** A disk filled up: ENOSPC somewhere in the failure's causes or suppressed exceptions. */
    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (mentions(t) || Arrays.stream(t.getSuppressed()).anyMatch(OutOfSpace::mentions)) {
                return true;
            }
        }
        return false;
    }

    /** The one-line explanation of a failure for which {@link #causedBy} holds. */
    static OutOfSpace explain(Exception failure, String output, List<String> scratch) {
        List<Path> candidates = new ArrayList<>();
        Path out = local(output);
        if (out != null) {
            candidates.add(out);
        }
        scratch.stream().map(OutOfSpace::local).filter(p -> p != null).forEach(candidates::add);
        Path fullest = null;
        long least = Long.MAX_VALUE;
        for (Path p : candidates) {
            long free = usable(p);
            if (free < least) {
                least = free;
                fullest = p;
            }
        }
        if (fullest == null) {
            return new OutOfSpace("no space left on a device the run writes to; free space on the output's and"
                    + " Spark's scratch disks (spark.local.dir) and rerun", failure);
        }
        boolean isOutput = fullest == out;
        return new OutOfSpace("no space left on the device of " + fullest + " (" + least / 1024 + " KB free); free"
                + " space there or " + (isOutput ? "choose another --output" : "point spark.local.dir (scratch for"
                + " shuffle and spills) at a larger disk") + ", then rerun", failure);
    }

    /** Spark's scratch directories: spark.local.dir (comma-separated), else java.io.tmpdir, as Spark chooses. */
    static List<String> scratch(SparkSession spark) {
        String dirs = spark.sparkContext().getConf().get("spark.local.dir", System.getProperty("java.io.tmpdir"));
        return List.of(dirs.split(","));
    }

    private static boolean mentions(Throwable t) {
        return t.getMessage() != null && t.getMessage().contains(ENOSPC);
    }

    /** The nearest existing directory of a local path (file: or no scheme), or null for other file systems. */
    private static Path local(String path) {
        String p = path.startsWith("file:") ? path.substring("file:".length()) : path.contains("://") ? null : path;
        if (p == null) {
            return null;
        }
        Path dir = Path.of(p).toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        return dir;
    }

    private static long usable(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
