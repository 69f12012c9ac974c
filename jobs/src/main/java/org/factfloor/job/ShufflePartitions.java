package org.factfloor.job;

import org.apache.spark.sql.SparkSession;

/**
 * Unless the user chose, shuffle partitions follow the input: about one per 64 MB of compressed input, at least the
 * cluster's parallelism, at most 4000. Spark's fixed default of 200 is wrong for both a laptop sample and a
 * multi-terabyte crawl.
 */
final class ShufflePartitions {
    private ShufflePartitions() {
    }

    static void sizeFor(SparkSession spark, long inputBytes) {
        if (spark.sparkContext().getConf().contains("spark.sql.shuffle.partitions")) {
            return;
        }
        long bySize = inputBytes / (64L << 20) + 1;
        long partitions = Math.min(4000, Math.max(spark.sparkContext().defaultParallelism(), bySize));
        spark.conf().set("spark.sql.shuffle.partitions", Long.toString(partitions));
    }
}
