package org.factfloor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.job.MixJob;
import org.factfloor.job.MixOptions;
import org.factfloor.job.MixResult;
import org.factfloor.job.MixSource;
import org.factfloor.input.InputError;
import org.factfloor.output.AlreadyCommitted;
import org.factfloor.output.MixReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `factfloor mix`: the expected statistics and floors of a weighted mixture of committed outputs. */
@Command(name = "mix", mixinStandardHelpOptions = true,
        description = "Predict the spectrum, singleton rate and floors of a training mixture of committed outputs"
                + " (one per source) before anyone trains on it: each document of a source is kept with probability"
                + " equal to its weight.")
final class MixCommand implements Callable<Integer> {
    @Option(names = {"-i", "--input"}, required = true, paramLabel = "RUN_DIR=WEIGHT",
            description = "A committed output of run or merge and its weight in [0, 1] (each document kept with"
                    + " that probability); repeat for each source.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Where the mixture goes.")
    String output;

    @Option(names = "--corpus-id", description = "Name of the mixture. Default: the output directory's name.")
    String corpusId;

    @Option(names = "--overwrite", description = "Replace an existing --output directory.")
    boolean overwrite;

    @Option(names = "--epochs", paramLabel = "RUN_DIR=K", description = "Refused: repeating documents is not fresh"
            + " data (see the error it gives).")
    List<String> epochs = new ArrayList<>();

    @Mixin
    ConfigOptions configuration = new ConfigOptions();

    @Mixin
    CountingOptions counting = new CountingOptions();

    @Mixin
    SparkOptions sparkOptions = new SparkOptions();

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() {
        if (!epochs.isEmpty()) {
            throw new InputError("--epochs " + epochs.get(0) + ": " + MixSource.REPEATS_ARE_NOT_EVIDENCE);
        }
        List<MixSource> sources = inputs.stream().map(MixSource::parse).toList();
        FactfloorConfig loaded = configuration.load(counting.flags());
        SparkSession spark = sparkOptions.start("factfloor mix", loaded);
        try {
            try {
                print(new MixJob(spark, loaded).mix(new MixOptions(sources, output, corpusId, overwrite)),
                        spark.sparkContext().hadoopConfiguration());
            } catch (AlreadyCommitted done) {
                System.out.println("factfloor: " + done.getMessage());
            }
            return ExitCodes.OK;
        } finally {
            spark.stop();
        }
    }

    private static void print(MixResult result, Configuration hadoop) {
        System.out.print(MixReport.table(result.output(), hadoop));
        System.out.println();
        System.out.println("output:  " + result.output());
        System.out.println("report:  " + result.output() + "/report.html (and report.md)");
    }
}
