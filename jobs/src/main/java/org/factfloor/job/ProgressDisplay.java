package org.factfloor.job;

import java.time.Duration;

/** Shows a run's input progress; calls come from Spark's listener thread and a timer, one at a time. */
public interface ProgressDisplay {
    /** Shows nothing: for tests, libraries and runs whose output goes to a log file. */
    ProgressDisplay NONE = new ProgressDisplay() {
        @Override
        public Duration refresh() {
            return Duration.ZERO;
        }

        @Override
        public void show(ProgressSnapshot progress) {
        }

        @Override
        public void done(ProgressSnapshot progress) {
        }
    };

    /** How often to call {@link #show} while files are read, besides once per finished file; zero for never. */
    Duration refresh();

    void show(ProgressSnapshot progress);

    /** Called once: when every file is read, or when the run ends first (it failed). */
    void done(ProgressSnapshot progress);
}
