package org.factfloor.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.factfloor.stats.MixtureMoments;
import scala.Tuple2;

/**
 * One partition of the joined counts (level, domain, then documents and occurrences per source) into one
 * {@link MixtureMoments} per (level, domain): streamed row by row, so a partition's items never need to fit in memory.
 */
final class MixMomentsFunction implements FlatMapFunction<Iterator<Row>, Tuple2<String, MixtureMoments>> {
    private static final long serialVersionUID = 1L;
    private final double[] weights;

    MixMomentsFunction(double[] weights) {
        this.weights = weights;
    }

    /** The key of one accumulator. */
    static String key(String level, String domain) {
        return level + "\t" + domain;
    }

    @Override
    public Iterator<Tuple2<String, MixtureMoments>> call(Iterator<Row> rows) {
        int sources = weights.length;
        long[] documents = new long[sources];
        long[] occurrences = new long[sources];
        Map<String, MixtureMoments> moments = new HashMap<>();
        while (rows.hasNext()) {
            Row row = rows.next();
            for (int i = 0; i < sources; i++) {
                documents[i] = row.isNullAt(2 + i) ? 0 : row.getLong(2 + i);
                occurrences[i] = row.isNullAt(2 + sources + i) ? 0 : row.getLong(2 + sources + i);
            }
            moments.computeIfAbsent(key(row.getString(0), row.getString(1)), k -> new MixtureMoments(weights))
                    .add(documents, occurrences);
        }
        List<Tuple2<String, MixtureMoments>> out = new ArrayList<>();
        moments.forEach((k, m) -> out.add(new Tuple2<>(k, m)));
        return out.iterator();
    }
}
