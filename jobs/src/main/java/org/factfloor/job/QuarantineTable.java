package org.factfloor.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.split;

import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.factfloor.input.QuarantinedRecord;

/**
 * `quarantine/` (with --quarantine): one row per copied bad record — path, location, reason, detail and the first
 * few KB of the record's bytes exactly as they were in the decoded file. The record travels through the
 * extraction shuffle as a string whose chars are its bytes (ISO-8859-1), which maps every byte losslessly.
 */
final class QuarantineTable {
    private QuarantineTable() {
    }

    /** kind TAB detail TAB bytes-as-latin-1: how a quarantined record rides the shuffle. */
    static String encode(QuarantinedRecord q) {
        return q.kind() + "\t" + q.detail().replace('\t', ' ').replace('\n', ' ') + "\t"
                + new String(q.record(), StandardCharsets.ISO_8859_1);
    }

    /** @param records path, location and the encoded record of each quarantined record */
    static Dataset<Row> of(Dataset<Row> records) {
        Column parts = split(col("record"), "\t", 3);
        return records.select(col("path"), col("location"),
                        parts.getItem(0).as("reason"), parts.getItem(1).as("detail"),
                        functions.encode(parts.getItem(2), "ISO-8859-1").as("record"))
                .orderBy("path", "location");
    }
}
