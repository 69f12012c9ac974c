package org.factfloor.cli;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factfloor.config.FactfloorConfig;
import picocli.CommandLine.Option;

/**
 * The options that decide how factoids are counted. `merge` takes the same ones as the runs it merges, because
 * counts only add up when they were made the same way (the config digest must match).
 */
final class CountingOptions {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "HOCON file layered over the defaults.")
    File config;

    @Option(names = "--domains", split = ",", paramLabel = "NAME", description = "Only these domains (comma list).")
    List<String> domains = new ArrayList<>();

    @Option(names = "--count-unit", description = "documents (default) or mentions.")
    String countUnit;

    @Option(names = "--confidence", description = "1 − γ for bounds and intervals (default 0.99).")
    Double confidence;

    @Option(names = "--format", description = "Input format the runs used: auto (default), jsonl or text.")
    String format;

    FactfloorConfig load() {
        Map<String, Object> o = new HashMap<>();
        if (countUnit != null) {
            o.put("factfloor.count-unit", countUnit);
        }
        if (confidence != null) {
            o.put("factfloor.confidence", confidence);
        }
        if (format != null) {
            o.put("factfloor.input.format", format);
        }
        return FactfloorConfig.load(config, o, domains);
    }
}
