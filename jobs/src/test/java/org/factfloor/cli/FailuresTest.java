package org.factfloor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.factfloor.config.ConfigError;
import org.factfloor.input.InputError;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Only mistakes a user can fix exit 2; an internal bug is a failed run (exit 1) and says how to see its trace. */
class FailuresTest {
    private final StringWriter err = new StringWriter();

    private int exitFor(Exception e) {
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(err, true));
        return new Failures().handleExecutionException(e, cli, cli.parseArgs("report", "--output", "out"));
    }

    @Test
    void userErrorsExitTwo() {
        assertEquals(2, exitFor(new ConfigError("factfloor.count-unit (my.conf, line 1): must be documents")));
        assertEquals(2, exitFor(new InputError("input x does not exist")));
        assertEquals("factfloor: error: factfloor.count-unit (my.conf, line 1): must be documents\n"
                + "factfloor: error: input x does not exist\n", err.toString());
    }

    @Test
    void anIllegalArgumentFromInsideIsAFailedRunNotAUsageError() {
        assertEquals(1, exitFor(new IllegalArgumentException("spectrum count n_r must be >= 0, got -1 at r=2")));
        assertEquals("factfloor: run failed: spectrum count n_r must be >= 0, got -1 at r=2\n"
                + "factfloor: rerun with --verbose for the stack trace\n", err.toString());
    }
}
