package org.factfloor.cli;

import org.apache.spark.sql.SparkSession;
import org.factfloor.config.FactfloorConfig;
import picocli.CommandLine.Option;

/** The Spark session of a command that runs Spark jobs (`run`, `merge`): where it runs and with which settings. */
final class SparkOptions {
    @Option(names = "--master", description = "Spark master; normally set by deploy/factfloor or spark-submit.")
    String master;

    /** The session with the configuration's factfloor.spark settings under what spark-submit left unset. */
    SparkSession start(String appName, FactfloorConfig config) {
        return Sessions.start(appName, master, config.spark());
    }
}
