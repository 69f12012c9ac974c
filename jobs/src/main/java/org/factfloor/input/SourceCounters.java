package org.factfloor.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What reading one source produced: units read (lines, records, rows — whatever the format's smallest unit is),
 * good documents, mentions per domain, every bad unit by kind, warnings that lose nothing (a .gz name on a plain
 * file), the first locations of both, and the bad records to quarantine. The same counters for every reader,
 * summed into the sources table and the manifest. Every unit is either a document or bad: see {@link #reconciles()}.
 */
public final class SourceCounters {
    static final int LOCATIONS_KEPT = 5;
    static final int QUARANTINED_KEPT = 1000;

    private final String path;
    private long units;
    private long documents;
    private long sampledDocuments;
    private final Map<String, Long> mentions = new TreeMap<>();
    private final Map<String, Long> problems = new TreeMap<>();
    private final Map<String, Long> warnings = new TreeMap<>();
    private final Map<String, Long> rejections = new TreeMap<>();
    private final List<String> locations = new ArrayList<>();
    private final List<QuarantinedRecord> quarantined = new ArrayList<>();

    public SourceCounters(String path) {
        this.path = path;
    }

    /** A reader started reading a unit (it will be a document or a problem). */
    void units(long count) {
        units += count;
    }

    public void document() {
        documents++;
    }

    /** A document a document sample kept (and so was extracted); the others are read and counted only. */
    public void sampledDocument() {
        sampledDocuments++;
    }

    public long sampledDocuments() {
        return sampledDocuments;
    }

    public void mentions(String domain, long count) {
        mentions.merge(domain, count, Long::sum);
    }

    /** {@code count} units of one kind went bad at one location. */
    void problem(String kind, String location, long count) {
        problems.merge(kind, count, Long::sum);
        locate(kind, location);
    }

    /** Something to report that loses nothing (the unit still counts as a document or as bad). */
    public void warning(String kind, String location) {
        warnings.merge(kind, 1L, Long::sum);
        locate(kind, location);
    }

    /** Matches a domain refused, by "domain:reason" (they lose nothing of the input: not bad, not warnings). */
    public void rejections(Map<String, Integer> refused) {
        refused.forEach((key, n) -> rejections.merge(key, n.longValue(), Long::sum));
    }

    void quarantine(QuarantinedRecord record) {
        if (quarantined.size() < QUARANTINED_KEPT) {
            quarantined.add(record);
        }
    }

    private void locate(String kind, String location) {
        if (locations.size() < LOCATIONS_KEPT) {
            locations.add(kind + " at " + location);
        }
    }

    public String path() {
        return path;
    }

    public long units() {
        return units;
    }

    public long documents() {
        return documents;
    }

    public long bad() {
        return problems.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Good + bad = units read: nothing was lost between reading and counting. */
    public boolean reconciles() {
        return documents + bad() == units;
    }

    public Map<String, Long> mentions() {
        return mentions;
    }

    public Map<String, Long> problems() {
        return problems;
    }

    public Map<String, Long> warnings() {
        return warnings;
    }

    public Map<String, Long> rejections() {
        return rejections;
    }

    public List<String> locations() {
        return locations;
    }

    /** The first bad records (at most {@value #QUARANTINED_KEPT} per file), when quarantine was asked for. */
    public List<QuarantinedRecord> quarantined() {
        return quarantined;
    }
}
