package org.factfloor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `factfloor report` errors, and mistyped options of any command: one line naming the problem and the fix. */
class ReportCommandTest {

    private static String err(int expectedExit, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true));
        try {
            assertEquals(expectedExit, Main.execute(args));
        } finally {
            System.setErr(saved);
        }
        assertEquals(1, err.toString().lines().count(), "one line, no stack trace or usage: " + err);
        return err.toString().strip();
    }

    @Test
    void aMissingOutputIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nope");
        assertEquals("factfloor: error: output " + missing + " does not exist; pass the --output directory of a"
                + " finished factfloor run", err(2, "report", "--output", missing.toString()));
    }

    @Test
    void aDirectoryWithoutSuccessIsNotAFinishedRun(@TempDir Path dir) {
        assertEquals("factfloor: error: " + dir + " has no _SUCCESS: it is not a finished factfloor output (its run"
                + " failed or is still running); run it again with --overwrite", err(2, "report", "--output",
                dir.toString()));
    }

    @Test
    void aMissingRequiredOptionPointsToHelp() {
        assertEquals("factfloor: error: Missing required option: '--output=DIR'; see `factfloor report --help`",
                err(2, "report"));
    }

    @Test
    void aMistypedOptionGetsASuggestion() {
        assertEquals("factfloor: error: Unknown options: '--ouput', 'x' (did you mean --output?); see `factfloor run"
                + " --help`", err(2, "run", "--ouput", "x"));
    }
}
