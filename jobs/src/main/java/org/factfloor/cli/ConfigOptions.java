package org.factfloor.cli;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factfloor.config.FactfloorConfig;
import picocli.CommandLine.Option;

/**
 * The one configuration path of every command that reads the configuration (DESIGN §3): reference.conf, the
 * cluster config when submitted to a cluster ({@link ConfigFiles}), --config, -Dfactfloor.* and the command's
 * flags, always in this order, so `validate` checks the configuration `run` will use and `merge` counts the way
 * the runs it merges did.
 */
final class ConfigOptions {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "HOCON file layered over the defaults.")
    File config;

    @Option(names = "--domains", split = ",", paramLabel = "NAME", description = "Only these domains (comma list).")
    List<String> domains = new ArrayList<>();

    /** @param flags the command's flags as HOCON paths (e.g. "factfloor.count-unit"), the top layer */
    FactfloorConfig load(Map<String, Object> flags) {
        return FactfloorConfig.loadLayered(ConfigFiles.layers(config), flags, domains);
    }

    /** The layers as `validate` shows them, lowest first. */
    String describe() {
        List<String> layers = new ArrayList<>(List.of("reference.conf"));
        ConfigFiles.layers(config).forEach(f -> layers.add(f.getPath()));
        return String.join(" < ", layers);
    }
}
