package org.factfloor.output;

/**
 * Named moments of a run (reading, the shuffle, the Parquet writes, each step of publishing) where a run can be
 * told to stop and wait, so that a test kills it exactly there rather than after a guessed delay. Set the
 * environment variable {@value #VARIABLE} to one name; the run prints one line naming it to stderr and then
 * sleeps until it is killed. An environment variable rather than a -D property: executors in local mode share it,
 * and -Dfactfloor.* keys are configuration, which rejects unknown names.
 */
public final class PausePoints {
    public static final String VARIABLE = "FACTFLOOR_PAUSE_AT";
    /** The line a test waits for before it sends SIGKILL. */
    public static final String MARKER = "factfloor: paused at ";

    private static final String CHOSEN = System.getenv(VARIABLE);

    private PausePoints() {
    }

    public static void reach(String name) {
        if (!name.equals(CHOSEN)) {
            return;
        }
        System.err.println(MARKER + name);
        System.err.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // Spark interrupts tasks it cancels; the point of the pause is to be killed, not to go on.
            }
        }
    }
}
