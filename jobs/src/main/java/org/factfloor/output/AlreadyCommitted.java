package org.factfloor.output;

/**
 * The output already holds this very run (same corpus id, input files and config, hence the same run id): an
 * earlier attempt finished, perhaps killed just after publishing. Rerunning would write identical tables, so the
 * command succeeds without doing it (exit 0).
 */
public final class AlreadyCommitted extends RuntimeException {
    private final String output;

    AlreadyCommitted(String output, String runId) {
        super("output " + output + " already holds run " + runId + " (same corpus id, inputs and config); nothing"
                + " to do — pass --overwrite to compute it again");
        this.output = output;
    }

    public String output() {
        return output;
    }
}
