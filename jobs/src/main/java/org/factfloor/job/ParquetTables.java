package org.factfloor.job;

import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.factfloor.output.PausePoints;

/** Every table factfloor writes: Parquet, zstd, into a fresh staging path. */
final class ParquetTables {
    private ParquetTables() {
    }

    static void write(Dataset<Row> table, String path, String partitionBy) {
        DataFrameWriter<Row> writer = table.write().mode(SaveMode.ErrorIfExists).option("compression", "zstd");
        if (partitionBy != null) {
            writer = writer.partitionBy(partitionBy);
        }
        writer.parquet(path);
        PausePoints.reach("parquet-written");
    }
}
