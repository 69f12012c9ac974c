package org.factfloor.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.extract.DomainSpec;
import org.factfloor.extract.EngineReport;
import org.factfloor.job.FactTables;
import org.factfloor.input.InputListing;
import org.factfloor.input.SourceFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `factfloor validate`: checks the configuration (and warns about domain-authoring mistakes, and about patterns the
 * one-pass automaton cannot accelerate) and lists what a run would read — every file with its format, compression
 * and size, and every skipped file — without starting Spark.
 * Exit 0 when both are usable, 2 otherwise.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the config and list the files a run would read (no Spark job).")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    ConfigOptions configuration = new ConfigOptions();

    @Mixin
    CountingOptions counting = new CountingOptions();

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Map<String, Object> overrides = counting.flags();
        input.addOverrides(overrides);
        FactfloorConfig loaded = configuration.load(overrides);
        Configuration hadoop = new Configuration();
        InputListing listing = InputListing.of(input.paths(hadoop), loaded.input(), hadoop);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "config: ok (%s), domains: %s, count unit: %s, digest %s%n",
                configuration.describe(),
                String.join(", ", loaded.domains().stream().map(DomainSpec::name).toList()), loaded.countUnit(),
                loaded.digest().substring(0, 12));
        loaded.warnings().forEach(w -> out.println("warning: " + w));
        for (DomainSpec domain : loaded.domains()) {
            EngineReport.slowPatterns(domain).forEach(line -> out.println("warning: " + line));
        }
        FactTables.compile(loaded, hadoop).forEach((name, table) -> out.printf(Locale.ROOT,
                "fact table of %s: %s, %d facts (%d rows rejected by the normalisers), %d names, window %s;"
                        + " compiled %.1f MB (automaton %.1f MB, %d nodes) per executor%n", name,
                loaded.domain(name).cooccurrence().table(), table.facts(), table.rowsRejected(), table.names(),
                loaded.domain(name).cooccurrence().window(), table.memoryBytes() / 1e6, table.automatonBytes() / 1e6,
                table.automatonNodes()));
        out.printf(Locale.ROOT, "inputs: %d files, %d bytes%n", listing.files().size(), listing.totalBytes());
        out.printf(Locale.ROOT, "%-8s %-11s %14s  %s%n", "format", "compression", "bytes", "path");
        for (SourceFile f : listing.files()) {
            out.printf(Locale.ROOT, "%-8s %-11s %14d  %s%n", f.format(), f.compression(), f.bytes(), f.path());
        }
        for (String skipped : listing.skipped()) {
            out.println("skipped: " + skipped);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
