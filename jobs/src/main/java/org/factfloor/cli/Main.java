package org.factfloor.cli;

import java.util.concurrent.Callable;
import org.factfloor.job.Versions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one entry point (DESIGN §4), under `java -cp`/deploy/factfloor (local mode) and `spark-submit --class`.
 * Exit codes: 0 success, 1 run failed, 2 bad usage, config or input.
 */
@Command(name = "factfloor", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Fact frequency spectra and hallucination floors for language-model training corpora.",
        subcommands = {RunCommand.class, ValidateCommand.class, MergeCommand.class, MixCommand.class,
                ReportCommand.class, EstimateCommand.class, PredictCommand.class, EvaluateCommand.class,
                GenerateCommand.class})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code, without exiting (for tests and wrappers). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new Failures());
        cli.setParameterExceptionHandler(new Failures());
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.err);
        return ExitCodes.USAGE;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"factfloor " + Versions.factfloor()};
        }
    }
}
