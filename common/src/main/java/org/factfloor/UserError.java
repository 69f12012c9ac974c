package org.factfloor;

/**
 * A mistake the user can fix — a flag, a config key, an input path or file, an existing output — with a message
 * that names it and the fix. The command line maps exactly these to exit code 2; any other exception is a failed
 * run (exit 1), so an internal bug never looks like a user error.
 */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
