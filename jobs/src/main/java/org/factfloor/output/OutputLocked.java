package org.factfloor.output;

import java.util.Map;
import org.factfloor.UserError;

/** Another live run is writing the same output; maps to exit code 2 (wait for it, or choose another output). */
public final class OutputLocked extends UserError {
    OutputLocked(String target, String lock, Map<String, String> holder) {
        super("output " + target + " is being written by another factfloor run (" + describe(holder) + ", lock "
                + lock + "); wait for it to finish and rerun, or choose another --output");
    }

    private static String describe(Map<String, String> holder) {
        if (holder.isEmpty()) {
            return "it is just starting";
        }
        return "pid " + holder.getOrDefault("pid", "?") + " on " + holder.getOrDefault("host", "?") + " since "
                + holder.getOrDefault("started", "?");
    }
}
