package org.factfloor.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-writer rules of an output directory on the local file system: lock, takeover, conditional publish. */
class RunOutputTest {
    private static final Configuration HADOOP = new Configuration();
    private static final String RUN = "0123456789abcdef";

    @TempDir
    Path dir;

    @Test
    void aSecondWriterIsRefusedWhileTheFirstHoldsTheOutput() throws IOException {
        Path out = dir.resolve("out");
        RunOutput first = RunOutput.prepare(out.toString(), false, RUN, HADOOP);
        OutputLocked second = assertThrows(OutputLocked.class, () -> RunOutput.prepare(out.toString(), false, RUN,
                HADOOP));
        String host = InetAddress.getLocalHost().getHostName();
        assertTrue(second.getMessage().startsWith("output file:" + out + " is being written by another factfloor run"
                + " (pid " + ProcessHandle.current().pid() + " on " + host + " since "), second.getMessage());
        assertTrue(second.getMessage().endsWith(", lock file:" + dir + "/.out.lock); wait for it to finish and"
                + " rerun, or choose another --output"), second.getMessage());
        first.writeText("report.md", "# done\n");
        first.commit();
        assertEquals("# done\n", Files.readString(out.resolve("report.md")));
        assertTrue(Files.exists(out.resolve(RunOutput.SUCCESS)));
        assertEquals(List.of("out"), names(), "the lock went with the commit");
        assertThrows(OutputExists.class, () -> RunOutput.prepare(out.toString(), false, RUN, HADOOP));
    }

    @Test
    void theLockOfAProcessThatIsGoneIsTakenOver() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Files.writeString(dir.resolve(".out.lock"), "attempt=deadbeef\nhost=" + InetAddress.getLocalHost()
                .getHostName() + "\npid=" + finished.pid() + "\nstarted=2026-12-01T00:00:00Z\n");
        RunOutput output = RunOutput.prepare(dir.resolve("out").toString(), false, RUN, HADOOP);
        assertTrue(Files.readString(dir.resolve(".out.lock")).contains("\npid=" + ProcessHandle.current().pid() + "\n"));
        output.abort();
        assertEquals(List.of(), names(), "abort removes the staging directory and the lock");
    }

    @Test
    void aReadModifyWriteDoesNotPublishOverAVersionItDidNotRead() throws IOException {
        Path out = committed("out", "run-now");
        RunOutput stale = RunOutput.prepareReplacing(out.toString(), "run-read", RUN, HADOOP);
        stale.writeText("_MANIFEST.json", "{\"run_id\" : \"" + RUN + "\"}\n");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, stale::commit);
        assertTrue(e.getMessage().endsWith("changed while this run was working (it now holds run run-now, this run"
                + " started from run-read); rerun it to add to the new version"), e.getMessage());
        stale.abort();
        assertTrue(Files.readString(out.resolve("_MANIFEST.json")).contains("run-now"), "the newer version stays");
        assertEquals(List.of("out"), names());

        RunOutput current = RunOutput.prepareReplacing(out.toString(), "run-now", RUN, HADOOP);
        current.writeText("_MANIFEST.json", "{\"run_id\" : \"" + RUN + "\"}\n");
        current.commit();
        assertTrue(Files.readString(out.resolve("_MANIFEST.json")).contains(RUN));
        assertEquals(List.of("out"), names(), "the replaced version was deleted after the publish");
    }

    @Test
    void aCompleteStagingDirectoryOfAKilledRunIsPublishedAndPartialOnesAreRemoved() throws IOException {
        committed(".out.staging-" + RUN + "-killed1", RUN);
        Files.createDirectories(dir.resolve(".out.staging-" + RUN + "-killed2/factoids"));
        AlreadyCommitted done = assertThrows(AlreadyCommitted.class, () -> RunOutput.prepare(
                dir.resolve("out").toString(), false, RUN, HADOOP));
        assertEquals("output file:" + dir.resolve("out") + " already holds run " + RUN + " (same corpus id, inputs and"
                + " config); nothing to do — pass --overwrite to compute it again", done.getMessage());
        assertTrue(Files.exists(dir.resolve("out").resolve(RunOutput.SUCCESS)));
        assertEquals(List.of("out"), names());
    }

    @Test
    void anOutputThatAppearedDuringTheRunIsNotReplacedWithoutOverwrite() throws IOException {
        Path out = dir.resolve("out");
        RunOutput output = RunOutput.prepare(out.toString(), false, RUN, HADOOP);
        output.writeText("_MANIFEST.json", "{\"run_id\" : \"" + RUN + "\"}\n");
        Files.createDirectories(out); // appears meanwhile, without --overwrite: publishing must not replace it
        assertThrows(OutputExists.class, output::commit);
        output.abort();
        assertFalse(Files.exists(Path.of(output.stagingDirectory().substring("file:".length()))),
                "nothing was published yet, so the staging directory goes");
    }

    private Path committed(String name, String runId) throws IOException {
        Path d = Files.createDirectories(dir.resolve(name));
        Files.writeString(d.resolve("_MANIFEST.json"), "{\"run_id\" : \"" + runId + "\"}\n");
        Files.writeString(d.resolve(RunOutput.SUCCESS), "");
        return d;
    }

    /** Everything in the test directory except Hadoop's checksum files. */
    private List<String> names() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".crc")).sorted().toList();
        }
    }
}
