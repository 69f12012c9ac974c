package org.factfloor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.factfloor.job.ProgressDisplay;
import org.factfloor.job.ProgressSnapshot;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    @Test
    void aLocalRunOnATerminalRedrawsOneLine() {
        assertEquals(ConsoleProgress.Mode.LINE, ConsoleProgress.mode("local[*]", true));
        assertEquals(ConsoleProgress.Mode.LINE, ConsoleProgress.mode("local", true));
    }

    @Test
    void aLocalRunWithoutATerminalIsQuiet() {
        assertEquals(ConsoleProgress.Mode.QUIET, ConsoleProgress.mode("local[2]", false));
        assertSame(ProgressDisplay.NONE, ConsoleProgress.display(ConsoleProgress.Mode.QUIET, System.err));
    }

    @Test
    void aClusterRunLogsWhetherOrNotThereIsATerminal() {
        assertEquals(ConsoleProgress.Mode.LOG, ConsoleProgress.mode("yarn", true));
        assertEquals(ConsoleProgress.Mode.LOG, ConsoleProgress.mode("spark://127.0.0.1:7077", false));
        assertEquals(ConsoleProgress.Mode.LOG, ConsoleProgress.mode("local-cluster[2,1,1024]", true));
    }

    @Test
    void theLineIsRedrawnInPlaceAndEndsWithANewlineWhenReadingIsDone() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressDisplay line = ConsoleProgress.display(ConsoleProgress.Mode.LINE,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        line.show(new ProgressSnapshot(1, 1, 2, 1000, 2000, 1_000_000_000L));
        line.done(new ProgressSnapshot(2, 0, 2, 2000, 2000, 2_000_000_000L));
        assertEquals("\rreading files 1/2 (1 running), 1.0 kB of 2.0 kB (50%), 0.0 MB/s, 1 s elapsed, ETA 1 s\u001b[K"
                        + "\rread files 2/2, 2.0 kB of 2.0 kB (100%), 0.0 MB/s, done in 2 s\u001b[K\n"
                        + "counting, computing statistics and writing tables ...\n",
                bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aRunThatStopsReadingSaysSoAndPromisesNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgress.display(ConsoleProgress.Mode.LINE, new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .done(new ProgressSnapshot(1, 0, 2, 1000, 2000, 1_000_000_000L));
        assertEquals("\rstopped reading: files 1/2, 1.0 kB of 2.0 kB (50%), 0.0 MB/s, 1 s elapsed, ETA 1 s\u001b[K\n",
                bytes.toString(StandardCharsets.UTF_8));
    }
}
