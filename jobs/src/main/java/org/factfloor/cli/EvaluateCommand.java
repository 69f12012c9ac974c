package org.factfloor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.factfloor.UserError;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.evaluate.DomainScore;
import org.factfloor.evaluate.Evaluation;
import org.factfloor.evaluate.EvaluationSet;
import org.factfloor.evaluate.EvaluationTable;
import org.factfloor.extract.DomainSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `factfloor evaluate`: precision and recall of each domain on its labelled snippets (no Spark). */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Measure each domain's precision and recall on a labelled evaluation set (DIR/<domain>.eval).")
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--set", paramLabel = "DIR",
            description = "Directory of <domain>.eval files. Default: evaluation/ of the factfloor checkout.")
    Path set;

    @Mixin
    ConfigOptions configuration = new ConfigOptions();

    @Option(names = "--mistakes", description = "Also list every false positive and missed factoid.")
    boolean mistakes;

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        FactfloorConfig loaded = configuration.load(Map.of());
        Path directory = set != null ? set : Defaults.evaluationSet();
        if (!Files.isDirectory(directory)) {
            throw new UserError("--set " + directory + " is not a directory; pass the directory that"
                    + " holds <domain>.eval files");
        }
        List<DomainScore> scores = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (DomainSpec domain : loaded.domains()) {
            Path file = EvaluationSet.fileFor(directory, domain.name());
            if (!Files.isRegularFile(file)) {
                System.out.println("no evaluation set for " + domain.name() + " (" + file + "), skipped");
                continue;
            }
            scores.add(Evaluation.score(domain, EvaluationSet.read(file), errors::add));
        }
        if (scores.isEmpty()) {
            throw new UserError("no <domain>.eval file in " + directory + " for the domains "
                    + loaded.domains().stream().map(DomainSpec::name).toList());
        }
        System.out.print(EvaluationTable.text(scores));
        if (mistakes) {
            System.out.println();
            errors.forEach(System.out::println);
        }
        return ExitCodes.OK;
    }
}
