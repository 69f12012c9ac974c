package org.factfloor.config;

import java.io.Serializable;

/**
 * How documents are read from input files.
 *
 * @param format    auto (from the file name), jsonl or text
 * @param textField JSONL field holding the text
 * @param idField   JSONL field holding the document id (a missing id becomes file:line)
 * @param textUnit  what one document is in a plain-text file: line, paragraph (blank-line separated) or file
 */
public record InputSettings(String format, String textField, String idField, String textUnit) implements Serializable {
}
