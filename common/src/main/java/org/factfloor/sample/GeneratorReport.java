package org.factfloor.sample;

/** What a generator run wrote. */
public record GeneratorReport(long documents, long bytes, int shards, long people, long works) {
}
