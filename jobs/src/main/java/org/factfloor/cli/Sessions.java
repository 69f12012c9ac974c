package org.factfloor.cli;

import org.apache.spark.sql.SparkSession;

/**
 * Starts the SparkSession. The master comes from --master, else from spark.master as set by deploy/factfloor or
 * spark-submit; factfloor never hard-codes one.
 */
final class Sessions {
    private Sessions() {
    }

    static SparkSession start(String appName, String master) {
        SparkSession.Builder builder = SparkSession.builder().appName(appName);
        if (master != null) {
            builder = builder.master(master);
        } else if (System.getProperty("spark.master") == null) {
            throw new IllegalArgumentException("no Spark master: use deploy/factfloor (local mode), spark-submit,"
                    + " or pass --master local[*]");
        }
        return builder.getOrCreate();
    }
}
