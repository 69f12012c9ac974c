package org.factfloor.config;

import org.factfloor.UserError;

/** A configuration mistake, with a message that names the key, the file and the fix. Maps to exit code 2. */
public final class ConfigError extends UserError {
    public ConfigError(String message) {
        super(message);
    }

    public ConfigError(String message, Throwable cause) {
        super(message, cause);
    }
}
