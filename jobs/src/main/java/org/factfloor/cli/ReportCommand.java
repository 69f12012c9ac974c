package org.factfloor.cli;

import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.factfloor.output.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `factfloor report`: report.md and report.html again from a finished output's tables, without Spark. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Regenerate report.md and report.html of a finished run, merge or mix from its tables (no Spark"
                + " job).")
final class ReportCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "Output directory of a finished run, merge or mix, on any Hadoop file system.")
    String output;

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() {
        Reports.rewrite(output, new Configuration());
        System.out.println("report:  " + output + "/" + Reports.HTML + " (and " + Reports.MARKDOWN + ")");
        return ExitCodes.OK;
    }
}
