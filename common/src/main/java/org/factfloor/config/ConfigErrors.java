package org.factfloor.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigOrigin;

/**
 * The one way a configuration error is worded: the full key, where it was set (file and line, or "command line"),
 * the problem and its fix — {@code factfloor.domains.births.patterns[0] (my.conf, line 4): regex does not compile …}.
 */
final class ConfigErrors {
    private ConfigErrors() {
    }

    /** @param key the full key, from "factfloor." on */
    static ConfigError at(String key, ConfigOrigin origin, String problem) {
        return new ConfigError(key + " (" + where(origin) + "): " + problem);
    }

    /**
     * @param prefix the full key of {@code c}, e.g. "factfloor.input"
     * @param key    the key inside {@code c}
     */
    static ConfigError at(Config c, String prefix, String key, String problem) {
        return at(prefix + "." + key, c.getValue(key).origin(), problem);
    }

    /** File and line of a setting, as a user finds it; reference.conf inside the jar is named as such. */
    static String where(ConfigOrigin origin) {
        String file = origin.filename() != null ? origin.filename()
                : origin.resource() != null ? origin.resource() : null;
        if (file == null) {
            return origin.description();
        }
        return origin.lineNumber() > 0 ? file + ", line " + origin.lineNumber() : file;
    }
}
