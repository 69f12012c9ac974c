package org.factfloor.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.factfloor.output.PredictionValues;
import org.factfloor.output.RunOutput;
import org.factfloor.stats.DomainPrediction;

/** `prediction/` (DESIGN §5): one row per (domain, level, target), the columns of {@link PredictionValues}. */
final class PredictionTable {
    private static final Set<String> TEXT = Set.of("domain", "level", "target", "estimator");
    static final StructType SCHEMA = schema();

    private PredictionTable() {
    }

    static void write(SparkSession spark, List<DomainPrediction> predictions, RunOutput output) {
        List<Row> rows = new ArrayList<>();
        for (DomainPrediction p : predictions) {
            for (Map<String, Object> values : PredictionValues.rows(p)) {
                rows.add(RowFactory.create(PredictionValues.COLUMNS.stream().map(values::get).toArray()));
            }
        }
        ParquetTables.write(spark.createDataFrame(rows, SCHEMA).coalesce(1), output.staged("prediction"), null);
    }

    private static StructType schema() {
        StructType schema = new StructType();
        for (String column : PredictionValues.COLUMNS) {
            schema = TEXT.contains(column) ? schema.add(column, DataTypes.StringType, false)
                    : schema.add(column, DataTypes.DoubleType, false);
        }
        return schema;
    }
}
