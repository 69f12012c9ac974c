package org.factfloor.cli;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.factfloor.UserError;

/**
 * Starts the SparkSession. The master comes from --master, else from spark.master as set by deploy/factfloor or
 * spark-submit; factfloor never hard-codes one. The config's factfloor.spark settings fill in what spark-submit
 * (or -Dspark.…) left unset, so the cluster's own choices always win.
 */
final class Sessions {
    private Sessions() {
    }

    static SparkSession start(String appName, String master, Map<String, String> settings) {
        // The classic builder, not SparkSession.builder(): that one finds the classic implementation through Scala
        // runtime reflection, whose universe took about 0.4 s of every run's start (1,100 classes) and nothing else
        // of a run uses.
        org.apache.spark.sql.classic.SparkSession.Builder builder =
                org.apache.spark.sql.classic.SparkSession.builder().appName(appName);
        SparkConf submitted = new SparkConf();
        for (Map.Entry<String, String> s : settings.entrySet()) {
            if (!submitted.contains(s.getKey())) {
                builder = builder.config(s.getKey(), s.getValue());
            }
        }
        if (master != null) {
            builder = builder.master(master);
        } else if (System.getProperty("spark.master") == null) {
            throw new UserError("no Spark master: use deploy/factfloor (local mode), spark-submit,"
                    + " or pass --master local[*]");
        }
        return builder.getOrCreate();
    }
}
