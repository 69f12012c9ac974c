package org.factfloor.output;

import java.util.List;
import java.util.Locale;

/** The report section of a merge: what adding the new corpora did to each domain's singleton rate and floors. */
public final class DeltaReport {
    private DeltaReport() {
    }

    public static String render(List<String> baseCorpusIds, List<String> addedCorpusIds, List<DomainDelta> deltas) {
        StringBuilder out = new StringBuilder();
        out.append("## What adding ").append(String.join(", ", addedCorpusIds)).append(" changed\n\n");
        out.append(baseCorpusIds.isEmpty() ? "Compared with empty statistics (this is the first merge).\n\n"
                : "Compared with the statistics of " + String.join(", ", baseCorpusIds) + " alone (`delta/`).\n\n");
        out.append(markdown(deltas)).append('\n');
        for (DomainDelta d : deltas) {
            out.append("- ").append(sentence(d)).append('\n');
        }
        return out.append('\n').toString();
    }

    /** The delta table, also printed by the CLI after a merge. */
    public static String markdown(List<DomainDelta> deltas) {
        StringBuilder out = new StringBuilder("| domain | singleton rate | entity sr | floor KV24 | floor KNVZ25 | new"
                + " factoids | new singletons | no longer singletons | new entities | new conflicts |\n");
        out.append("|").append(" --- |".repeat(10)).append('\n');
        for (DomainDelta d : deltas) {
            out.append("| ").append(String.join(" | ", d.domain(),
                    change(d.singletonRateBefore(), d.singletonRateAfter()),
                    change(d.entitySingletonRateBefore(), d.entitySingletonRateAfter()),
                    change(d.floorKv2024Before(), d.floorKv2024After()),
                    change(d.floorKnvz2025Before(), d.floorKnvz2025After()),
                    Long.toString(d.newFactoids()), Long.toString(d.newSingletons()),
                    Long.toString(d.noLongerSingletons()), Long.toString(d.newEntities()),
                    Long.toString(d.newConflicts()))).append(" |\n");
        }
        return out.toString();
    }

    static String sentence(DomainDelta d) {
        String rate = "singleton rate " + movement(d.singletonRateBefore(), d.singletonRateAfter());
        String floor = d.floorKv2024Before() == null ? ""
                : ", the KV24 floor " + movement(d.floorKv2024Before(), d.floorKv2024After());
        return String.format(Locale.ROOT, "**%s**: %s%s; %d new factoids, %d of them seen once; %d factoids seen once"
                        + " before are now repeated; %d new entities; %d entities newly in conflict.",
                d.domain(), rate, floor, d.newFactoids(), d.newSingletons(), d.noLongerSingletons(), d.newEntities(),
                d.newConflicts());
    }

    static String change(Double before, Double after) {
        return DomainTable.fixed(before) + " → " + DomainTable.fixed(after);
    }

    private static String movement(Double before, Double after) {
        if (before == null || after == null) {
            return "now " + DomainTable.fixed(after);
        }
        if (before.equals(after)) {
            return "unchanged at " + DomainTable.fixed(after);
        }
        return (after > before ? "rose" : "fell") + " from " + DomainTable.fixed(before) + " to "
                + DomainTable.fixed(after);
    }
}
