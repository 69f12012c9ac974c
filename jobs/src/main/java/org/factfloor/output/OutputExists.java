package org.factfloor.output;

/** The output directory holds a committed run and --overwrite was not given; maps to exit code 2. */
public final class OutputExists extends RuntimeException {
    public OutputExists(String path) {
        super("output " + path + " already exists; pass --overwrite to replace it, or choose another --output");
    }
}
