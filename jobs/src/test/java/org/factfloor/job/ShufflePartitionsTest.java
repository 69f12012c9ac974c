package org.factfloor.job;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.factfloor.TestSpark;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A small input is planned without generated code; a large one after it gets Spark's defaults back. */
class ShufflePartitionsTest {
    private final SparkSession spark = TestSpark.session();

    @AfterEach
    void restore() {
        spark.conf().set("spark.sql.shuffle.partitions", "4"); // the test session's own choice
        spark.conf().unset("spark.sql.codegen.wholeStage");
        spark.conf().unset("spark.sql.codegen.factoryMode");
    }

    @Test
    void aSmallInputRunsInterpretedAndALargeOneGeneratesCodeAgain() {
        ShufflePartitions.sizeFor(spark, 5_000);
        assertEquals("false", spark.conf().get("spark.sql.codegen.wholeStage"));
        assertEquals("NO_CODEGEN", spark.conf().get("spark.sql.codegen.factoryMode"));
        assertEquals("4", spark.conf().get("spark.sql.shuffle.partitions"), "the session chose its partitions");
        ShufflePartitions.sizeFor(spark, ShufflePartitions.SMALL_INPUT_BYTES + 1);
        assertEquals("true", spark.conf().get("spark.sql.codegen.wholeStage"));
        assertEquals("FALLBACK", spark.conf().get("spark.sql.codegen.factoryMode"));
    }

    @Test
    void aWriteByDomainShufflesOnlyIntoMoreThanOnePartition() {
        Dataset<Row> table = spark.createDataFrame(List.of(RowFactory.create("a", 1L), RowFactory.create("b", 2L),
                        RowFactory.create("a", 3L)), new StructType().add("domain", DataTypes.StringType, false)
                        .add("n", DataTypes.LongType, false)).repartition(3);
        Dataset<Row> shuffled = ShufflePartitions.groupedBy(table, col("domain"));
        assertTrue(shuffled.queryExecution().sparkPlan().toString().contains("hashpartitioning(domain"));
        assertEquals(3, shuffled.count());
        spark.conf().set("spark.sql.shuffle.partitions", "1");
        Dataset<Row> joined = ShufflePartitions.groupedBy(table, col("domain"));
        assertFalse(joined.queryExecution().sparkPlan().toString().contains("hashpartitioning"));
        assertEquals(1, joined.rdd().getNumPartitions());
        assertEquals(List.of(1L, 2L, 3L), joined.sort("n").collectAsList().stream().map(r -> r.getLong(1)).toList());
    }
}
