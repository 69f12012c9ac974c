package org.factfloor.output;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The one writer of an output directory: a lock file beside it, {@code .NAME.lock}, made with
 * {@code FileSystem.create(path, overwrite = false)} — an atomic create-if-absent on local disks and HDFS (the
 * NameNode refuses the second create), and on S3A a conditional PUT (If-None-Match) where the store supports it.
 * A second run into the same output fails at once with {@link OutputLocked}. The holder rewrites the file every
 * {@link #HEARTBEAT} so other hosts can tell a live holder from a dead one; a lock whose process is gone (same host)
 * or whose file is older than {@link #LEASE} was left by a killed run and is taken over, which is reported.
 */
final class OutputLock {
    /** How often the holder refreshes the lock file's modification time. */
    static final Duration HEARTBEAT = Duration.ofSeconds(30);
    /** Ten missed heartbeats: far longer than a GC pause or a slow store, short enough for a nightly retry. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private final FileSystem fs;
    private final Path file;
    private final String attempt;
    private final byte[] content;
    private final ScheduledExecutorService heartbeat;

    private OutputLock(FileSystem fs, Path file, String attempt, byte[] content) {
        this.fs = fs;
        this.file = file;
        this.attempt = attempt;
        this.content = content;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "factfloor-lock-heartbeat");
            t.setDaemon(true); // a killed or exiting driver must not be kept alive by its lock
            return t;
        });
        heartbeat.scheduleAtFixedRate(this::refresh, HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    static Path fileFor(Path target) {
        return new Path(target.getParent(), "." + target.getName() + ".lock");
    }

    /** Takes the lock of {@code target} or throws {@link OutputLocked} naming the run that holds it. */
    static OutputLock acquire(FileSystem fs, Path target) throws IOException {
        Path file = fileFor(target);
        String attempt = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> holder = new LinkedHashMap<>();
        holder.put("attempt", attempt);
        holder.put("host", host());
        holder.put("pid", Long.toString(ProcessHandle.current().pid()));
        holder.put("started", Instant.now().toString());
        byte[] content = render(holder).getBytes(StandardCharsets.UTF_8);
        for (int tries = 0; ; tries++) {
            if (tryCreate(fs, file, content)) {
                return new OutputLock(fs, file, attempt, content);
            }
            Map<String, String> other = read(fs, file);
            String stale = other == null ? null : staleness(fs, file, other);
            if (other != null && stale == null || tries > 0) {
                throw new OutputLocked(target.toString(), file.toString(), other == null ? Map.of() : other);
            }
            if (other != null) {
                System.err.println("factfloor: taking over " + file + " from an interrupted run (" + stale + ")");
                fs.delete(file, false);
            }
        }
    }

    /** A random id of this attempt, unique among attempts on the same output: it names the staging directory. */
    String attempt() {
        return attempt;
    }

    /** Fails when another run took the lock over (this one stalled past the lease): it must not publish then. */
    void checkHeld() throws IOException {
        Map<String, String> now = read(fs, file);
        if (now == null || !attempt.equals(now.get("attempt"))) {
            throw new IOException("lost the lock " + file + " to another run (this run stalled for longer than "
                    + LEASE.toMinutes() + " minutes); its output was not published");
        }
    }

    /** Stops the heartbeat and removes the lock file if it is still this run's. */
    void release() {
        heartbeat.shutdownNow();
        try {
            Map<String, String> now = read(fs, file);
            if (now != null && attempt.equals(now.get("attempt"))) {
                fs.delete(file, false);
            }
        } catch (IOException e) {
            System.err.println("factfloor: could not remove the lock " + file + ": " + e.getMessage()
                    + "; the next run takes it over after " + LEASE.toMinutes() + " minutes");
        }
    }

    private void refresh() {
        try {
            Map<String, String> now = read(fs, file);
            if (now != null && attempt.equals(now.get("attempt"))) {
                try (OutputStream out = fs.create(file, true)) {
                    out.write(content);
                }
            }
        } catch (IOException e) {
            // The next heartbeat tries again; only LEASE of silence lets another run take over.
        }
    }

    private static boolean tryCreate(FileSystem fs, Path file, byte[] content) throws IOException {
        try (OutputStream out = fs.create(file, false)) {
            out.write(content);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            // HDFS reports a file another client is still creating as AlreadyBeingCreatedException; S3A may report a
            // failed conditional PUT under its own type. Either way the lock exists when the file does.
            if (fs.exists(file)) {
                return false;
            }
            throw e;
        }
    }

    /** Why a holder is certainly gone, or null while it may still be alive. */
    private static String staleness(FileSystem fs, Path file, Map<String, String> holder) throws IOException {
        if (host().equals(holder.get("host"))) {
            try {
                long pid = Long.parseLong(holder.getOrDefault("pid", ""));
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    return null;
                }
                return "process " + pid + " on this host is gone";
            } catch (NumberFormatException e) {
                // Not a lock this version wrote: fall back to its age.
            }
        }
        FileStatus status;
        try {
            status = fs.getFileStatus(file);
        } catch (FileNotFoundException e) {
            return "released meanwhile";
        }
        Duration age = Duration.ofMillis(System.currentTimeMillis() - status.getModificationTime());
        return age.compareTo(LEASE) > 0 ? "no heartbeat for " + age.toMinutes() + " minutes" : null;
    }

    /** The holder's fields, or null when the file vanished (its run finished) between create and read. */
    private static Map<String, String> read(FileSystem fs, Path file) throws IOException {
        String text;
        try (InputStream in = fs.open(file)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (FileNotFoundException e) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                fields.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return fields;
    }

    private static String render(Map<String, String> fields) {
        StringBuilder s = new StringBuilder();
        fields.forEach((k, v) -> s.append(k).append('=').append(v).append('\n'));
        return s.toString();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot name this host for the output lock: " + e.getMessage(), e);
        }
    }
}
