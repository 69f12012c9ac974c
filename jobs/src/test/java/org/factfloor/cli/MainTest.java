package org.factfloor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of the command line (DESIGN §4): 0 success, 1 failure, 2 usage/config/input. */
class MainTest {

    /** Runs a command line with stderr captured in {@code err}; the exit code. */
    static int exit(ByteArrayOutputStream err, String... args) {
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true));
        try {
            return Main.execute(args);
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void noCommandIsUsageError() {
        assertEquals(2, exit(new ByteArrayOutputStream()));
    }

    @Test
    void unknownOptionIsUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, exit(err, "run", "--no-such-option"));
        assertTrue(err.toString().contains("--no-such-option"), err.toString());
    }

    @Test
    void missingConfigFileIsOneLineNamingTheFile(@TempDir Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, exit(err, "run", "--config", dir.resolve("nope.conf").toString()));
        assertTrue(err.toString().startsWith("factfloor: error: config file ") && err.toString().contains("nope.conf"),
                err.toString());
        assertEquals(1, err.toString().lines().count(), "one line, no stack trace");
    }

    @Test
    void generateTakesBytesWithSuffixes(@TempDir Path dir) throws Exception {
        assertEquals(0, Main.execute("generate", "--output", dir.toString(), "--bytes", "64K", "--shards", "2"));
        assertTrue(Files.exists(dir.resolve("corpus/part-00001.jsonl.gz")));
        assertTrue(Files.exists(dir.resolve("ground-truth/factoids.tsv")));
        assertEquals(3L << 20, GenerateCommand.parseBytes("3M"));
        assertEquals(1234, GenerateCommand.parseBytes("1234"));
    }

    @Test
    void generateRejectsABadSize(@TempDir Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, exit(err, "generate", "--output", dir.toString(), "--bytes", "lots"));
        assertTrue(err.toString().contains("--bytes must be a positive number"), err.toString());
    }
}
