package org.factfloor.job;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The one row shape that leaves extraction. A factoid row is one (document, factoid) after in-document
 * deduplication (documents = 1, entity_documents = 1 for the entity's first factoid in that document). A source
 * row carries one counter of one input file under the reserved domain {@link #SOURCE}; it rides the same shuffle
 * and is summed like any count, so task retries can never double it (unlike an accumulator). {@code source} is
 * the input file's index in the listing: the smallest one survives aggregation, which for a factoid seen in one
 * document is the file that contributed that singleton. A quarantined bad record rides along under the reserved
 * domain {@link #QUARANTINE} (entity = path, attribute = location, example = kind, detail and bytes; see
 * {@link QuarantineTable}), so a retried task cannot copy it twice either.
 */
final class ExtractedRow {
    static final String SOURCE = "__source__";
    static final String QUARANTINE = "__quarantine__";
    static final StructType SCHEMA = new StructType()
            .add("domain", DataTypes.StringType, false)
            .add("entity", DataTypes.StringType, false)
            .add("attribute", DataTypes.StringType, false)
            .add("mentions", DataTypes.LongType, false)
            .add("documents", DataTypes.LongType, false)
            .add("entity_documents", DataTypes.LongType, false)
            .add("example", DataTypes.StringType, true)
            .add("source", DataTypes.IntegerType, false);

    private ExtractedRow() {
    }
}
