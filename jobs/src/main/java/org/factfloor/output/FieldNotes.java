package org.factfloor.output;

import java.util.Map;

/** One line per summary.json field saying what it means; the HTML report prints it beside the value. */
final class FieldNotes {
    private static final Map<String, String> NOTES = Map.ofEntries(
            Map.entry("prediction", "predicted statistics at larger sizes with prediction intervals: the growth curve to 100x n, the full corpus of a sampled run, and when the KV24 floor falls below each threshold (prediction/)"),
            Map.entry("domain", "the fact domain"),
            Map.entry("count_unit", "documents: a factoid counts once per document; mentions: every mention counts"),
            Map.entry("documents_scanned", "documents read in the run"),
            Map.entry("n", "occurrences of this domain's factoids under the count unit"),
            Map.entry("distinct", "distinct factoids (entity, attribute pairs)"),
            Map.entry("n1", "N1: factoids seen exactly once (singletons)"),
            Map.entry("n2", "N2: factoids seen exactly twice"),
            Map.entry("singleton_rate", "N1/n, the Good–Turing missing mass (Kalai & Vempala 2024)"),
            Map.entry("coverage", "Good's coverage 1 − N1/n: the share of occurrences whose fact repeats"),
            Map.entry("entity_n", "occurrences counted per entity (the prompt, e.g. “when did X die?”)"),
            Map.entry("entity_distinct", "distinct entities"),
            Map.entry("entity_n1", "entities seen exactly once"),
            Map.entry("entity_n2", "entities seen exactly twice"),
            Map.entry("entity_singleton_rate", "entity-level singleton rate, the input of the KNVZ25 floor"),
            Map.entry("gt_ci_low", "lower end of N1/n ± (1/n + 2.42·√(ln(4/γ)/n)) (Kalai et al. 2025 Cor. 3)"),
            Map.entry("gt_ci_high", "upper end of that interval, clipped to [0, 1]"),
            Map.entry("confidence", "1 − γ, the confidence of intervals and bounds"),
            Map.entry("floor_kv2024", "hallucination floor of Kalai & Vempala 2024 Cor. 1"),
            Map.entry("floor_knvz2025", "hallucination floor of Kalai, Nachum, Vempala & Zhang 2025 Thm 2"),
            Map.entry("limited_by_sample_size", "a bound's sample-size term exceeds a tenth of the singleton rate"),
            Map.entry("n_needed", "n at which the bounds' sample-size terms fall below a tenth of the singleton rate"),
            Map.entry("plausible_alternatives", "E: wrong answers a model could give for one entity"),
            Map.entry("calibration_error", "δ, the model's calibration error in the KNVZ25 floor"),
            Map.entry("miscalibration", "Mis, the miscalibration term of the KV24 floor"),
            Map.entry("sgt_applicable", "whether Simple Good–Turing (Gale & Sampson 1995) applies to the spectrum"),
            Map.entry("sgt_reason", "why SGT does not apply (slope ≥ −1, fewer than two frequencies, N1 = 0)"),
            Map.entry("sgt_switch", "SGT switch threshold in standard deviations (1.96 Sampson, 1.65 Gale)"),
            Map.entry("sgt_p0", "SGT's P0 = N1/n, the probability mass of unseen factoids"),
            Map.entry("sgt_intercept", "a in SGT's fit log Z_r = a + b·log r"),
            Map.entry("sgt_slope", "b in SGT's fit log Z_r = a + b·log r (below −1 when SGT applies)"),
            Map.entry("chao1_classic", "Chao1 estimate of distinct factoids including unseen ones (Chao 1987, SpadeR)"),
            Map.entry("chao1_bias_corrected", "bias-corrected Chao1, the default estimate of total distinct factoids"),
            Map.entry("chao1_variance", "SpadeR's variance of the bias-corrected Chao1"),
            Map.entry("chao1_ci_low", "lower end of Chao1's log-normal interval"),
            Map.entry("chao1_ci_high", "upper end of Chao1's log-normal interval"),
            Map.entry("growth_factor", "t: the corpus grown by t·n more occurrences (1 = doubled)"),
            Map.entry("growth_new_distinct", "new distinct factoids after growth (Chao et al. 2014 / iNEXT)"),
            Map.entry("growth_missing_mass", "missing mass after growth (Chao et al. 2014 / iNEXT)"),
            Map.entry("good_toulmin_new_distinct", "Good–Toulmin new distinct factoids, −Σ(−t)^i N_i (t ≤ 1)"),
            Map.entry("corpus_ids", "every corpus whose counts are inside this output"),
            Map.entry("conflict_share", "share of occurrences whose entity has more than one attribute"),
            Map.entry("table_facts", "distinct facts of the domain's fact table (cooccurrence domains only)"),
            Map.entry("table_unseen_share", "share of the table's facts the corpus never shows"),
            Map.entry("table_once_share", "share of the table's facts the corpus shows exactly once (N1 / table_facts)"),
            Map.entry("table_gt_missing_mass", "Good–Turing missing mass N1/n of the observed facts, beside the unseen"
                    + " share"),
            Map.entry("flags", "degenerate or unstable conditions, listed as warnings above"));

    private FieldNotes() {
    }

    /** The field's one-line meaning, or "" for a field this version does not describe yet. */
    static String of(String field) {
        return NOTES.getOrDefault(field, "");
    }
}
