package org.factfloor.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.job.MergeJob;
import org.factfloor.job.MergeOptions;
import org.factfloor.job.ProgressDisplay;
import org.factfloor.job.RunJob;
import org.factfloor.job.RunOptions;
import org.factfloor.job.RunResult;
import org.factfloor.output.AlreadyCommitted;
import org.factfloor.sample.BernoulliSample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `factfloor run`: extract, count, summarise, report; commits one output directory atomically. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Count every factoid of every domain in a corpus and compute singleton rates and floors.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Output directory. Default: factfloor-output/<corpus-id>.")
    String output;

    @Option(names = "--corpus-id", description = "Name of this corpus in the outputs. Default: from the input path.")
    String corpusId;

    @Mixin
    ConfigOptions configuration = new ConfigOptions();

    @Mixin
    CountingOptions counting = new CountingOptions();

    @Option(names = "--overwrite", description = "Replace an existing output directory.")
    boolean overwrite;

    @Option(names = "--fail-fast", description = "Stop at the first bad record instead of skipping and counting it.")
    boolean failFast;

    @Option(names = "--quarantine", description = "Copy bad records (first 4 KB, with reason and location) to"
            + " quarantine/ in the output.")
    boolean quarantine;

    @Option(names = "--max-bad-fraction", paramLabel = "F", defaultValue = "1",
            description = "Fail the run when more than this share of any input file is bad (default 1: never).")
    double maxBadFraction;

    @Option(names = "--sample", paramLabel = "FRACTION",
            description = "Read a deterministic Bernoulli sample of this share of the corpus (0.05 = 5%%) and predict"
                    + " the full corpus's statistics with intervals (prediction/, summary.json).")
    Double sample;

    @Option(names = "--sample-by", paramLabel = "documents|files", defaultValue = "documents",
            description = "What one sampling decision keeps: documents (every file is read, the kept documents"
                    + " extracted) or whole files (dropped files are never opened: cheaper, wider intervals)."
                    + " Default: ${DEFAULT-VALUE}.")
    String sampleBy;

    @Option(names = "--sample-seed", paramLabel = "S", defaultValue = "0",
            description = "Seed of the sample's hash; the same seed keeps the same documents or files (default"
                    + " ${DEFAULT-VALUE}).")
    long sampleSeed;

    @Option(names = "--merge-into", paramLabel = "CUMULATIVE_DIR",
            description = "After the run, add it to these cumulative statistics (see merge --into).")
    String mergeInto;

    @Mixin
    SparkOptions sparkOptions = new SparkOptions();

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() {
        Map<String, Object> flags = counting.flags();
        input.addOverrides(flags);
        FactfloorConfig loaded = configuration.load(flags);
        SparkSession spark = sparkOptions.start("factfloor run", loaded);
        try {
            List<String> in = input.paths(spark.sparkContext().hadoopConfiguration());
            String id = corpusId != null ? corpusId : Defaults.corpusId(in.get(0));
            String out = output != null ? output : Path.of("factfloor-output", id).toString();
            if (mergeInto != null) {
                new MergeJob(spark, loaded).checkCanAdd(mergeInto, id);
            }
            ProgressDisplay progress = ConsoleProgress.display(
                    ConsoleProgress.mode(spark.sparkContext().master(), System.console() != null), System.err);
            String published;
            try {
                RunResult result = new RunJob(spark, loaded, progress).run(new RunOptions(in, out, id, overwrite,
                        failFast, quarantine, maxBadFraction, sample()));
                print(result);
                published = result.output();
            } catch (AlreadyCommitted done) { // a retry after an attempt that published: the same tables are there
                System.out.println("factfloor: " + done.getMessage());
                published = done.output();
            } catch (Exception e) { // also Spark's SparkException, which Scala throws undeclared
                if (OutOfSpace.causedBy(e)) {
                    throw OutOfSpace.explain(e, out, OutOfSpace.scratch(spark));
                }
                throw e;
            }
            if (mergeInto != null) {
                System.out.println();
                MergeCommand.print(new MergeJob(spark, loaded).merge(
                        new MergeOptions(List.of(published), null, mergeInto, null, false, false)));
            }
            return ExitCodes.OK;
        } finally {
            spark.stop();
        }
    }

    private BernoulliSample sample() {
        return sample == null ? null : new BernoulliSample(sample, BernoulliSample.Unit.parse(sampleBy), sampleSeed);
    }

    private static void print(RunResult result) {
        System.out.print(RunJob.table(result));
        System.out.println();
        System.out.println("documents read: " + result.documents() + ", bad records skipped: " + result.badRecords());
        System.out.println("output:  " + result.output());
        System.out.println("report:  " + result.output() + "/report.html (and report.md)");
        System.out.println("tables:  " + result.output() + "/{factoids,entities,spectrum,summary,sources,prediction}/"
                + " (Parquet), summary.json, _MANIFEST.json");
    }
}
