package org.factfloor.output;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.factfloor.stats.DomainSummary;

/**
 * The summary's columns in one place (DESIGN §5), so the `summary/` Parquet table, summary.json and the report
 * cannot drift apart. Names are snake_case and stable.
 */
public final class SummaryColumns {
    /** One column: its name, Spark type and how to read it from a summary. */
    public record Column(String name, DataType type, Function<DomainSummary, Object> value) {
    }

    public static final List<Column> COLUMNS = List.of(
            col("domain", DataTypes.StringType, DomainSummary::domain),
            col("count_unit", DataTypes.StringType, s -> s.countUnit().column()),
            col("documents_scanned", DataTypes.LongType, DomainSummary::documentsScanned),
            col("n", DataTypes.LongType, DomainSummary::n),
            col("distinct", DataTypes.LongType, DomainSummary::distinct),
            col("n1", DataTypes.LongType, DomainSummary::n1),
            col("n2", DataTypes.LongType, DomainSummary::n2),
            col("singleton_rate", DataTypes.DoubleType, DomainSummary::singletonRate),
            col("coverage", DataTypes.DoubleType, DomainSummary::coverage),
            col("entity_n", DataTypes.LongType, DomainSummary::entityN),
            col("entity_distinct", DataTypes.LongType, DomainSummary::entityDistinct),
            col("entity_n1", DataTypes.LongType, DomainSummary::entityN1),
            col("entity_n2", DataTypes.LongType, DomainSummary::entityN2),
            col("entity_singleton_rate", DataTypes.DoubleType, DomainSummary::entitySingletonRate),
            col("gt_ci_low", DataTypes.DoubleType, DomainSummary::gtCiLow),
            col("gt_ci_high", DataTypes.DoubleType, DomainSummary::gtCiHigh),
            col("confidence", DataTypes.DoubleType, DomainSummary::confidence),
            col("floor_kv2024", DataTypes.DoubleType, DomainSummary::floorKv2024),
            col("floor_knvz2025", DataTypes.DoubleType, DomainSummary::floorKnvz2025),
            col("limited_by_sample_size", DataTypes.BooleanType, DomainSummary::limitedBySampleSize),
            col("n_needed", DataTypes.LongType, DomainSummary::nNeeded),
            col("plausible_alternatives", DataTypes.DoubleType, DomainSummary::plausibleAlternatives),
            col("calibration_error", DataTypes.DoubleType, DomainSummary::calibrationError),
            col("miscalibration", DataTypes.DoubleType, DomainSummary::miscalibration),
            col("sgt_applicable", DataTypes.BooleanType, DomainSummary::sgtApplicable),
            col("sgt_reason", DataTypes.StringType, DomainSummary::sgtReason),
            col("sgt_switch", DataTypes.DoubleType, DomainSummary::sgtSwitch),
            col("sgt_p0", DataTypes.DoubleType, DomainSummary::sgtP0),
            col("sgt_intercept", DataTypes.DoubleType, DomainSummary::sgtIntercept),
            col("sgt_slope", DataTypes.DoubleType, DomainSummary::sgtSlope),
            col("chao1_classic", DataTypes.DoubleType, DomainSummary::chao1Classic),
            col("chao1_bias_corrected", DataTypes.DoubleType, DomainSummary::chao1BiasCorrected),
            col("chao1_variance", DataTypes.DoubleType, DomainSummary::chao1Variance),
            col("chao1_ci_low", DataTypes.DoubleType, DomainSummary::chao1CiLow),
            col("chao1_ci_high", DataTypes.DoubleType, DomainSummary::chao1CiHigh),
            col("growth_factor", DataTypes.DoubleType, DomainSummary::growthFactor),
            col("growth_new_distinct", DataTypes.DoubleType, DomainSummary::growthNewDistinct),
            col("growth_missing_mass", DataTypes.DoubleType, DomainSummary::growthMissingMass),
            col("good_toulmin_new_distinct", DataTypes.DoubleType, DomainSummary::goodToulminNewDistinct),
            col("conflict_share", DataTypes.DoubleType, DomainSummary::conflictShare),
            col("table_facts", DataTypes.LongType, DomainSummary::tableFacts),
            col("table_unseen_share", DataTypes.DoubleType, DomainSummary::tableUnseenShare),
            col("table_once_share", DataTypes.DoubleType, DomainSummary::tableOnceShare),
            col("table_gt_missing_mass", DataTypes.DoubleType, DomainSummary::tableGtMissingMass),
            col("flags", DataTypes.createArrayType(DataTypes.StringType, false), DomainSummary::flags));

    private SummaryColumns() {
    }

    private static Column col(String name, DataType type, Function<DomainSummary, Object> value) {
        return new Column(name, type, value);
    }

    /** The Parquet schema: the columns plus the output's identity and the corpora whose counts it holds. */
    public static StructType schema() {
        StructType schema = new StructType();
        for (Column c : COLUMNS) {
            schema = schema.add(c.name(), c.type(), true);
        }
        return schema.add("corpus_id", DataTypes.StringType, false).add("run_id", DataTypes.StringType, false)
                .add("corpus_ids", DataTypes.createArrayType(DataTypes.StringType, false), false);
    }

    public static Row row(DomainSummary s, String corpusId, String runId, List<String> corpusIds) {
        List<Object> values = new ArrayList<>();
        for (Column c : COLUMNS) {
            values.add(c.value().apply(s));
        }
        values.add(corpusId);
        values.add(runId);
        values.add(corpusIds);
        return RowFactory.create(values.toArray());
    }
}
