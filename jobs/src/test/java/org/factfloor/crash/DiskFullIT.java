package org.factfloor.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.factfloor.sample.CorpusGenerator;
import org.factfloor.sample.GeneratorOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A run whose output disk fills up: a 64 KB tmpfs mounted for the test (root only, as CI runs; skipped
 * elsewhere) holds the output directory. The run exits 1 with one line naming the full directory and the fix, and
 * leaves nothing on that disk.
 */
@Tag("cluster")
class DiskFullIT {
    private static final Path DIR = FactfloorProcess.HOME.resolve("jobs/target/disk-full-it");
    private static final Path SMALL = DIR.resolve("small-disk");
    private static boolean mounted;

    @BeforeAll
    static void mountASmallDisk() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a tmpfs needs root");
        umount();
        Files.createDirectories(SMALL);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", SMALL.toString())
                .redirectErrorStream(true).start();
        String said = new String(mount.getInputStream().readAllBytes());
        assumeTrue(mount.waitFor() == 0, "cannot mount a tmpfs here: " + said);
        mounted = true;
        new CorpusGenerator(new GeneratorOptions(DIR.resolve("gen"), 1000, 0, 2, 7, true)).generate();
    }

    @AfterAll
    static void umount() throws Exception {
        new ProcessBuilder("umount", SMALL.toString()).redirectErrorStream(true).start().waitFor();
        mounted = false;
    }

    @Test
    void aRunWhoseOutputDiskFillsUpFailsWithOneLineAndLeavesNothing() throws Exception {
        assumeTrue(mounted);
        Path output = SMALL.resolve("result");
        FactfloorProcess run = FactfloorProcess.run(DIR, "run", "--input", DIR.resolve("gen/corpus").toString(),
                "--output", output.toString(), "--corpus-id", "full");
        assertEquals(1, run.exitCode(), run.output());
        List<String> messages = run.messages();
        assertEquals(1, messages.size(), run.output());
        assertTrue(messages.get(0).startsWith("factfloor: run failed: no space left on the device of " + SMALL + " ("),
                messages.get(0));
        assertTrue(messages.get(0).endsWith(" KB free); free space there or choose another --output, then rerun"),
                messages.get(0));
        try (Stream<Path> left = Files.list(SMALL)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).toList(),
                    "no output, staging directory or lock is left on the full disk");
        }
    }
}
