package org.factfloor.input;

/** Where a format reader reports what it could not read: counted with its location, quarantined, or fatal. */
final class BadRecords {
    private final String path;
    private final SourceCounters counters;
    private final BadInputPolicy policy;

    BadRecords(String path, SourceCounters counters, BadInputPolicy policy) {
        this.path = path;
        this.counters = counters;
        this.policy = policy;
    }

    /** A unit (line, record, row) was read; it will become a document or a reported problem. */
    void unit() {
        counters.units(1);
    }

    void units(long count) {
        counters.units(count);
    }

    /**
     * {@code count} units were bad. Under fail-fast this throws {@link BadInputException}.
     *
     * @param record the start of the bad record, or null when there is nothing to copy
     */
    void report(String kind, String location, String detail, byte[] record, long count) {
        if (policy.failFast()) {
            throw new BadInputException(path, location, kind + (detail == null ? "" : " (" + detail + ")"));
        }
        counters.problem(kind, location, count);
        if (policy.quarantine() && record != null) {
            counters.quarantine(new QuarantinedRecord(location, kind, detail == null ? "" : detail, record));
        }
    }

    void report(String kind, String location, String detail, byte[] record) {
        report(kind, location, detail, record, 1);
    }

    /** Something worth knowing that lost nothing. */
    void warn(String kind, String location) {
        counters.warning(kind, location);
    }
}
