package org.factfloor.extract;

import org.factfloor.UserError;

/** A fact table that cannot be used, with a message naming the file (and line), the problem and the fix. */
public final class FactTableError extends UserError {
    public FactTableError(String message) {
        super(message);
    }

    public FactTableError(String message, Throwable cause) {
        super(message, cause);
    }
}
