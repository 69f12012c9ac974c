package org.factfloor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factfloor.job.MergeOptions;
import org.factfloor.output.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs src/test/python/check_dag.py on deploy/airflow/factfloor_dag.py (compile, structure, execution against a
 * stand-in for airflow) and parses every factfloor command line the DAG renders with factfloor's own parser. Needs
 * python3 with Jinja2 on the PATH.
 */
class AirflowDagCheckTest {
    private static final Path JOBS = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    private static final Path CHECK = JOBS.resolve("src/test/python/check_dag.py");
    private static final Path DAG = JOBS.resolve("../deploy/airflow/factfloor_dag.py").normalize();

    @TempDir
    Path dir;

    @Test
    void theDagPassesItsOfflineCheckAndRendersCommandLinesFactfloorAccepts() throws Exception {
        Path emitted = dir.resolve("rendered.jsonl");
        Result check = python("--emit", emitted.toString());
        assertEquals(0, check.exit(), check.output());
        assertTrue(check.output().contains("command lines rendered as expected"), check.output());

        List<String> lines = Files.readAllLines(emitted, StandardCharsets.UTF_8);
        assertEquals(2 * 3 * 2, lines.size(), "two layouts × three kinds of DAG run × two Spark tasks");
        for (String line : lines) {
            Map<String, Object> rendered = Manifest.parse(line);
            List<String> args = strings(rendered.get("factfloor_args"));
            CommandLine.ParseResult parsed = new CommandLine(new Main()).parseArgs(args.toArray(String[]::new));
            CommandLine.ParseResult sub = parsed.subcommand();
            assertNotNull(sub, line);
            Object command = sub.commandSpec().userObject();
            if (rendered.get("task").equals("count_drop")) {
                RunCommand run = (RunCommand) command;
                assertEquals(1, run.input.inputs.size(), line);
                assertTrue(run.overwrite && run.output.endsWith("/runs/" + run.corpusId), line);
            } else {
                MergeCommand merge = (MergeCommand) command;
                MergeOptions options = new MergeOptions(merge.inputs, merge.output, merge.into, merge.corpusId,
                        merge.overwrite, merge.skipAlreadyMerged);
                assertTrue(options.skipAlreadyMerged() && options.into().endsWith("/cumulative"), line);
            }
            List<String> wrapper = strings(rendered.get("wrapper_command"));
            assertEquals(args, wrapper.subList(wrapper.size() - args.size(), wrapper.size()), line);
        }
    }

    @Test
    void theCheckFailsOnADagWhoseSensorWouldHoldAWorkerSlot() throws Exception {
        Path broken = dir.resolve("factfloor_dag.py");
        Files.writeString(broken, Files.readString(DAG)
                .replace("mode=\"reschedule\"", "mode=\"poke\""));
        Result check = python("--dag", broken.toString());
        assertEquals(1, check.exit(), check.output());
        assertTrue(check.output().contains("task wait_for_drop: sensor is not in reschedule mode"), check.output());
    }

    private record Result(int exit, String output) {
    }

    private static Result python(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", CHECK.toString()));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("the DAG check needs python3 (with Jinja2) on the PATH: " + e.getMessage(), e);
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), output);
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String.class::cast).toList();
    }
}
