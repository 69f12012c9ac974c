package org.factfloor.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What reading one source produced: documents, mentions per domain, and every problem by kind with its first
 * locations. The same counters for every reader, summed into the sources table and the manifest.
 */
public final class SourceCounters {
    static final int LOCATIONS_KEPT = 5;

    private final String path;
    private long documents;
    private final Map<String, Long> mentions = new TreeMap<>();
    private final Map<String, Long> problems = new TreeMap<>();
    private final List<String> locations = new ArrayList<>();

    public SourceCounters(String path) {
        this.path = path;
    }

    public void document() {
        documents++;
    }

    public void mentions(String domain, long count) {
        mentions.merge(domain, count, Long::sum);
    }

    public void problem(String kind, String location) {
        problems.merge(kind, 1L, Long::sum);
        if (locations.size() < LOCATIONS_KEPT) {
            locations.add(kind + " at " + location);
        }
    }

    public String path() {
        return path;
    }

    public long documents() {
        return documents;
    }

    public Map<String, Long> mentions() {
        return mentions;
    }

    public Map<String, Long> problems() {
        return problems;
    }

    public List<String> locations() {
        return locations;
    }
}
