package org.factfloor.output;

import org.factfloor.UserError;

/** The output directory holds a committed run and --overwrite was not given; maps to exit code 2. */
public final class OutputExists extends UserError {
    public OutputExists(String path) {
        super("output " + path + " already exists; pass --overwrite to replace it, or choose another --output");
    }
}
