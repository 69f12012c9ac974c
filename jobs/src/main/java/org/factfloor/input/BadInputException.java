package org.factfloor.input;

/** Raised under --fail-fast for the first bad record: names the file, the location and the reason. */
public final class BadInputException extends RuntimeException {
    public BadInputException(String path, String location, String reason) {
        super(reason + " in " + path + " at " + location
                + " (run without --fail-fast to skip and count bad records instead)");
    }
}
