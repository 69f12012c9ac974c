package org.factfloor.cli;

import java.io.PrintStream;
import java.time.Duration;
import org.factfloor.job.ProgressDisplay;
import org.factfloor.job.ProgressSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How `run` shows its progress: a single redrawn line on a terminal in local mode; log lines every half minute
 * when the driver runs against a cluster (they end up in the YARN/Kubernetes/Airflow logs); nothing when a local
 * run's output is not a terminal, so scheduler logs are not filled with redraws.
 */
final class ConsoleProgress {
    enum Mode { LINE, LOG, QUIET }

    static final Duration LINE_REFRESH = Duration.ofSeconds(1);
    static final Duration LOG_INTERVAL = Duration.ofSeconds(30);

    private ConsoleProgress() {
    }

    /** @param master the session's master URL; local-cluster[…] runs real executors and counts as a cluster */
    static Mode mode(String master, boolean terminal) {
        boolean local = master.equals("local") || master.startsWith("local[");
        if (!local) {
            return Mode.LOG;
        }
        return terminal ? Mode.LINE : Mode.QUIET;
    }

    static ProgressDisplay display(Mode mode, PrintStream err) {
        return switch (mode) {
            case LINE -> new Line(err);
            case LOG -> new Log(LoggerFactory.getLogger("org.factfloor.progress"));
            case QUIET -> ProgressDisplay.NONE;
        };
    }

    /** Redraws one line in place: carriage return, the text, then erase to the end of the line (ANSI EL). */
    static final class Line implements ProgressDisplay {
        private final PrintStream err;

        Line(PrintStream err) {
            this.err = err;
        }

        @Override
        public Duration refresh() {
            return LINE_REFRESH;
        }

        @Override
        public void show(ProgressSnapshot progress) {
            err.print("\rreading " + progress.line() + "\u001b[K");
            err.flush();
        }

        /** Keeps the last line; says what comes next only when every file was read (else the run failed). */
        @Override
        public void done(ProgressSnapshot progress) {
            boolean complete = progress.filesDone() == progress.files();
            err.print("\r" + (complete ? "read " : "stopped reading: ") + progress.line() + "\u001b[K\n"
                    + (complete ? "counting, computing statistics and writing tables ...\n" : ""));
            err.flush();
        }
    }

    /** One log line per interval at most, and one when reading is done. */
    static final class Log implements ProgressDisplay {
        private final Logger log;
        private long lastNanos;

        Log(Logger log) {
            this.log = log;
        }

        @Override
        public Duration refresh() {
            return LOG_INTERVAL;
        }

        @Override
        public void show(ProgressSnapshot progress) {
            long now = System.nanoTime();
            if (lastNanos == 0 || now - lastNanos >= LOG_INTERVAL.toNanos() - LINE_REFRESH.toNanos()) {
                lastNanos = now;
                log.info("reading input: {}", progress.line());
            }
        }

        @Override
        public void done(ProgressSnapshot progress) {
            log.info("read input: {}", progress.line());
        }
    }
}
