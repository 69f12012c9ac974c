package org.factfloor.job;

import java.util.Locale;
import java.util.OptionalLong;
import org.factfloor.output.Units;

/**
 * Where the reading of a run's input files stands. Files are the unit of work (one Spark task each), so bytes
 * advance by whole files.
 *
 * @param elapsedNanos time since the first file task was submitted
 */
public record ProgressSnapshot(int filesDone, int filesRunning, int files, long bytesDone, long bytes,
                               long elapsedNanos) {

    /** Input bytes (as stored, compressed or not) per second so far. */
    public double megabytesPerSecond() {
        return elapsedNanos <= 0 ? 0 : bytesDone / 1e6 / (elapsedNanos / 1e9);
    }

    /** Seconds left at the rate so far; empty until the first file is done, when there is no rate yet. */
    public OptionalLong etaSeconds() {
        if (bytesDone == 0 || elapsedNanos <= 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.round((bytes - bytesDone) * (elapsedNanos / 1e9) / bytesDone));
    }

    /** "files 5/16 (2 running), 640.0 MB of 2.0 GB (31%), 21.3 MB/s, 30 s elapsed, ETA 1 min 10 s". */
    public String line() {
        String head = String.format(Locale.ROOT, "files %d/%d%s, %s of %s (%d%%), %.1f MB/s, ", filesDone, files,
                filesDone == files || filesRunning == 0 ? "" : " (" + filesRunning + " running)",
                Units.bytes(bytesDone), Units.bytes(bytes), bytes == 0 ? 100 : Math.round(100.0 * bytesDone / bytes),
                megabytesPerSecond());
        if (filesDone == files) {
            return head + "done in " + Units.duration(elapsedNanos / 1e9);
        }
        OptionalLong eta = etaSeconds();
        return head + Units.duration(elapsedNanos / 1e9) + " elapsed, "
                + (eta.isPresent() ? "ETA " + Units.duration(eta.getAsLong()) : "ETA after the first file");
    }
}
