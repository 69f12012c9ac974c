package org.factfloor.cli;

/** DESIGN §4: 0 success, 1 the run failed, 2 bad usage, config or input named by the user. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
