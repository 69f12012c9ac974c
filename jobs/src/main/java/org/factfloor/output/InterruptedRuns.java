package org.factfloor.output;

import java.io.IOException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What killed runs leave beside an output, cleaned up by the next run while it holds the output's lock (so none of
 * it can belong to a live run): a complete staging directory whose publish was cut short is published (the killed
 * run had finished its work; for a cumulative directory that is the only copy of the merged state once the old
 * version is gone), a replaced version is restored when nothing newer exists, and every other staging or replaced
 * directory is deleted. Each action is reported on stderr in one line.
 */
final class InterruptedRuns {
    private InterruptedRuns() {
    }

    static void recover(FileSystem fs, Path target, Publisher publisher) throws IOException {
        if (!committed(fs, target)) {
            Path complete = null;
            for (FileStatus s : siblings(fs, target, "staging")) {
                if (committed(fs, s.getPath())) {
                    complete = s.getPath();
                }
            }
            if (complete != null && (publisher.objectStore() || !fs.exists(target))) {
                publisher.finish(complete);
                report("published " + complete + " as " + target + ": an interrupted run had finished it");
            } else if (!fs.exists(target)) {
                for (FileStatus r : siblings(fs, target, "replaced")) {
                    if (committed(fs, r.getPath()) && fs.rename(r.getPath(), target)) {
                        report("restored " + target + " from " + r.getPath() + ": an interrupted run had moved it");
                        break;
                    }
                }
            }
        }
        boolean committed = committed(fs, target);
        for (FileStatus s : siblings(fs, target, "staging")) {
            fs.delete(s.getPath(), true);
            report("removed " + s.getPath() + ", the partial output of an interrupted run");
        }
        if (committed) {
            for (FileStatus r : siblings(fs, target, "replaced")) {
                fs.delete(r.getPath(), true);
                report("removed " + r.getPath() + ", a version an interrupted run had already replaced");
            }
        }
    }

    static boolean committed(FileSystem fs, Path dir) throws IOException {
        return fs.exists(new Path(dir, RunOutput.SUCCESS));
    }

    private static FileStatus[] siblings(FileSystem fs, Path target, String kind) throws IOException {
        FileStatus[] found = fs.globStatus(new Path(target.getParent(), "." + target.getName() + "." + kind + "-*"));
        return found == null ? new FileStatus[0] : found;
    }

    private static void report(String line) {
        System.err.println("factfloor: " + line);
    }
}
