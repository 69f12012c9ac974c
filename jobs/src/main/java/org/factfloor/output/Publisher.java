package org.factfloor.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Moves a complete staging directory (one holding _SUCCESS) onto its target, so that the target is trusted only
 * once it is whole. Two ways, by file system:
 * <ul>
 * <li>rename-atomic (local disks, HDFS): one directory rename; an old target is first renamed aside and deleted
 *     after, so the target is always either the old or the new complete output;</li>
 * <li>object stores (S3, GCS, …), where a directory rename is a copy of every object: write-then-marker. The old
 *     target's _SUCCESS goes first (readers stop trusting it), then the old target; a {@value #MOVING} marker in
 *     staging records that the target now holds only staged files; the files move one by one, and _SUCCESS is
 *     written into the target last. A reader that trusts only _SUCCESS never reads a partial output.</li>
 * </ul>
 * Every step leaves the complete staging directory (or the already moved part of it) in place until _SUCCESS is in
 * the target, so {@link #finish} can complete a publish that a killed run began.
 */
final class Publisher {
    /** Schemes whose directory rename is a copy, not an atomic metadata operation. */
    private static final Set<String> OBJECT_STORES = Set.of("s3a", "s3", "s3n", "gs", "oss", "cosn", "obs", "wasb",
            "wasbs");
    static final String MOVING = "_MOVING";

    private final FileSystem fs;
    private final Path target;
    private final boolean objectStore;

    Publisher(FileSystem fs, Path target) {
        this.fs = fs;
        this.target = target;
        String scheme = fs.getUri().getScheme();
        this.objectStore = scheme != null && OBJECT_STORES.contains(scheme.toLowerCase(Locale.ROOT));
    }

    boolean objectStore() {
        return objectStore;
    }

    /** Publishes a complete staging directory; an existing target is replaced (the caller checked --overwrite). */
    void publish(Path staging, String attempt) throws IOException {
        if (objectStore) {
            if (fs.exists(target)) {
                fs.delete(new Path(target, RunOutput.SUCCESS), false);
                fs.delete(target, true);
            }
            PausePoints.reach("publish-old-removed");
            moveFiles(staging);
            return;
        }
        Path replaced = null;
        if (fs.exists(target)) {
            replaced = new Path(target.getParent(), "." + target.getName() + ".replaced-" + attempt);
            rename(target, replaced);
            PausePoints.reach("publish-old-removed");
        }
        rename(staging, target);
        PausePoints.reach("publish-renamed");
        if (replaced != null) {
            fs.delete(replaced, true);
        }
    }

    /**
     * Completes the publish of a complete staging directory that a killed run left while the target is not
     * committed: the target is then missing, or (object stores) an old output without _SUCCESS or a partial move.
     */
    void finish(Path staging) throws IOException {
        if (!objectStore) {
            rename(staging, target);
            return;
        }
        if (!fs.exists(new Path(staging, MOVING)) && fs.exists(target)) {
            fs.delete(target, true); // what is there is the old output whose _SUCCESS was already removed
        }
        moveFiles(staging);
    }

    /** Object stores: every staged file to the same place under the target, then _SUCCESS there, then cleanup. */
    private void moveFiles(Path staging) throws IOException {
        create(new Path(staging, MOVING));
        List<Path> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(staging, true);
        while (it.hasNext()) {
            Path p = it.next().getPath();
            String name = p.getName();
            if (!(p.getParent().equals(staging) && (name.equals(RunOutput.SUCCESS) || name.equals(MOVING)))) {
                files.add(p);
            }
        }
        String root = fs.makeQualified(staging).toUri().getPath();
        Set<Path> parents = new HashSet<>();
        for (Path file : files) {
            String relative = file.toUri().getPath().substring(root.length() + 1);
            Path destination = new Path(target, relative);
            if (fs.exists(destination)) {
                fs.delete(file, false); // moved by a killed run between its copy and its delete: same bytes
                continue;
            }
            if (parents.add(destination.getParent())) {
                fs.mkdirs(destination.getParent());
            }
            rename(file, destination);
        }
        PausePoints.reach("publish-renamed");
        create(new Path(target, RunOutput.SUCCESS));
        fs.delete(staging, true);
    }

    private void create(Path file) throws IOException {
        try (OutputStream out = fs.create(file, true)) {
            out.flush();
        }
    }

    private void rename(Path from, Path to) throws IOException {
        if (!fs.rename(from, to)) {
            throw new IOException("rename " + from + " → " + to + " returned false");
        }
    }
}
