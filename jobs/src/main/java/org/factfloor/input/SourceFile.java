package org.factfloor.input;

import java.io.Serializable;
import org.factfloor.config.InputFormat;

/**
 * One input file, as listed on the driver: the unit of work and of error accounting (DESIGN §7).
 *
 * @param format      jsonl, text, parquet, warc or wet
 * @param compression gzip, bzip2, zstd or none, as named (checked against the file's bytes when read)
 */
public record SourceFile(String path, long bytes, InputFormat format, String compression) implements Serializable {
}
