package org.factfloor.job;

import java.util.LinkedHashMap;
import java.util.Map;

/** One corpus whose counts an output holds, and the run that counted it; listed in _MANIFEST.json "corpora". */
record ContainedCorpus(String corpusId, String runId) {
    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("corpus_id", corpusId);
        m.put("run_id", runId);
        return m;
    }
}
