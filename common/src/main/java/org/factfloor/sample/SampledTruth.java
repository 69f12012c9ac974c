package org.factfloor.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.factfloor.stats.FrequencySpectrum;

/**
 * Every document's factoids and entities, kept as small integer ids, so any Bernoulli sample of the documents can be
 * counted exactly without reading the corpus again: the truth a sampled run's prediction is checked against. Counts
 * are under the documents count unit (a factoid or entity counts once per document that states it).
 */
public final class SampledTruth implements GroundTruth.DocumentListener {
    private final Map<String, Integer> factoidIds = new HashMap<>();
    private final Map<String, Integer> entityIds = new HashMap<>();
    private final List<String> factoidDomains = new ArrayList<>();
    private final List<String> entityDomains = new ArrayList<>();
    private final List<String> documentIds = new ArrayList<>();
    private final List<int[]> factoidsOf = new ArrayList<>();
    private final List<int[]> entitiesOf = new ArrayList<>();
    private final Set<String> domains = new LinkedHashSet<>();

    @Override
    public void document(String id, Map<String, Integer> factoids) {
        Set<Integer> entities = new LinkedHashSet<>();
        int[] f = new int[factoids.size()];
        int i = 0;
        for (String key : factoids.keySet()) {
            String domain = key.substring(0, key.indexOf('\t'));
            domains.add(domain);
            f[i++] = id(factoidIds, factoidDomains, key, domain);
            entities.add(id(entityIds, entityDomains, key.substring(0, key.lastIndexOf('\t')), domain));
        }
        documentIds.add(id);
        factoidsOf.add(f);
        entitiesOf.add(entities.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Records a document given as (domain, entity, attribute) triples, for corpora read rather than generated. */
    public void document(String id, List<String[]> factoids) {
        Map<String, Integer> keys = new java.util.LinkedHashMap<>();
        factoids.forEach(t -> keys.merge(t[0] + '\t' + t[1] + '\t' + t[2], 1, Integer::sum));
        document(id, keys);
    }

    private static int id(Map<String, Integer> ids, List<String> domainOf, String key, String domain) {
        Integer id = ids.get(key);
        if (id == null) {
            id = ids.size();
            ids.put(key, id);
            domainOf.add(domain);
        }
        return id;
    }

    public long documents() {
        return documentIds.size();
    }

    public Set<String> domains() {
        return domains;
    }

    /** Documents the sample keeps (all of them for null). */
    public long kept(BernoulliSample sample) {
        return sample == null ? documents() : documentIds.stream().filter(sample::keeps).count();
    }

    /** domain → {factoid spectrum, entity spectrum} of the documents the sample keeps (all of them for null). */
    public Map<String, FrequencySpectrum[]> spectra(BernoulliSample sample) {
        return spectraWhere(sample == null ? id -> true : sample::keeps);
    }

    /** domain → {factoid spectrum, entity spectrum} of the documents whose id is kept. */
    public Map<String, FrequencySpectrum[]> spectraWhere(java.util.function.Predicate<String> kept) {
        int[] factoidCounts = new int[factoidIds.size()];
        int[] entityCounts = new int[entityIds.size()];
        for (int d = 0; d < documentIds.size(); d++) {
            if (kept.test(documentIds.get(d))) {
                for (int f : factoidsOf.get(d)) {
                    factoidCounts[f]++;
                }
                for (int e : entitiesOf.get(d)) {
                    entityCounts[e]++;
                }
            }
        }
        Map<String, FrequencySpectrum[]> spectra = new TreeMap<>();
        Map<String, Map<Long, Long>> factoidRows = rows(factoidCounts, factoidDomains);
        Map<String, Map<Long, Long>> entityRows = rows(entityCounts, entityDomains);
        for (String domain : domains) {
            spectra.put(domain, new FrequencySpectrum[] {
                FrequencySpectrum.of(factoidRows.getOrDefault(domain, Map.of())),
                FrequencySpectrum.of(entityRows.getOrDefault(domain, Map.of()))});
        }
        return spectra;
    }

    private static Map<String, Map<Long, Long>> rows(int[] counts, List<String> domainOf) {
        Map<String, Map<Long, Long>> rows = new HashMap<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                rows.computeIfAbsent(domainOf.get(i), d -> new TreeMap<>()).merge((long) counts[i], 1L, Long::sum);
            }
        }
        return rows;
    }
}
