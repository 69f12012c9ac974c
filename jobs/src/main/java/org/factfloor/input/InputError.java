package org.factfloor.input;

import org.factfloor.UserError;

/** An input the user named cannot be used (missing path, unknown format); maps to exit code 2. */
public final class InputError extends UserError {
    public InputError(String message) {
        super(message);
    }
}
