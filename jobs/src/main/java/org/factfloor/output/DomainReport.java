package org.factfloor.output;

import java.util.List;
import java.util.Map;
import org.factfloor.stats.DomainSummary;
import org.factfloor.stats.FrequencySpectrum;
import org.factfloor.stats.SgtEstimate;

/**
 * What the report shows for one domain.
 *
 * @param fields           the domain's object in summary.json, in its order: the numbers the report prints
 * @param summary          the summary recomputed from the spectra and the parameters in {@code fields}
 * @param mismatches       summary.json fields that differ from the recomputed summary (empty when consistent)
 * @param conflicts        entities with more than one attribute, most frequent first
 * @param singletonSources input files holding the most of this domain's singletons, most first
 */
record DomainReport(String domain, Map<String, Object> fields, DomainSummary summary,
                           FrequencySpectrum factoids, FrequencySpectrum entities, SgtEstimate sgt,
                           List<ConflictingEntity> conflicts, List<SingletonSource> singletonSources,
                           List<String> mismatches) {

    /** An entity whose occurrences name more than one attribute (a contradiction, an error or a myth). */
    public record ConflictingEntity(String entity, long occurrences, long distinctAttributes, String topAttribute,
                                    double topShare) {
    }

    /** An input file and how many of the domain's singletons occur in it. */
    public record SingletonSource(String path, long singletons) {
    }
}
