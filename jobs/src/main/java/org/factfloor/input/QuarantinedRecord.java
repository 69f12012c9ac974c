package org.factfloor.input;

/**
 * One bad record copied for inspection: where it was, why it was skipped, and its first bytes.
 *
 * @param record at most {@link LineInput#QUARANTINE_BYTES} bytes of the record as it was in the (decoded) file
 */
public record QuarantinedRecord(String location, String kind, String detail, byte[] record) {
}
