package org.factfloor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.job.MergeJob;
import org.factfloor.job.MergeOptions;
import org.factfloor.job.MergeResult;
import org.factfloor.output.AlreadyCommitted;
import org.factfloor.output.DeltaReport;
import org.factfloor.output.DomainTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `factfloor merge`: sums the counts of committed outputs, recomputes every statistic, reports the delta. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge committed run outputs into one (counts add up, statistics are recomputed) and report"
                + " what the added corpora changed.")
final class MergeCommand implements Callable<Integer> {
    @Option(names = {"-i", "--inputs"}, arity = "1..*", required = true, paramLabel = "RUN_DIR",
            description = "Committed outputs of run or merge. With --output the first is the base the delta compares"
                    + " with; with --into all are added to the cumulative directory.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Where the merged output goes.")
    String output;

    @Option(names = "--into", paramLabel = "CUMULATIVE_DIR",
            description = "Add the inputs to these cumulative statistics (created when missing) and replace them"
                    + " atomically.")
    String into;

    @Option(names = "--corpus-id", description = "Name of the merged output. Default: the cumulative's own name, or"
            + " the output directory's name.")
    String corpusId;

    @Option(names = "--overwrite", description = "Replace an existing --output directory.")
    boolean overwrite;

    @Option(names = "--skip-already-merged", description = "With --into: an input whose corpora are already inside"
            + " with the same run ids is skipped instead of refused (safe retries from a scheduler).")
    boolean skipAlreadyMerged;

    @Mixin
    ConfigOptions configuration = new ConfigOptions();

    @Mixin
    CountingOptions counting = new CountingOptions();

    @Mixin
    SparkOptions sparkOptions = new SparkOptions();

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;

    @Option(names = "--format", description = "Input format the runs used: auto (default), jsonl, text, parquet,"
            + " warc or wet.")
    String format;

    @Override
    public Integer call() {
        MergeOptions options = new MergeOptions(inputs, output, into, corpusId, overwrite, skipAlreadyMerged);
        Map<String, Object> flags = counting.flags();
        if (format != null) {
            flags.put("factfloor.input.format", format);
        }
        FactfloorConfig loaded = configuration.load(flags);
        SparkSession spark = sparkOptions.start("factfloor merge", loaded);
        try {
            try {
                print(new MergeJob(spark, loaded).merge(options));
            } catch (AlreadyCommitted done) { // a retry of a merge --output that already published
                System.out.println("factfloor: " + done.getMessage());
            }
            return ExitCodes.OK;
        } finally {
            spark.stop();
        }
    }

    static void print(MergeResult result) {
        if (!result.skipped().isEmpty()) {
            System.out.println("already merged, skipped: " + String.join(", ", result.skipped()));
        }
        if (!result.changed()) {
            System.out.println("nothing to merge; " + result.output() + " is unchanged");
            return;
        }
        System.out.print(DomainTable.text(result.summaries()));
        System.out.println();
        System.out.print(DeltaReport.markdown(result.deltas()));
        System.out.println();
        System.out.println("corpora: " + String.join(", ", result.corpusIds()));
        System.out.println("output:  " + result.output());
        System.out.println("report:  " + result.output() + "/report.html (and report.md)");
    }
}
