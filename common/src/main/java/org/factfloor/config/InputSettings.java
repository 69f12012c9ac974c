package org.factfloor.config;

import java.io.Serializable;
import java.util.List;

/**
 * How documents are read from input files.
 *
 * @param format         auto (from the file name) or the one format of every file
 * @param compression    auto (from the file's first bytes, else its name), gzip, bzip2, zstd or none
 * @param textField      JSONL: dotted path to the text (e.g. content.body); Parquet: the text column (dotted for
 *                       nested groups)
 * @param idField        the same for the document id (a missing id becomes file:line or file:row)
 * @param textUnit       what one document is in a plain-text file: line, paragraph (blank-line separated) or file
 * @param maxRecordBytes a line, record or document longer than this is skipped and counted as over_long_record
 */
public record InputSettings(InputFormat format, String compression, String textField, String idField, String textUnit,
                            long maxRecordBytes) implements Serializable {
    public static final List<String> COMPRESSIONS = List.of("auto", "gzip", "bzip2", "zstd", "none");

    /** The text field as path segments. */
    public List<String> textPath() {
        return List.of(textField.split("\\."));
    }

    /** The id field as path segments. */
    public List<String> idPath() {
        return List.of(idField.split("\\."));
    }
}
