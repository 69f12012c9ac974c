package org.factfloor.cli;

import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The flags that decide how factoids are counted, shared by `run`, `merge` and `validate`: counts only add up when
 * they were made the same way (merge checks the config digest), and validate checks what run will count.
 */
final class CountingOptions {
    @Option(names = "--count-unit", description = "documents (default) or mentions.")
    String countUnit;

    @Option(names = "--confidence", description = "1 − γ for bounds and intervals (default 0.99).")
    Double confidence;

    /** The flags given, as config overrides to which a command adds its own. */
    Map<String, Object> flags() {
        Map<String, Object> overrides = new HashMap<>();
        if (countUnit != null) {
            overrides.put("factfloor.count-unit", countUnit);
        }
        if (confidence != null) {
            overrides.put("factfloor.confidence", confidence);
        }
        return overrides;
    }
}
