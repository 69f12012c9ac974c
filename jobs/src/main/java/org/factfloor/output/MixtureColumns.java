package org.factfloor.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.factfloor.stats.Interval;
import org.factfloor.stats.MixtureSummary;

/**
 * The columns of a mixture's `summary/` and summary.json in one place (DESIGN §5): a run's names where the value
 * means the same thing, now an expectation over the thinning (n = E[n], n1 = E[N_1], …), plus the spreads. Names are
 * snake_case and stable.
 */
public final class MixtureColumns {
    /** One column: its name, Spark type and how to read it from a mixture summary. */
    public record Column(String name, DataType type, Function<MixtureSummary, Object> value) {
    }

    public static final List<Column> COLUMNS = List.of(
            col("domain", DataTypes.StringType, MixtureSummary::domain),
            col("count_unit", DataTypes.StringType, s -> s.countUnit().column()),
            col("n", DataTypes.DoubleType, MixtureSummary::n),
            col("n_sd", DataTypes.DoubleType, s -> s.factoids().nSd()),
            col("distinct", DataTypes.DoubleType, MixtureSummary::distinct),
            col("n1", DataTypes.DoubleType, MixtureSummary::n1),
            col("n1_sd", DataTypes.DoubleType, s -> s.factoids().n1Sd()),
            col("n2", DataTypes.DoubleType, MixtureSummary::n2),
            col("singleton_rate", DataTypes.DoubleType, MixtureSummary::singletonRate),
            col("singleton_rate_sd", DataTypes.DoubleType, s -> s.factoids().singletonRateSd()),
            col("singleton_rate_low", DataTypes.DoubleType, s -> low(s.singletonRateInterval())),
            col("singleton_rate_high", DataTypes.DoubleType, s -> high(s.singletonRateInterval())),
            col("entity_n", DataTypes.DoubleType, MixtureSummary::entityN),
            col("entity_distinct", DataTypes.DoubleType, MixtureSummary::entityDistinct),
            col("entity_n1", DataTypes.DoubleType, MixtureSummary::entityN1),
            col("entity_n2", DataTypes.DoubleType, MixtureSummary::entityN2),
            col("entity_singleton_rate", DataTypes.DoubleType, MixtureSummary::entitySingletonRate),
            col("entity_singleton_rate_sd", DataTypes.DoubleType, s -> s.entities().singletonRateSd()),
            col("gt_ci_low", DataTypes.DoubleType, s -> s.goodTuring() == null ? null : s.goodTuring().ciLow()),
            col("gt_ci_high", DataTypes.DoubleType, s -> s.goodTuring() == null ? null : s.goodTuring().ciHigh()),
            col("confidence", DataTypes.DoubleType, s -> s.settings().confidence()),
            col("floor_kv2024", DataTypes.DoubleType, MixtureSummary::floorKv2024),
            col("floor_kv2024_low", DataTypes.DoubleType, s -> low(s.floorKv2024Interval())),
            col("floor_kv2024_high", DataTypes.DoubleType, s -> high(s.floorKv2024Interval())),
            col("floor_knvz2025", DataTypes.DoubleType, MixtureSummary::floorKnvz2025),
            col("floor_knvz2025_low", DataTypes.DoubleType, s -> low(s.floorKnvz2025Interval())),
            col("floor_knvz2025_high", DataTypes.DoubleType, s -> high(s.floorKnvz2025Interval())),
            col("limited_by_sample_size", DataTypes.BooleanType, MixtureSummary::limitedBySampleSize),
            col("n_needed", DataTypes.LongType, MixtureSummary::nNeeded),
            col("plausible_alternatives", DataTypes.DoubleType, s -> s.settings().floors().plausibleAlternatives()),
            col("calibration_error", DataTypes.DoubleType, s -> s.settings().floors().calibrationError()),
            col("miscalibration", DataTypes.DoubleType, s -> s.settings().floors().miscalibration()),
            col("approximated_share", DataTypes.DoubleType, MixtureSummary::approximatedShare),
            col("flags", DataTypes.createArrayType(DataTypes.StringType, false), MixtureSummary::flags));

    private MixtureColumns() {
    }

    private static Column col(String name, DataType type, Function<MixtureSummary, Object> value) {
        return new Column(name, type, value);
    }

    private static Double low(Interval i) {
        return i == null ? null : i.low();
    }

    private static Double high(Interval i) {
        return i == null ? null : i.high();
    }

    public static StructType schema() {
        StructType schema = new StructType();
        for (Column c : COLUMNS) {
            schema = schema.add(c.name(), c.type(), true);
        }
        return schema.add("corpus_id", DataTypes.StringType, false).add("run_id", DataTypes.StringType, false);
    }

    public static Row row(MixtureSummary s, String corpusId, String runId) {
        List<Object> values = new ArrayList<>();
        for (Column c : COLUMNS) {
            values.add(c.value().apply(s));
        }
        values.add(corpusId);
        values.add(runId);
        return RowFactory.create(values.toArray());
    }

    /** One domain's fields as summary.json holds them. */
    public static Map<String, Object> fields(MixtureSummary s) {
        Map<String, Object> fields = new LinkedHashMap<>();
        COLUMNS.forEach(c -> fields.put(c.name(), c.value().apply(s)));
        return fields;
    }
}
