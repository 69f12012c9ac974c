package org.factfloor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.factfloor.UserError;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.evaluate.CorpusReferences;
import org.factfloor.evaluate.DomainScore;
import org.factfloor.evaluate.Evaluation;
import org.factfloor.evaluate.EvaluationSet;
import org.factfloor.evaluate.EvaluationTable;
import org.factfloor.extract.DomainSpec;
import org.factfloor.extract.FactMatcher;
import org.factfloor.job.FactTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `factfloor evaluate`: precision and recall of each domain on its labelled sets (no Spark). */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Measure each domain's precision and recall (with 95%% Wilson intervals) on labelled evaluation"
                + " sets (DIR/<domain>.eval). Without --set: the snippet set evaluation/, its held-out part, and the"
                + " real-text set evaluation/real-text/ (tuning and held-out parts, documents of --corpora).")
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--set", paramLabel = "DIR",
            description = "Directory of <domain>.eval files. Default: every set under evaluation/ of the checkout.")
    Path set;

    @Option(names = "--corpora", paramLabel = "DIR",
            description = "Folder of the corpora a real-text set names (@<corpus>/<id>). Default: ../shared/corpora"
                    + " beside the checkout.")
    Path corpora;

    @Mixin
    ConfigOptions configuration = new ConfigOptions();

    @Option(names = "--mistakes", description = "Also list every false positive and missed factoid.")
    boolean mistakes;

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        FactfloorConfig loaded = configuration.load(Map.of());
        Path corporaDir = corpora != null ? corpora : Defaults.sharedCorpora();
        CorpusReferences references = new CorpusReferences(corporaDir);
        Map<String, Path> sets = new LinkedHashMap<>();
        if (set != null) {
            if (!Files.isDirectory(set)) {
                throw new UserError("--set " + set + " is not a directory; pass the directory that holds"
                        + " <domain>.eval files");
            }
            sets.put(set.toString(), set);
        } else {
            Path evaluation = Defaults.evaluationSet();
            sets.put("snippets (evaluation/)", evaluation);
            sets.put("snippets, held-out (evaluation/held-out/)", evaluation.resolve("held-out"));
            if (Files.isDirectory(corporaDir)) {
                sets.put("real text, tuning (evaluation/real-text/tuning/)", evaluation.resolve("real-text/tuning"));
                sets.put("real text, held-out (evaluation/real-text/held-out/)",
                        evaluation.resolve("real-text/held-out"));
            } else {
                System.out.println("real-text sets skipped: " + corporaDir + " is missing (pass --corpora DIR)");
            }
        }
        // A cooccurrence domain among the enabled ones runs beside the others with its fact table, as in `run`.
        Map<String, FactMatcher> tables = FactTables.compile(loaded, new Configuration());
        boolean first = true;
        for (Map.Entry<String, Path> named : sets.entrySet()) {
            if (!first) {
                System.out.println();
            }
            first = false;
            evaluate(loaded, tables, named.getKey(), named.getValue(), references, sets.size() > 1);
        }
        return ExitCodes.OK;
    }

    private void evaluate(FactfloorConfig loaded, Map<String, FactMatcher> tables, String name, Path directory,
                          CorpusReferences references, boolean titled) throws IOException {
        List<DomainScore> scores = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (DomainSpec domain : loaded.domains()) {
            Path file = EvaluationSet.fileFor(directory, domain.name());
            if (!Files.isRegularFile(file)) {
                skipped.add(domain.name());
                continue;
            }
            scores.add(Evaluation.score(domain, loaded.domains(), tables, EvaluationSet.read(file, references),
                    errors::add));
        }
        if (scores.isEmpty()) {
            throw new UserError("no <domain>.eval file in " + directory + " for the domains "
                    + loaded.domains().stream().map(DomainSpec::name).toList());
        }
        if (titled) {
            System.out.println(name);
        }
        System.out.print(EvaluationTable.text(scores));
        if (!skipped.isEmpty()) {
            System.out.println("no evaluation set in " + directory + " for " + String.join(", ", skipped));
        }
        if (mistakes) {
            System.out.println();
            errors.forEach(System.out::println);
        }
    }
}
