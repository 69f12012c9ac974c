package org.factfloor.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.factfloor.config.FactfloorConfig;
import org.factfloor.extract.DomainSpec;
import org.factfloor.input.InputError;

/**
 * The rules under which the counts of several committed outputs may be combined, by `merge` (a sum) and `mix` (a
 * weighted mixture) alike: they were counted the same way, and no corpus or input file is inside two of them,
 * which would count the same documents twice.
 */
final class CountedTogether {
    private CountedTogether() {
    }

    /**
     * Counts only add up when they were made the same way: same config, count unit and domains.
     *
     * @param command    the command, as messages name it ("merge", "mix")
     * @param allDomains whether the output must have exactly the config's domains (merge) or may have more (mix,
     *                   which reads the domains chosen with --domains)
     */
    static void checkSameCounting(CommittedRun run, FactfloorConfig config, String command, boolean allDomains) {
        if (!run.countUnit().equals(config.countUnit().column())) {
            throw new InputError(run.path() + " counts " + run.countUnit() + ", this " + command + " "
                    + config.countUnit()
                    + "; pass --count-unit " + run.countUnit() + " (outputs of different count units cannot be"
                    + " combined)");
        }
        List<String> domains = config.domains().stream().map(DomainSpec::name).toList();
        if (allDomains ? !run.domains().equals(domains) : !run.domains().containsAll(domains)) {
            throw new InputError(run.path() + " has domains " + run.domains() + ", this " + command + " " + domains
                    + "; pass --domains " + String.join(",", run.domains()) + " (only outputs of the same domains"
                    + " combine)");
        }
        if (!run.configDigest().equals(config.digest())) {
            throw new InputError(run.path() + " was made with config digest " + run.configDigest().substring(0, 12)
                    + "…, this " + command + " has " + config.digest().substring(0, 12) + "…; pass the --config,"
                    + " --count-unit, --confidence and --format its run used (outputs of different configs cannot be"
                    + " combined)");
        }
    }

    /** Double counting would silently lower every singleton rate, so a corpus already inside is refused. */
    static void refuseCorporaInside(CommittedRun run, List<CommittedRun> inside) {
        for (CommittedRun other : inside) {
            for (String id : run.corpusIds()) {
                if (other.corpusIds().contains(id)) {
                    throw new InputError("corpus " + id + " of " + run.path() + " is already in " + other.path()
                            + "; combining them would count its factoids twice (give a new --corpus-id to a"
                            + " different corpus)");
                }
            }
        }
    }

    /** One row per input file of every output; an input file counted under two outputs is refused. */
    static List<SourceTable.Source> sources(SparkSession spark, List<CommittedRun> runs) {
        Map<String, String> owner = new HashMap<>();
        List<SourceTable.Source> sources = new ArrayList<>();
        for (CommittedRun run : runs) {
            for (SourceTable.Source source : SourceTable.read(spark, run.path())) {
                String previous = owner.put(source.path(), run.path());
                if (previous != null) {
                    throw new InputError("input file " + source.path() + " was counted both in " + previous
                            + " and in " + run.path() + "; combining them would count its factoids twice");
                }
                sources.add(source);
            }
        }
        return sources;
    }
}
