package org.factfloor.output;

import java.util.Map;

/** One line per summary.json field saying what it means; the HTML report prints it beside the value. */
final class FieldNotes {
    private static final Map<String, String> NOTES = Map.ofEntries(
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
            Map.entry("conflict_share", "share of occurrences whose entity has more than one attribute"),
            Map.entry("flags", "degenerate or unstable conditions, listed as warnings above"));

    private FieldNotes() {
    }

    /** The field's one-line meaning, or "" for a field this version does not describe yet. */
    static String of(String field) {
        return NOTES.getOrDefault(field, "");
    }
}
