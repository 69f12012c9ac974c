package org.factfloor.input;

import java.io.Serializable;

/**
 * One input file, as listed on the driver: the unit of work and of error accounting (DESIGN §7).
 *
 * @param format      jsonl or text
 * @param compression gzip or none
 */
public record SourceFile(String path, long bytes, String format, String compression) implements Serializable {
}
