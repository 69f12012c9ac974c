package org.factfloor.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the configuration layers, lowest first (DESIGN §3): the jar's reference.conf, the given files (the
 * cluster config, then --config), -Dfactfloor.* system properties, then command-line overrides.
 *
 * @param reference reference.conf alone, which declares every key outside domains and fragments
 * @param layers    every layer below the overrides, lowest first, each parsed on its own (for warnings that
 *                  compare layers)
 * @param files     the files layered over reference.conf, lowest first
 * @param merged    all layers merged and resolved
 */
record ConfigLoader(Config reference, List<Config> layers, List<File> files, Config merged) {

    static ConfigLoader load(List<File> files, Map<String, Object> overrides) {
        // Not defaultReference(): it already folds in system properties, so a mistyped -Dfactfloor.key would pass the
        // unknown-key check as if reference.conf declared it.
        Config reference = ConfigFactory.parseResources(ConfigLoader.class.getClassLoader(), "reference.conf");
        List<Config> layers = new ArrayList<>(List.of(reference));
        for (File file : files) {
            if (!file.isFile()) {
                throw new ConfigError("config file " + file + " does not exist or is not a file; pass an existing"
                        + " HOCON file to --config");
            }
            try {
                layers.add(ConfigFactory.parseFile(file, ConfigParseOptions.defaults().setAllowMissing(false)));
            } catch (ConfigException e) {
                throw new ConfigError("cannot parse " + file + ": " + e.getMessage(), e);
            }
        }
        layers.add(ConfigFactory.systemProperties().withOnlyPath("factfloor"));
        Config merged = ConfigFactory.parseMap(overrides, "command line");
        for (int i = layers.size() - 1; i >= 0; i--) {
            merged = merged.withFallback(layers.get(i));
        }
        try {
            return new ConfigLoader(reference, List.copyOf(layers), List.copyOf(files), merged.resolve());
        } catch (ConfigException e) {
            throw new ConfigError(e.getMessage(), e);
        }
    }
}
