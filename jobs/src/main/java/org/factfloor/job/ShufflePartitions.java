package org.factfloor.job;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Unless the user chose, shuffle partitions follow the input: about one per 64 MB of compressed input, at least the
 * cluster's parallelism, at most 4000. Spark's fixed default of 200 is wrong for both a laptop sample and a
 * multi-terabyte crawl. A small input ({@link #SMALL_INPUT_BYTES} or less) gets one partition and no generated code:
 * on a 5-document run Janino compiled 81 classes (10 now), each used for a handful of rows, and the writes of
 * factoids/ and entities/ each shuffled a few rows by domain, one more stage to plan and run.
 */
final class ShufflePartitions {
    /**
     * Up to this much input a run is planned as small: about 15,000 generated documents, four of local-data's gzip
     * shards. Above it code is generated as before: its compilation is a fixed cost
     * that more rows pay back (where between 1 MB and 67 MB it starts to pay was not measured).
     */
    static final long SMALL_INPUT_BYTES = 1L << 20;
    private static final String PARTITIONS = "spark.sql.shuffle.partitions";
    /** Whole-stage code generation, and the code generation of single expressions (interpreted when off). */
    private static final String WHOLE_STAGE = "spark.sql.codegen.wholeStage";
    private static final String EXPRESSIONS = "spark.sql.codegen.factoryMode";

    private ShufflePartitions() {
    }

    static void sizeFor(SparkSession spark, long inputBytes) {
        boolean small = inputBytes <= SMALL_INPUT_BYTES;
        if (!chosen(spark, PARTITIONS)) {
            long bySize = inputBytes / (64L << 20) + 1;
            long partitions = small ? 1 : Math.min(4000, Math.max(spark.sparkContext().defaultParallelism(), bySize));
            spark.conf().set(PARTITIONS, Long.toString(partitions));
        }
        // One session may run a small and then a large job (tests, merge after run): unset what a small one set.
        if (!chosen(spark, WHOLE_STAGE)) {
            if (small) {
                spark.conf().set(WHOLE_STAGE, "false");
            } else {
                spark.conf().unset(WHOLE_STAGE);
            }
        }
        if (!chosen(spark, EXPRESSIONS)) {
            if (small) {
                spark.conf().set(EXPRESSIONS, "NO_CODEGEN");
            } else {
                spark.conf().unset(EXPRESSIONS);
            }
        }
    }

    /**
     * The rows of a table grouped for a write partitioned by {@code column}: a shuffle by it, or, when the session
     * has one shuffle partition anyway, the table's partitions joined without one.
     */
    static Dataset<Row> groupedBy(Dataset<Row> table, Column column) {
        return table.sparkSession().conf().get(PARTITIONS).equals("1") ? table.coalesce(1)
                : table.repartition(column);
    }

    private static boolean chosen(SparkSession spark, String key) {
        return spark.sparkContext().getConf().contains(key);
    }
}
