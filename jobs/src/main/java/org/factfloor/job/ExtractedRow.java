package org.factfloor.job;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The one row shape that leaves extraction and goes through the run's one shuffle, where rows of equal
 * {@link #KEY} add up by {@link FactoidState#addUp}. The {@code kind} column says what a row is. A factoid row is
 * one factoid's counts over documents of one task ({@link TaskFactoidCounts}): each document adds documents = 1,
 * and entity_documents = 1 when it is the entity's first factoid in that document; {@code source} is the input
 * file's index in the listing, and the smallest one survives, which for a factoid seen in one document is the file
 * that contributed that singleton. The other kinds are an input file's counters, encoded and decoded by
 * {@link FileCounterRows} only: they ride the same shuffle and are summed like any count, so a retried task can
 * never double them (unlike an accumulator).
 */
final class ExtractedRow {
    enum Kind {
        FACTOID, FILE_COUNTER, BAD_RECORD_LOCATION, QUARANTINED_RECORD;

        /** The kind as stored in the row: one byte, not a string, because every factoid row carries it. */
        byte code() {
            return (byte) ordinal();
        }

        Column rows() {
            return col("kind").equalTo(code());
        }
    }

    static final List<String> KEY = List.of("kind", "domain", "entity", "attribute");
    static final StructType SCHEMA = new StructType()
            .add("kind", DataTypes.ByteType, false)
            .add("domain", DataTypes.StringType, false)
            .add("entity", DataTypes.StringType, false)
            .add("attribute", DataTypes.StringType, false)
            .add("mentions", DataTypes.LongType, false)
            .add("documents", DataTypes.LongType, false)
            .add("entity_documents", DataTypes.LongType, false)
            .add("example", DataTypes.StringType, true)
            .add("source", DataTypes.IntegerType, false);

    /** Where each column is in a row of {@link #SCHEMA}, for rows the driver holds (they carry no schema). */
    static final int KIND = SCHEMA.fieldIndex("kind");
    static final int DOMAIN = SCHEMA.fieldIndex("domain");
    static final int ENTITY = SCHEMA.fieldIndex("entity");
    static final int ATTRIBUTE = SCHEMA.fieldIndex("attribute");
    static final int MENTIONS = SCHEMA.fieldIndex("mentions");
    static final int DOCUMENTS = SCHEMA.fieldIndex("documents");
    static final int ENTITY_DOCUMENTS = SCHEMA.fieldIndex("entity_documents");
    static final int EXAMPLE = SCHEMA.fieldIndex("example");
    static final int SOURCE = SCHEMA.fieldIndex("source");

    private ExtractedRow() {
    }

    /** A factoid's counts over one or more documents of a task ({@link TaskFactoidCounts}). */
    static Row factoid(String domain, String entity, String attribute, long mentions, long documents,
                       long entityDocuments, String example, int source) {
        return RowFactory.create(Kind.FACTOID.code(), domain, entity, attribute, mentions, documents, entityDocuments,
                example, source);
    }

    /** A row of an input file that is not a factoid: only {@link FileCounterRows} makes them. */
    static Row ofFile(Kind kind, String group, String path, String key, long value, String text, int source) {
        return RowFactory.create(kind.code(), group, path, key, value, 0L, 0L, text, source);
    }
}
