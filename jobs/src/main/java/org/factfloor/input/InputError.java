package org.factfloor.input;

/** An input the user named cannot be used (missing path, unknown format); maps to exit code 2. */
public final class InputError extends RuntimeException {
    public InputError(String message) {
        super(message);
    }
}
